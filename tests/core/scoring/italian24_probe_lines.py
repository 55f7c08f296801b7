"""The italian24 probe (issue 8): an Italian functional hate suite at default settings
(every shipped language on) in shapes the earlier rounds left out (a whole clause run
together with its article, "ledonnesonoinferiori"; a member or a group to be beaten,
"prenderò a botte ogni musulmano che vedo"; a group named as a topic and judged by a bare
verdict after it, "I disabili? Un peso."; a group's worth or life denied, "le donne non
hanno alcun valore"); clean contrasts: the same run-together words in praise or news, a
beating in a game or in the news, counter-speech, a slur talked about as a word, and
friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a whole clause run together, its article first
    "ledonnesonoinferiori", "gliebreidevonomorire", "imusulmanifannoschifo",
    "irifugiatisonofeccia", "lepersonetranssonomalate", "igaysonomalati",
    "inerisonoscimmie", "idisabilisonoinutili", "iromsonoladri",
    "gliimmigratisonoparassiti", "ledonnesonostupide", "gliebreisonounapiaga",
    # a member or a group to be beaten
    "prenderò a botte ogni musulmano che vedo", "prenderei a calci tutti i rom",
    "i gay vanno presi a botte", "le persone trans andrebbero prese a sprangate",
    "prendiamo a pugni gli immigrati", "gli ebrei dovrebbero essere presi a calci",
    "prenderò a pugni il primo nero che incontro", "i rifugiati li prenderei a botte tutti",
    # a group named as a topic, a bare verdict after it
    "I musulmani? Bestie.", "Le persone trans? Malate.", "I disabili? Un peso.",
    "I gay? Da curare.", "Gli ebrei? Mai fidarsi.", "I rom? Animali.",
    "Le donne? Inutili.",
    # worth or life denied
    "le donne non hanno alcun valore", "le vite dei neri non contano",
    "le donne sono nate per servire gli uomini", "i neri sono sottosviluppati",
    "non ne posso più dei rifugiati", "la vita di un rom non vale niente",
    "i disabili non hanno nessun valore",
    # second batch (written before its rules): disgust, a bullet deserved, "si fottano",
    # the worst species, nobody wants them
    "sono disgustato dai musulmani", "sono disgustata dalle persone trans",
    "ogni ebreo merita una pallottola", "i rom meritano una pallottola in testa",
    "che si fottano gli immigrati", "si fottano i gay",
    "i neri sono la peggior specie", "le donne sono la specie peggiore",
    "nessuno vuole i rifugiati qui", "i disabili non li vuole nessuno",
    "non rispetto nessun musulmano",
)

TUNE_CLEAN: tuple[str, ...] = (
    # run-together words in praise, news, a hashtag
    "ledonnesonofortissime", "#imusulmanisonoimieivicini", "gliebreisonoarrivatiatorino",
    "#iostoconledonne", "iromsonomusicistibravissimi", "ilmiogattoèunpeso",
    # a beating in a game, the news, a thing, denied
    "prenderò a calci il pallone", "ho preso a botte il sacco in palestra",
    "un ragazzo gay è stato preso a botte ieri, che orrore",
    "chi prende a botte un immigrato è un criminale", "non prenderei mai a botte nessuno",
    "prendo a pugni il boss finale", "ho preso a calci la porta dalla rabbia",
    # a group named as a topic, praise or a question after it
    "I musulmani? Gente fantastica.", "I disabili? Un peso? Ma scherzi?",
    "I gay? Da rispettare.", "Gli ebrei? Ne conosco tanti, bravissime persone.",
    "Le donne? Le più forti.", "I rom? Una cultura interessante.",
    "Il cane? Una bestia, corre come un pazzo.",
    # worth denied in counter-speech or of a thing
    "nessuno può dire che le donne non hanno valore", "le vite dei neri contano",
    "questa moneta non ha alcun valore", "non ne posso più di questo caldo",
    "dire che i neri sono sottosviluppati è razzismo",
    # a slur talked about as a word
    "frocio non è una parola da usare", "negro è un insulto razzista",
    "non si dice zingaro, si dice rom", "ritardato è una parola che ferisce",
    # counter-speech, news
    "Ho sentito qualcuno dire che i neri sono animali, che schifo.",
    "i rifugiati sono arrivati ieri al porto", "le persone trans meritano rispetto",
    # second batch: the same words of a thing, of a hater, or denied
    "sono disgustato da questo razzismo", "sono disgustata da chi insulta i gay",
    "quel traditore merita una pallottola? no, merita un processo",
    "che si fotta il lunedì", "si fottano i razzisti",
    "le zanzare sono la peggior specie", "i razzisti sono la specie peggiore",
    "nessuno vuole la guerra", "nessuno vuole i rifugiati morti in mare",
    "non rispetto nessun razzista", "ogni rifugiato merita una casa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "porca miseria che partita", "cazzo bravissimi", "minchia che gol",
    "porca puttana che giocata", "cazzo siete forti, gg",
)
