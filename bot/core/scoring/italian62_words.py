"""Word lists of the italian62 round (issue 8, targeting_italian62.py): harm wished on a
whole group left to "tutti" or to the thread ("speriamo che affoghino tutti", "magari
crepassero tutti", "che crepino") or on the boats that carry it ("speriamo che affondino
i barconi", "magari affondasse il gommone")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lines (it/threat.txt): counted only in the shapes; "spero che affondi
# questa legge" and "speriamo che la nave arrivi prima che affondi" stay clean.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "schiattino", "schiattassero", "marcissero", "bruciassero", "affondi", "affondino",
    "affondasse", "affondassero",
})
# Death and harm wished on "all of them" in the subjunctive: the older lines and the
# round's own ("che crepino tutti", "magari annegassero tutti").
HARM_WISHES: Final[frozenset[str]] = frozenset({
    "muoiano", "morissero", "crepino", "crepassero", "affoghino", "affogassero",
    "anneghino", "annegassero", "brucino", "marciscano", "che muoiano", "che crepino",
    "che affondino", "spero che muoiano", "spero che crepino", "spero che affondino",
    "schiattino", "schiattassero", "marcissero", "bruciassero", "affondino",
    "affondassero",
})
# Sinking wished on the boats that carry the group ("speriamo che affondino i barconi").
SINKING: Final[frozenset[str]] = frozenset({
    "che affondino", "spero che affondino", "affondi", "affondino", "affondasse",
    "affondassero",
})

# The wish before the verb, opening its sentence: "speriamo che", "spero proprio che",
# "mi auguro che", "vorrei che", "magari", a bare "che"; read back over WISH_RUN from the
# verb (or the boat before it). A "non" or another's saying ("dice che spera che") breaks
# the run.
WISH_RUN: Final[frozenset[str]] = frozenset({
    "che", "spero", "speriamo", "proprio", "solo", "davvero", "mi", "ci", "auguro",
    "auguriamo", "magari", "almeno", "auguriamoci", "sinceramente", "vorrei", "voglio",
    "vorremmo",
})
WISH_OPENERS: Final[frozenset[str]] = frozenset({"che", "magari"})
WISH_REACH: Final[int] = 5  # tokens back over WISH_RUN ("mi auguro proprio che")
# Chat's openers before the wish, or before a pause ("basta, che crepino tutti").
LEADS: Final[frozenset[str]] = frozenset({
    "e", "ma", "beh", "ecco", "allora", "insomma", "io", "noi", "ok", "vabbe",
})

# "All of them" after the verb, then the clause closes or goes on only into a place of
# harm ("che brucino tutti all'inferno", "che marciscano tutti in galera"); "tutti i
# pesci", "dal ridere" and "di invidia" go on into something else.
ALL: Final[frozenset[str]] = frozenset({"tutti", "tutte", "quanti", "quante"})
ALL_REACH: Final[int] = 2  # "tutti quanti"
HARM_TAILS: Final[frozenset[str]] = frozenset({
    "in", "mare", "galera", "all", "inferno", "al", "rogo", "fondo", "tra", "le", "fiamme",
    "annegati", "affogati", "subito", "presto", "male",
})
TAIL_REACH: Final[int] = 4  # tokens of HARM_TAILS after "tutti" ("in fondo al mare")

# The boats that carry the group, sunk: "i barconi", "il prossimo gommone", "le carrette
# del mare"; a ship only as the ong's ("le navi delle ong").
BOATS: Final[frozenset[str]] = frozenset({
    "barcone", "barconi", "gommone", "gommoni", "carretta", "carrette", "barchino",
    "barchini",
})
SHIPS: Final[frozenset[str]] = frozenset({"nave", "navi"})
SHIP_OWNERS: Final[frozenset[str]] = frozenset({"ong"})
OWNER_REACH: Final[int] = 3  # tokens after the ship to "ong" ("delle ong")
# Between the verb and the boat, or "che" and the boat before the verb.
BOAT_LEADS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "il", "la", "le", "l", "quei", "quel", "quella", "quelle",
    "questi", "queste", "prossimo", "prossima", "prossimi", "prossime", "ogni",
})
BOAT_REACH: Final[int] = 3  # tokens over BOAT_LEADS to the boat ("tutti quei barconi")
# fmt: on
