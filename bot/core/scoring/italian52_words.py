"""Word lists of the italian52 round (issue 8, targeting_italian52.py): a named group's
existence questioned by "perché", and "down" cursed as a person."""

from __future__ import annotations

from typing import Final

# fmt: off
# The verb of existence a "why" questions: hatecheck27's "esistono" and this round's own
# "devono esistere" (the older rules read "perché le donne esistono?" as a plain question).
EXISTENCE: Final[frozenset[str]] = frozenset({"esistono", "devono esistere", "debbano esistere"})
# The "why" that opens the question, as the normaliser leaves it ("perché" -> "perche").
WHY: Final[frozenset[str]] = frozenset({"perche", "xke", "pk", "xche"})
# Between "why" and the group: its article, and words that leave the question rhetorical
# ("perché mai i gay ...", "perché cazzo le donne ...").
WHY_FILLERS: Final[frozenset[str]] = frozenset({
    "mai", "diavolo", "cazzo", "i", "gli", "le", "il", "la", "lo", "l",
})
WHY_FILLER_REACH: Final[int] = 3
# After the verb, tails that leave the question said whole: "... esistono ancora?".
TAILS: Final[frozenset[str]] = frozenset({"ancora", "proprio", "pure", "lol", "al", "mondo"})
TAIL_REACH: Final[int] = 2
# "down" cursed: read only with nothing but a pointer before it in its sentence ("quel
# down di merda", "down di merda"); "il server è down di merda" names a thing's state.
CURSED_DOWN: Final[frozenset[str]] = frozenset({"down di merda", "down del cazzo"})
POINTER_REACH: Final[int] = 2
OWN_TERMS: Final[frozenset[str]] = (EXISTENCE - {"esistono"}) | CURSED_DOWN
