"""Word lists of the italian61 round (issue 8, targeting_italian61.py): a named group
reduced to a burden ("i disabili sono solo bocche da sfamare", "gli immigrati sono un
fardello per lo stato", "i rom sono dei mantenuti") or to a defect, a mistake or a
plague ("i gay sono difettosi", "i trans sono degli errori", "gli zingari sono la
peste", "i trans sono uno scherzo della natura")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's burden lines (it/identity_attack.txt): counted only as the predicate of a
# named group opening its sentence; "questo mutuo è un fardello", "l'onere della prova"
# and "le bollette sono un salasso" stay clean.
BURDENS: Final[frozenset[str]] = frozenset({
    "bocche da sfamare", "bocca da sfamare", "bocche inutili", "fardello", "fardelli",
    "onere", "oneri", "mangiapane a tradimento", "palla al piede", "palle al piede",
    "salasso", "costo", "costi", "pesi morti",
})
# The kept ones ("mantenuti"): a participle too, so without an article before it only
# at its clause's end or before its payer ("sono mantenuti dallo stato", "sono tutti
# mantenuti"); "i disabili sono mantenuti in vita" stays clean.
KEPT: Final[frozenset[str]] = frozenset({"mantenuti", "mantenute"})
# The round's defect lines: "difettosi", "malformati", "degli errori", "la peste".
DEFECTS: Final[frozenset[str]] = frozenset({
    "difettosi", "difettose", "malformati", "malformate", "errori", "peste",
})
OWN_TERMS: Final[frozenset[str]] = BURDENS | KEPT | DEFECTS
# Older insult lines (it/insult.txt) read as the group's in the same shape; out of it
# they keep their own reading ("il suo romanzo era uno scherzo della natura").
OLDER_TERMS: Final[frozenset[str]] = frozenset({
    "scherzo della natura", "scherzi della natura",
})
SHAPED_TERMS: Final[frozenset[str]] = OWN_TERMS | OLDER_TERMS

# Between the group and the line: the being verb, its adverbs and the line's article
# ("sono solo delle", "sono tutti", "sono altre", "è la").
BEING_RUN: Final[frozenset[str]] = frozenset({
    "sono", "e", "siano", "sarebbero", "erano", "saranno", "restano", "rimangono",
    "solo", "soltanto", "solamente", "semplicemente", "tutti", "tutte", "davvero",
    "proprio", "sempre", "altre", "altri", "un", "una", "uno", "dei", "degli", "delle",
    "la", "il", "lo", "l",
})
BEING: Final[frozenset[str]] = frozenset({
    "sono", "e", "siano", "sarebbero", "erano", "saranno", "restano", "rimangono",
})
BEING_REACH: Final[int] = 4  # tokens from the line back over BEING_RUN
# An article right before "mantenuti" makes it a noun ("dei mantenuti").
NOUN_ARTICLES: Final[frozenset[str]] = frozenset({"dei", "delle", "degli", "i", "le"})
# After the bare participle: its payer ("da noi", "dallo stato", "a spese nostre").
PAYERS: Final[frozenset[str]] = frozenset({
    "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "a", "con",
})
GROUP_REACH: Final[int] = 3  # tokens back from the being verb to where the group starts
# Before the group, opening its sentence: its article or "tutti", or one member read as
# the group ("ogni immigrato").
GROUP_LEADS: Final[frozenset[str]] = frozenset({
    "le", "i", "gli", "la", "il", "l", "lo", "tutte", "tutti", "ogni",
})
LEAD_REACH: Final[int] = 2  # tokens back over GROUP_LEADS ("tutti gli immigrati")
# fmt: on
