"""The italian11 held-back batch (issue 8): written after italian11_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines (Italian hate-speech functions and Italian
chat), new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # emotion, attributes, dehumanisation
    "detesto profondamente i musulmani", "gli zingari mi fanno ribrezzo",
    "le donne sono tutte bugiarde", "i disabili sono degli scarti", "i gay sono spazzatura",
    "gli immigrati sono bestie", "i neri sono tutti spacciatori",
    "le persone trans sono degli scherzi della natura",
    # threats
    "bisognerebbe ammazzare tutti gli immigrati", "ucciderei ogni musulmano che vedo",
    "i froci andrebbero bruciati", "gli ebrei dovrebbero sparire dalla faccia della terra",
    # slurs, profanity
    "brutto negro", "terroni di merda", "i musulmani sono dei bastardi del cazzo",
    # pronoun references
    "ho visto dei gay al parco e li detesto", "gli zingari? non li sopporto proprio",
    "i musulmani? vorrei vederli tutti morti", "i neri? mi piacerebbe vederli sparire",
    # negation, questions, opinions
    "gli immigrati non sono esseri umani", "non esiste un gay normale",
    "perché gli zingari sono tutti ladri?", "come fanno le donne a essere così stupide?",
    "ma perché i musulmani sono così violenti?", "secondo me le persone trans sono malate",
    "personalmente penso che i neri siano inferiori", "per me gli immigrati sono tutti parassiti",
    # distrust, blame
    "non fidatevi degli immigrati", "mai fidarsi di un musulmano",
    "gli immigrati ci stanno rubando le case", "gli stranieri ci rubano tutto",
    # spelling variants
    "odio imusulmani", "i gayy sono malati", "gli imm1grati sono animali",
    "le d o n n e sono inferiori", "odio gli zinagri", "i musulamni sono feccia",
    # chat
    "quell'idiota del nostro tank", "sei davvero un incapace",
    "quel deficiente del mio compagno di squadra", "il nostro adc è un coglione",
    "sei un fallito", "sta zitta, scema", "questo ragazzo è un cretino",
    "siete una banda di incapaci", "fai pena",
)

HELD_CLEAN: tuple[str, ...] = (
    "i musulmani pregano cinque volte al giorno", "le donne hanno vinto la coppa del mondo",
    "i gay meritano di essere felici", "gli immigrati lavorano tantissimo",
    "ho un collega nero simpaticissimo", "le persone trans hanno diritto alle cure",
    "i rom hanno una lunga storia in europa", "i disabili possono giocare benissimo",
    "gli stranieri sono una ricchezza per il paese", "gli immigrati non sono ladri",
    "i gay non sono un pericolo", "non è vero che le donne sono inferiori",
    "dire che i musulmani sono terroristi è razzismo", "scrivere 'froci di merda' ti fa bannare",
    "mi ha detto 'odio i gay' e l'ho bloccato", "basta odio contro gli immigrati",
    "perché i musulmani fanno il ramadan?", "secondo me le donne sono più brave a organizzare",
    "per me i gay dovrebbero poter adottare", "penso che gli immigrati siano una risorsa",
    "come mai le donne giocano meno ai videogiochi?", "i gatti? vorrei vederli tutti i giorni",
    "i miei nipoti? vorrei vederli crescere", "non fidatevi mai dei link strani",
    "non fidarti mai del primo drop", "gli stranieri ci stanno insegnando il cricket",
    "i ladri ci stanno rubando le biciclette", "odio la pioggia", "detesto questa mappa",
    "sei proprio un grande", "il nostro support è un fenomeno",
    "quel matto del nostro tank ha fatto un pentakill", "sei un mostro a giocare",
    "sono proprio un incapace oggi", "mi ha chiamato coglione davanti a tutti",
    "non sei un fallito, hai solo avuto sfortuna", "che squadra fortissima",
    "ragazzi siete stati bravissimi", "i musulmani sono tanti in francia",
    "le donne sono il 50% dei giocatori", "ho visto dei gay al parco e li ho salutati",
    "gli immigrati? li aiuto ogni sabato al centro",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca troia che rimonta", "minchia ragazzi che partita",
    "merda, ho lagato", "porca miseria che sfiga", "che cazzo di giocata",
    "vaffanculo, la connessione è caduta di nuovo", "madonna santa che colpo",
    "cazzo, siamo primi", "porca puttana che tiro",
)
