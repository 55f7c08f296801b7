"""Words of the hatecheck78 round (issue 8, targeting_hatecheck78.py): the writer's hatred
or aversion aimed at a pronoun for a named group mentioned earlier in the message ("i have
met many muslims, and i cannot stand them", "i know many jews and i can't stand any of
them", "women? i despise the lot of them")."""

from __future__ import annotations

from typing import Final

# --- The aversion: the last word of a hit the lexicon already makes ("hate", "despise",
# "can t stand", hatecheck28's "cannot stand", "can t tolerate", "can t bear"); no
# lexicon line of this round.
AVERSION_ENDS: Final[frozenset[str]] = frozenset({
    "hate", "despise", "loathe", "detest", "stand", "tolerate", "bear",
})  # fmt: skip

# --- The pronoun for the group: "them" right after the aversion, or quantified over a
# few words before "of them" ("any of them", "a single one of them", "each and every one
# of them", "the whole lot of them"). "some", "most" and "many" quantify only part of the
# group and are left out.
THEM: Final[frozenset[str]] = frozenset({"them", "em"})
OF: Final = "of"
QUANTIFIERS: Final[frozenset[str]] = frozenset({
    "any", "a", "single", "every", "each", "and", "all", "last", "one", "the", "whole",
    "lot", "damn", "fucking", "bloody",
})  # fmt: skip
QUANTIFIER_REACH: Final = 5  # "each and every single one" before "of them"

# --- After the pronoun, the clause closes or goes on only into these: "i cannot stand
# them anymore", "i can't stand any of them tbh"; "i cannot stand them being mocked"
# (a wrong done to them) goes on and is left alone.
TAILS: Final[frozenset[str]] = frozenset({
    "anymore", "tbh", "honestly", "lol", "lmao", "now", "either", "at", "all", "period",
    "ngl", "smh", "too", "really", "seriously", "frankly",
})  # fmt: skip

# --- Back from the writer to the group the pronoun stands for.
GROUP_REACH: Final = 12  # hatecheck9's reach: "i have met many muslims, and honestly i ..."
