"""Word lists of the italian65 round (issue 8, targeting_italian65.py): the Italian groups
named with an everyday word ("anziani", "vecchi", "ciechi", "sordi"), read as a group only
after an article and before a verb or the clause's end ("gli anziani sono inutili", "odio
i vecchi"), never as an adjective or a noun of things ("vecchi amici", "i vecchi telefoni",
"vicoli ciechi", "i miei vecchi"). The groups named with no everyday sense ("eritrei",
"cattolici", "autistici") are it/cues.txt's [identity] lines."""

from __future__ import annotations

from typing import Final

# fmt: off
# Plural people who are a group only where the shapes need one.
EVERYDAY_GROUPS: Final[frozenset[str]] = frozenset({"anziani", "vecchi", "ciechi", "sordi"})
# Right before the word: an article or determiner ("gli anziani", "tutti i vecchi" reads
# the "i"); never a possessive ("i miei vecchi") nor a noun ("i soci anziani").
ARTICLES: Final[frozenset[str]] = frozenset({
    "i", "gli", "questi", "quei", "quegli", "sti", "certi", "tanti", "troppi",
})
# Right after the word: a verb the groups' shapes open with, so "i vecchi telefoni" and
# "i vecchi tempi" stay things; or the message's end ("odio gli anziani").
FOLLOWS: Final[frozenset[str]] = frozenset({
    "sono", "siete", "erano", "saranno", "sarebbero", "dovrebbero", "devono", "dovranno",
    "andrebbero", "vanno", "fanno", "fate", "meritano", "puzzano", "rubano", "non",
    "tutti", "di", "del", "della", "che", "vi", "li", "mi", "ci",
})
