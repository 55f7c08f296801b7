"""Words of the gamechat30 round (issue 8): a player called a thing or a beast with an
intensifier ("our jungler is a literal dog"), read by targeting_gamechat30.py."""

from __future__ import annotations

from typing import Final

# The things and beasts gamechat14 calls a player ("is a dog", "is a potato").
_THINGS: Final = ("dog", "potato", "donkey", "monkey", "baby", "toddler")
# The intensifiers chat sets between the article and the call.
_INTENSIFIED: Final = ("a literal", "an absolute", "a complete", "a total")
# "is a literal dog", "is an absolute potato": the round's lexicon lines (insult.txt),
# counted only of a role, a hero or a lane opening its clause, as gamechat14's are.
THING_CALLS: Final[frozenset[str]] = frozenset(
    f"is {lead} {thing}" for lead in _INTENSIFIED for thing in _THINGS
)
