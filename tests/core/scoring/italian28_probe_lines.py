"""The italian28 probe (issue 8): Italian chat, Telegram and Twitter lines in the
round's shapes (a call for the gallows or the firing squad for people; a word of scorn
before a person noun after a pointing word or an article) and clean lines that look
alike: the same frames at things, days and colds, reports and denials, counter-speech,
self-talk, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a call for the gallows or the firing squad for people
    "ci vuole la forca per questi ladri", "ci vuole la forca per tutti loro",
    "ci vuole la forca per i corrotti", "ci vuole la forca per sti politici",
    "andrebbero impiccati tutti", "vanno impiccati tutti", "vanno fucilati tutti quanti",
    "andrebbero fucilati tutti sti politici", "bisognerebbe fucilarli",
    "bisognerebbe impiccarli tutti", "impicchiamoli tutti", "vanno impiccati in piazza",
    "andrebbero impiccate tutte", "ci vorrebbe la forca per questa gente",
    "ci vuole la forca per chi ci governa", "altro che galera, vanno fucilati",
    "per me andrebbero impiccati", "vanno fucilati alla schiena",
    "ci vuole la forca per quei traditori", "andrebbero impiccati uno per uno",
    # a word of scorn before a person noun
    "quel lurido politico", "sti maledetti politici", "il lurido politico di turno",
    "questi luridi politici ci rubano tutto", "quella lurida giornalista",
    "quei maledetti giornalisti", "sto schifoso arbitro", "quello schifoso sindaco",
    "quei luridi tifosi", "ste maledette femministe", "sti luridi comunisti",
    "quella schifosa politica", "quei schifosi poliziotti", "il lurido ministro",
    "sti schifosi giornalisti venduti", "quelle maledette femministe",
    "questo lurido giudice", "quei luridi magistrati", "questa schifosa gente",
    "sti maledetti tifosi della juve",
    # too many of a group, the group after "di" or an article (added before its rule)
    "ce ne sono troppi di immigrati", "ne abbiamo troppi di stranieri qui",
    "sono troppi questi stranieri", "sono troppi gli immigrati in italia",
    "ce ne sono troppe di rom", "ormai ce ne sono troppi di musulmani",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things, days, colds
    "quel maledetto lunedì", "sto schifoso raffreddore", "quel lurido bagno della stazione",
    "questo maledetto traffico", "sti maledetti compiti", "quella lurida cucina",
    "sto schifoso tempo", "questo schifoso telefono non carica", "quel maledetto esame",
    "ci vuole la forca, la corda e il sapone per il bucato",
    "troppi compiti oggi", "ci vuole la galera per chi evade le tasse",
    "la forca era usata nel medioevo", "nel film lo impiccano alla fine",
    # reports, denials, counter-speech
    "non dico che vanno impiccati, ma puniti si", "chi dice che vanno fucilati è un fascista",
    "la pena di morte è sbagliata, nessuno va impiccato",
    "mussolini fu appeso a piazzale loreto", "basta con chi chiede la forca per tutti",
    "non chiamare nessuno lurido politico", "i politici non sono tutti ladri",
    "ho letto che li hanno impiccati nel 1945",
    # self-talk
    "sono proprio un lurido pigro oggi", "che schifo di giornata",
    "maledetto me che non ho studiato", "sono un disastro",
    # ordinary talk of people
    "quel politico ha detto una cosa giusta", "il sindaco ha aperto il parco",
    "i giornalisti sono arrivati in piazza", "quell'arbitro ha fischiato bene",
    "l'arbitro di oggi era bravo", "i tifosi cantavano tutto il tempo",
    # too many of no group, or a group harmed (added before its rule)
    "ce ne sono troppi di compiti", "sono troppi i bambini che muoiono",
    "troppi di questi immigrati muoiono in mare", "ne abbiamo troppe di bollette",
    "non è vero che ce ne sono troppi di immigrati",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che partita", "minchia che bello",
    "madonna che figata", "che cazzo di giocata ahah", "vaffanculo al lunedì",
)
