"""Word lists of the italian67 round (issue 8, targeting_italian67.py): a named group
said to be Nazis in Italian ("gli ucraini sono tutti nazisti", "gli ebrei sono un popolo
di nazisti")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lines (it/identity_attack.txt): counted only in the shape; "i nazisti
# deportarono gli ebrei", "odio i nazisti" and "gli ucraini non sono nazisti" stay clean.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "nazisti", "nazista", "naziste", "neonazisti", "neonazista", "neonaziste",
})
# The group said to be Nazis: the present copula ("sono", chat's "so") right before the
# word over at most PREDICATE_REACH of these ("sono tutti nazisti", "sono un popolo di
# nazisti", "sono peggio dei nazisti"); never "erano", "furono" (history).
COPULAS: Final[frozenset[str]] = frozenset({"sono", "so", "siete"})
PREDICATE_LEADS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "solo", "soltanto", "solamente", "proprio", "davvero", "sempre",
    "dei", "delle", "degli", "un", "una", "popolo", "branco", "banda", "massa", "di",
    "peggio", "peggiori", "come", "i", "gli", "le", "veri", "vere", "ancora",
})
PREDICATE_REACH: Final[int] = 4  # "sono solo un branco di nazisti"
# The group before the copula opens its sentence, over its article and "tutti" and a
# speaker's opener ("ormai", "secondo me", "per me"); never after "che" ("dice che gli
# ucraini sono nazisti") or "non" ("non tutti gli ucraini sono nazisti").
SUBJECT_LEADS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "gli", "le", "l", "sti", "questi", "queste", "quei", "quegli",
})
SUBJECT_REACH: Final[int] = 2
OPENERS: Final[frozenset[str]] = frozenset({
    "ormai", "secondo", "per", "me", "tanto", "ma", "e", "comunque", "insomma", "cioe",
    "sinceramente", "ovviamente", "chiaramente",
})
OPENER_REACH: Final[int] = 2
# fmt: on
