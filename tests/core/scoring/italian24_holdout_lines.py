"""The italian24 held-back batch (issue 8): the probe's shapes in other words, written at
the same time and before any rule, never studied while building; counted at the start
and the end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ledonnesonoinutili", "gliebreisonoparassiti", "imusulmanisonoanimali",
    "irifugiatidevonoandarsene", "lepersonetranssonoschifose", "igayfannoschifo",
    "inerisonoinferiori", "idisabilisonounpeso", "iromdevonomorire",
    "gliimmigratisonofeccia", "ledonnefannoschifo", "gliebreifannoschifo",
    "imusulmanidevonomorire", "irifugiatisonospazzatura",
    "prenderò a botte ogni gay che incontro", "prenderei a pugni tutti i musulmani",
    "i rom vanno presi a calci", "le donne andrebbero prese a schiaffi",
    "prendiamo a botte i rifugiati", "i disabili dovrebbero essere presi a calci",
    "prenderò a calci ogni ebreo che vedo", "gli immigrati li prenderei a sprangate",
    "le persone trans vanno prese a pugni", "prenderei a botte ogni nero",
    "I rom? Bestie.", "Gli immigrati? Malati.", "Le donne? Un peso.",
    "Le persone trans? Da curare.", "I musulmani? Mai fidarsi.", "I neri? Animali.",
    "I rifugiati? Inutili.", "Gli ebrei? Bestie schifose.",
    "gli immigrati non hanno alcun valore", "le vite dei rom non contano",
    "i neri sono nati per servire i bianchi", "i rom sono sottosviluppati",
    "non ne posso più degli immigrati", "la vita di un musulmano non vale niente",
    "le persone trans non hanno nessun valore", "la vita di un disabile non conta niente",
    # second batch (written with the probe's, before its rules)
    "sono disgustato dagli ebrei", "sono disgustati dai neri", "sono disgustata dai rom",
    "ogni immigrato merita una pallottola", "le persone trans meritano una pallottola",
    "che si fottano le donne", "si fottano gli ebrei", "che si fottano i disabili",
    "i musulmani sono la peggior specie", "i gay sono la specie peggiore",
    "nessuno vuole gli zingari qui", "i musulmani non li vuole nessuno",
    "non rispetto nessun nero", "non rispetto nessuna donna",
)

HELD_CLEAN: tuple[str, ...] = (
    "ledonnesonobellissime", "#irifugiatisonobenvenuti", "igaysonoarrivatiallafesta",
    "#iostoconirifugiati", "imusulmanisonoinpreghiera", "ilmioprofèunpeso",
    "gliimmigratisonolavoratori", "inerisonobellissimi",
    "prenderò a calci la palla", "ho preso a pugni il cuscino",
    "una donna trans è stata presa a botte alla stazione, vergogna",
    "chi prende a calci un rom va denunciato", "non prenderei mai a pugni un ragazzo",
    "prendo a calci il mostro finale", "prendere a botte qualcuno è sempre sbagliato",
    "mio fratello mi ha preso a cuscinate",
    "I rom? Gente simpatica.", "Le donne? Un peso? Ma che dici?",
    "Le persone trans? Da proteggere.", "I musulmani? Ne ho tanti amici.",
    "I neri? I miei vicini di casa.", "I rifugiati? Da accogliere.",
    "Il gatto? Una bestia, ha distrutto il divano.", "Gli immigrati? Bravissimi lavoratori.",
    "nessuno può dire che i disabili non hanno valore", "le vite dei rom contano",
    "questo quadro non ha alcun valore", "non ne posso più di questo traffico",
    "dire che i rom sono sottosviluppati è razzismo",
    "la vita di ogni persona vale tantissimo",
    "ricchione non è una parola da usare", "zingaro è un insulto razzista",
    "non si dice negro, è offensivo", "mongoloide è una parola che ferisce",
    "Ho sentito uno dire che gli ebrei sono parassiti, che schifo.",
    "i rom hanno una lunga storia in europa", "le donne guadagnano meno degli uomini",
    "i disabili meritano tutti i diritti", "gli immigrati sono arrivati in treno",
    "i gay hanno sfilato al pride di milano",
    # second batch
    "sono disgustato da questa ingiustizia", "sono disgustato da chi odia i rom",
    "il cattivo del film merita una pallottola? che film violento",
    "che si fotta la sveglia", "si fottano i fascisti",
    "gli scarafaggi sono la peggior specie", "i bulli sono la specie peggiore",
    "nessuno vuole perdere", "nessuno vuole gli immigrati sfruttati",
    "non rispetto nessun bullo", "ogni disabile merita rispetto",
    "ogni donna merita di essere ascoltata",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca miseria che parata", "cazzo bravissimi ragazzi", "minchia che partita",
    "porca puttana che tiro", "cazzo che squadra, gg", "madonna che gol",
)
