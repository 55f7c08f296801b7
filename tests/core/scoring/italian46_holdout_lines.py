"""The italian46 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "le donne sono tutte idiote", "gli omosessuali sono dei depravati",
    "i neri sono tutti criminali", "i disabili sono inutili alla società",
    "gli ebrei sono tutti usurai", "gli zingari sono luridi ladri",
    "i trans sono dei malati da curare", "gli immigrati sono una piaga",
    "i musulmani sono animali", "i rom sono scarafaggi", "i negri sono bestie",
    "le donne sono solo pezzi di carne", "gli ebrei sono ratti",
    "odio le donne", "non sopporto gli immigrati", "mi fanno ribrezzo i gay",
    "detesto i rom con tutto il cuore", "provo disgusto per i musulmani",
    "bisognerebbe impiccare tutti gli ebrei", "sparerei a tutti i negri",
    "le trans vanno prese a calci", "diamo fuoco ai campi rom",
    "vi sgozzeremo tutti, musulmani di merda",
    "sei un ricchione schifoso", "quel mongoloide mi fa pena",
    "odio i musulmani. sono tutti uguali", "ho visto dei gay in centro. fanno vomitare",
    "gli immigrati? non fanno niente, sono solo parassiti",
    "perché le donne sono così stupide?", "secondo me gli ebrei sono inferiori",
    "a mio avviso i disabili sono inutili", "perché i rom sono tutti ladri?",
    "i neri sono dei gran figli di puttana", "fanculo ai musulmani del cazzo",
    "i froci sono merde", "le femmine sono tutte troie",
    "gli immigrati fanno schifo", "i disabili andrebbero eliminati",
    "che schifo i gay", "i rom sono la feccia della società",
)

HELD_CLEAN: tuple[str, ...] = (
    "dire che le donne sono idiote è ridicolo", "gli immigrati non sono una piaga",
    "chi odia i gay ha dei problemi", "non è vero che i rom sono tutti ladri",
    "smettila di chiamare animali i musulmani", "minacciare gli ebrei è un reato",
    "scrivere 'i neri sono bestie' è razzismo puro", "basta odio verso le persone trans",
    "i musulmani pregano cinque volte al giorno", "le donne guidano benissimo",
    "i gay hanno organizzato il pride", "i disabili partecipano alle paralimpiadi",
    "gli ebrei festeggiano hanukkah", "i rom suonano musica bellissima",
    "gli immigrati aprono tante attività", "i trans hanno gli stessi diritti di tutti",
    "i neri hanno vinto tante medaglie", "la mia migliore amica è lesbica",
    "sono musulmano e amo il mio paese", "secondo me le donne sono più brave in matematica",
    "perché gli ebrei non mangiano maiale?", "a mio parere gli immigrati sono una risorsa",
    "ha scritto 'odio le donne' ed è stato espulso",
    "lo hanno sentito dire 'froci di merda', è stato licenziato",
    "c'è chi dice che i rom sono feccia, che vergogna",
    "odio questo computer del cazzo", "sta stampante è una merda",
    "questa app è inutile", "il frigorifero fa schifo",
    "vorrei prendere a calci questa lavatrice", "odio la pioggia",
    "le blatte sono bestie schifose", "i ratti mi fanno ribrezzo",
    "i politici sono tutti ladri", "odio il traffico di roma",
    "i tifosi della juve sono insopportabili", "perché i gatti sono così pigri?",
    "secondo me il calcio è noioso", "il mio capo è un idiota, ma non glielo dico",
    "i gay meritano rispetto, punto",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bella notizia", "porca puttana sono in ritardo", "minchia che freddo",
    "merda, ho rotto lo schermo", "che palle sta pioggia", "vaffanculo, ho mancato il rigore",
)
