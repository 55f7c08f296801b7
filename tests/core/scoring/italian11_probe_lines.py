"""The italian11 probe (issue 8): Italian at default settings, in the shapes of a
HateCheck-style functional suite (derogation, threats, slurs, profanity, pronoun
references, negation, questions, opinions, spelling variants) and of Italian chat
(insults to the reader and to third persons), with the suite's contrasts (counter-speech,
neutral and positive mentions, quoting, objects) and friendly Italian profanity. Written
before any rule was read.
"""

from __future__ import annotations

# fmt: off

BRIEF_HOSTILE: tuple[str, ...] = (
    "perché i musulmani sono tutti così barbari?", "secondo me i gay sono malati",
    "i gay? vorrei vederli soffrire", "non fidatevi mai degli zingari",
    "gli stranieri ci stanno rubando il lavoro", "i musulmanisono feccia",
    "quel coglione del nostro support", "sei proprio un incapace",
)

TUNE_HOSTILE: tuple[str, ...] = (
    # negative emotion
    "odio i musulmani", "detesto le donne", "i gay mi fanno schifo",
    "provo solo disprezzo per gli immigrati", "mi disgustano i neri",
    "non sopporto le persone trans",
    # negative attributes
    "i musulmani sono tutti terroristi", "le donne sono stupide", "i disabili sono inutili",
    "gli immigrati sono tutti delinquenti", "i neri sono pigri",
    "le persone trans sono malate di mente",
    # dehumanisation
    "gli immigrati sono animali", "le donne non sono altro che oggetti", "i gay sono feccia",
    "i musulmani sono parassiti", "i neri sono scimmie", "i disabili sono un peso per la società",
    # implicit
    "i gay dovrebbero stare lontani dai bambini", "le donne dovrebbero stare in cucina",
    "gli immigrati portano solo malattie",
    # threats, direct and normative
    "ammazzerò tutti i musulmani", "farò fuori ogni gay che incontro",
    "tutti i gay dovrebbero essere uccisi", "bisognerebbe sterminare gli zingari",
    "i neri andrebbero impiccati", "le persone trans dovrebbero sparire",
    # slurs
    "froci di merda", "sei un negro", "quel ricchione del vicino", "zingari schifosi",
    "questa terrona",
    # profanity
    "i musulmani sono feccia del cazzo", "fottuti immigrati", "le donne sono delle puttane",
    # pronoun references
    "ho conosciuto due musulmani ieri e li odio", "i gay? mi fanno vomitare",
    "le donne? non le sopporto", "gli immigrati? vorrei vederli affogare",
    # negated positive
    "i gay non sono persone normali", "le donne non saranno mai intelligenti come gli uomini",
    "non ho mai conosciuto un musulmano onesto", "gli immigrati non meritano di vivere",
    # questions
    "perché le donne sono così stupide?", "come mai gli immigrati sono tutti ladri?",
    "ma i gay non si vergognano di esistere?",
    # opinions
    "penso che le donne siano inferiori", "a mio parere i neri sono meno intelligenti",
    "credo che gli immigrati siano tutti criminali", "per me i disabili sono inutili",
    # calls to distrust, exclude; blame
    "non affittate casa agli stranieri", "state lontani dai musulmani",
    # spelling variants
    "odio i muslmani", "i gaay sono malati", "gli immigr@ti sono animali",
    "i n e r i sono scimmie", "0dio le d0nne", "le donnne sono inferiori",
    "f r o c i di merda", "gli zingri sono ladri", "gli imigrati sono tutti delinquenti",
    "odioi gay",
    # chat: the reader and third persons
    "sei un idiota", "che deficiente che sei", "quel cretino di marco ha perso la partita",
    "il nostro jungler è un incapace", "questo tizio è un imbecille", "sta zitto idiota",
    "stai zitto, coglione", "sei inutile", "fai schifo a giocare", "ma quanto sei scarso",
    "vai a quel paese, deficiente", "che idiota il nostro mid", "marco è un deficiente",
    "questo qui è proprio un ritardato", "siete tutti degli incapaci", "squadra di imbecilli",
    "disinstalla il gioco, sei inutile", "ammazzati", "spero che tu muoia",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and positive mentions
    "i musulmani celebrano il ramadan questo mese", "le donne meritano rispetto",
    "i gay hanno gli stessi diritti di tutti", "gli immigrati contribuiscono all'economia",
    "ho molti amici musulmani", "mia sorella è lesbica ed è fantastica",
    "i disabili hanno diritto a un lavoro", "le persone trans sono persone come le altre",
    "gli stranieri sono i benvenuti qui", "i neri hanno fatto la storia del jazz",
    # negated hate
    "i gay non sono malati", "non odio nessuno, tantomeno i musulmani",
    "gli immigrati non sono criminali", "le donne non sono inferiori a nessuno",
    # counter-speech and quoting
    "dire 'i gay sono malati' è omofobia", "dire che gli immigrati sono animali è vergognoso",
    "ha scritto 'odio i musulmani' e l'hanno bannato", "basta con questo odio verso le donne",
    "non è vero che gli stranieri rubano il lavoro", "smettetela di chiamare i gay malati",
    "frasi come 'i neri sono scimmie' non sono accettabili",
    # questions and opinions that carry no claim
    "perché i musulmani non mangiano maiale?", "secondo me i gay dovrebbero potersi sposare",
    "secondo me gli immigrati sono una risorsa", "perché le donne guadagnano meno degli uomini?",
    # objects
    "odio il lunedì", "odio questa mappa", "questa patch fa schifo", "il lag mi fa impazzire",
    # clitics, distrust and taking with no group
    "i bambini? vorrei vederli felici", "i miei amici gay? vorrei vederli più spesso",
    "i gatti? li adoro", "i ladri ci hanno rubato la macchina",
    "gli stranieri ci stanno insegnando tanto", "non fidatevi mai degli sconosciuti online",
    "non fidatevi mai del meteo",
    # chat praise, self, reports
    "sei proprio un fenomeno", "sei un grande", "il nostro support è fortissimo",
    "quel pazzo del nostro support ha fatto un triplo", "sei proprio un mostro",
    "che incapace che sono oggi", "sono proprio un idiota, ho sbagliato tutto",
    "mi ha dato del coglione, che faccio?", "non sei un incapace, hai solo sbagliato",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca troia che giocata", "minchia che colpo",
    "porca puttana, ho perso di nuovo la connessione", "che cazzo di partita ragazzi",
    "vaffanculo al lag", "merda, mi sono dimenticato lo scudo", "madonna che giocata assurda",
    "cazzo ragazzi siamo in finale", "porco cane che fortuna", "ma che cazzo è successo",
    "sti cazzi, rifacciamo",
)
