"""The italian15 probe (issue 8): the Italian functional hate-speech shapes at default
settings, aimed at what earlier rounds left: singular identity nouns ("islamico",
"clandestino"), singular generic verbs ("l'immigrato ruba"), orders of harm at a group
in reach ("cacciateli", "bruciateli"), spelling variations ("immigr4ti", spaced letters,
digits, dropped letters), with their clean contrasts (friendly swearing, neutral and
positive mentions, counter-speech, languages, reclaimed use). Written before any rule
code of the round was read.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # singular identity nouns
    "l'islamico è un terrorista",
    "ogni islamico è un pericolo",
    "gli islamici sono tutti terroristi",
    "il clandestino è un delinquente",
    "i clandestini sono feccia",
    "clandestini di merda",
    "islamici di merda",
    "gli arabi sono tutti ladri",
    "i cinesi sono sporchi",
    "l'arabo è un ladro",
    "i marocchini sono delinquenti",
    "gli albanesi sono tutti criminali",
    "i nigeriani spacciano tutti",
    # singular generic verbs
    "l'immigrato ruba",
    "l'immigrato stupra",
    "lo zingaro ruba sempre",
    "il musulmano ammazza",
    "la donna deve obbedire",
    "il nero spaccia",
    "gli immigrati rubano",
    "i rom rubano",
    "gli immigrati stuprano le nostre donne",
    "i musulmani ammazzano i cristiani",
    # orders of harm with a group in reach
    "ammazzateli tutti",
    "ammazzateli tutti questi immigrati",
    "gli immigrati? cacciateli",
    "i rom? bruciateli",
    "bruciateli tutti, questi zingari",
    "cacciateli via tutti i musulmani",
    "gli zingari, sterminateli",
    "i froci impiccateli",
    "ai neri sparategli",
    "cacciamoli tutti dall'italia",
    "bruciamoli vivi, i rom",
    "rimandiamoli a casa loro, gli immigrati",
    "affondate i barconi degli immigrati",
    "uccidete tutti gli ebrei",
    "sterminate i rom",
    "buttate fuori tutti i musulmani",
    # spelling variations
    "gli immigr4ti sono feccia",
    "i m u s u l m a n i sono terroristi",
    "froc1 di merda",
    "i fr0ci sono malati",
    "gli imigrati sono animali",
    "i musulmni sono violenti",
    "le d0nne sono inferiori",
    "gli ebr3i sono avidi",
    "i n e g r i sono scimmie",
    "zingar1 ladri",
    "i disab1li sono inutili",
    "gli omosessali sono malati",
    "i tr4ns sono malati",
    # derogation / dehumanisation across targets
    "le donne sono tutte puttane",
    "i gay sono una malattia",
    "gli omosessuali sono pervertiti",
    "i trans sono malati di mente",
    "i neri sono inferiori",
    "i disabili sono un peso per la società",
    "i musulmani sono bestie",
    "gli immigrati sono ratti",
    "gli ebrei sono parassiti",
    "i rom sono feccia",
    # threats
    "tutti i gay devono morire",
    "ammazzerei tutti i musulmani",
    "bisogna sterminare gli zingari",
    "i disabili andrebbero soppressi",
    # pronoun reference
    "ho incontrato dei musulmani ieri, sono tutti uguali: bestie",
    "i trans? per me sono malati",
    "gli immigrati? li odio",
    # negation
    "nessun islamico è pacifico",
    "nessun clandestino è onesto",
    "le donne non sono intelligenti come gli uomini",
    # questions and opinions
    "perché gli islamici sono così violenti?",
    "non pensi che i clandestini siano tutti criminali?",
    "secondo me gli islamici sono un cancro",
    "per me i clandestini vanno affogati",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing (first five)
    "cazzo che partita",
    "porca miseria",
    "porca miseria, che freddo",
    "cazzo, ho perso il treno",
    "minchia che gol",
    # neutral and positive mentions
    "i musulmani festeggiano il ramadan",
    "le donne meritano rispetto",
    "l'islamico medio è una persona normale",
    "il mio vicino islamico è gentilissimo",
    "gli islamici pregano il venerdì",
    "ogni clandestino ha una storia",
    "il clandestino è arrivato ieri sera sul barcone",
    "parlo arabo e cinese",
    "studio il cinese da due anni",
    "mia madre è cinese",
    "il cibo cinese è buonissimo",
    "l'arabo è una lingua difficile",
    "gli immigrati lavorano nei campi",
    "l'immigrato ha trovato lavoro",
    "la donna ha vinto il premio",
    "il nero ti sta bene",
    "i rom sono cittadini europei",
    "gli ebrei festeggiano hanukkah",
    "i disabili hanno diritto all'assistenza",
    "le persone trans meritano dignità",
    # counter-speech
    "dire che i gay sono malati è vergognoso",
    "non è vero che gli immigrati rubano",
    "chi dice che i musulmani sono terroristi è ignorante",
    "smettetela di dire che le donne sono inferiori",
    "è razzista dire che i neri sono scimmie",
    "basta con chi dice cacciateli tutti",
    # reclaimed use
    "siamo froci e orgogliosi",
    "io sono frocio e me ne vanto",
    "noi terroni siamo fieri",
    # game and object orders
    "ammazzateli tutti, dai che vinciamo",
    "bruciateli con la magia di fuoco",
    "cacciateli dalla nostra base",
    "ammazzali tutti, il boss è debole",
    "bruciate le foglie secche",
    "gli zombie? ammazzateli tutti",
    # spelling that is not hate
    "ci vediamo alle 4",
    "c i a o a tutti",
    "gli immigrati sono arrivati a lampedusa",
    "l'immigrato ruba la scena nel film",
    "il gatto ruba il cibo",
)
