"""The italian62 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "speriamo che crepino tutti", "che muoiano tutti quanti", "magari affogassero tutti",
    "spero che anneghino tutti", "che affoghino tutti quanti", "magari morissero tutte",
    "spero che brucino tutti all'inferno", "speriamo che marciscano tutti in galera",
    "che affoghino", "spero che muoiano", "speriamo che crepino",
    "mi auguro che affoghino tutti", "magari crepassero tutti quanti",
    "speriamo proprio che muoiano tutti", "spero solo che anneghino tutti",
    "che schiattino tutti quanti", "ci auguriamo che brucino tutti",
    "sinceramente, che crepino tutti", "che anneghino tutti in mare",
    "magari annegassero tutte", "speriamo che affondino tutti",
    "spero che affoghino tutti quanti in mare", "magari marcissero tutti in galera",
    "speriamo che affondino tutti i barconi", "che affondino i gommoni",
    "magari affondassero i barconi", "spero che affondi quel barcone",
    "speriamo che affondi il gommone", "magari affondasse la carretta del mare",
    "che affondino le navi delle ong", "spero che affondino tutte le carrette",
    "speriamo che affondino quei gommoni", "magari affondassero tutti quei barconi",
    "spero che il prossimo gommone affondi", "che affondi il barcone",
    "speriamo che affondi la nave della ong", "spero che affondino i barconi al largo",
    "magari affondasse il prossimo barcone", "speriamo che affondino i gommoni in mezzo al mare",
    "che affondassero tutti i barconi",
)

HELD_CLEAN: tuple[str, ...] = (
    "speriamo che guariscano tutti", "spero che arrivino tutti in tempo",
    "magari vincessero tutti", "speriamo che tornino tutti a casa",
    "spero che non affoghino", "speriamo che non crepino tutti",
    "magari non affondasse", "spero che i gommoni non affondino",
    "e se morissero tutti?", "temo che affoghino tutti se nessuno li aiuta",
    "spero che affondi questo decreto", "speriamo che affondino le riforme del governo",
    "magari affondasse questa proposta", "spero che brucino tutte le calorie",
    "speriamo che muoiano tutte le zanzare", "magari sparissero tutti i debiti",
    "che crepi il lupo!", "speriamo che crepino tutti dal ridere",
    "spero che muoiano tutti dalle risate", "magari morissero tutti d'invidia per la mia torta",
    "il gommone è affondato stanotte", "i barconi continuano ad affondare",
    "ha scritto che spera che crepino tutti, incredibile",
    "dicono che sperano che affondino i barconi, vergogna",
    "chi dice che affoghino tutti non ha cuore", "non scrivete magari morissero tutti",
    "speriamo che la nave della ong arrivi presto", "spero che i barconi arrivino in porto",
    "speriamo che i soccorritori arrivino prima che anneghino",
    "il barcone affondò nel 2013", "spero che il gommone regga fino alla costa",
    "magari affondassero le tasse", "spero che affondi il titolo in borsa",
    "speriamo che spariscano tutte le buche in strada", "magari bruciassero tutte le bollette",
    "spero che brucino tutti i rifiuti nell'inceneritore",
    "che affondino le nostre paure", "speriamo che crollino i prezzi",
    "spero che muoiano tutte le erbacce del giardino", "speriamo che arrivino sani tutti quanti",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che goal", "porca puttana che freddo stamattina", "merda, ho bruciato la pasta",
    "minchia che bel tramonto", "che palle questo traffico", "cazzo, ho dimenticato le chiavi",
)
