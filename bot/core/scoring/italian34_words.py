"""Word lists of the italian34 round (issue 8, targeting_italian34.py): an identity group
said not to work ("i rom non lavorano", "gli immigrati non fanno niente") and a wish
that a group went away ("sarebbe meglio se gli zingari se ne andassero")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, threat.txt; italian34). The older
# group-subject readings aim them at identity groups only ("i politici non lavorano"
# stays clean); this round cancels them when asked, quoted or wished away by no one.
IDLE: Final[frozenset[str]] = frozenset({
    "non lavorano", "non fanno niente", "non fanno nulla", "non fanno un cazzo",
    "non vogliono fare niente", "non vogliono fare nulla",
})
GOING: Final[frozenset[str]] = frozenset({
    "se ne andassero", "se ne tornino", "se ne tornassero", "tornassero al loro paese",
})
OWN_TERMS: Final[frozenset[str]] = IDLE | GOING
# Older removal terms read in the denied wish too: "nessuno vuole che se ne vadano".
OLD_GOING: Final[frozenset[str]] = frozenset({
    "se ne vadano", "se ne devono andare", "se ne dovrebbero andare", "dovrebbero andarsene",
    "devono andarsene",
})
# "Non fanno niente di male": nothing of a kind done, no idleness said.
OF: Final = "di"
NOTHING_DONE: Final[frozenset[str]] = frozenset({"non fanno niente", "non fanno nulla"})
# A wish no one holds: "nessuno vuole che i musulmani se ne vadano", "non voglio che ...".
NO_ONE: Final[frozenset[str]] = frozenset({"nessuno", "non"})
WANTS: Final[frozenset[str]] = frozenset({
    "vuole", "voglio", "vogliamo", "vorrebbe", "vorrei", "vorremmo", "spera", "spero",
})
WISH_REACH: Final = 8  # from "nessuno vuole che" over the group to the wish's verb
