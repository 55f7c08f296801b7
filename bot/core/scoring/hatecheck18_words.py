"""Words of the hatecheck18 round (issue 8, targeting_hatecheck18.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hatecheck9_words import ANSWER_DENIAL, ANSWER_NO

# A group's lives said worthless (identity_attack.txt, hateprobe3 and hatecheck18): "black
# lives don't matter", "trans lives have no value".
LIVES: Final[frozenset[str]] = frozenset({
    "lives don t matter", "lives do not matter", "lives dont matter", "lives have no value",
    "lives are worthless", "lives mean nothing", "lives are worth nothing",
})  # fmt: skip
# Whose view "to ..." after it may name and still be the writer's claim: "gay lives mean
# nothing to me"; any other ("to the police", "to the regime", "to them") reports how
# others value the group.
OWN_VIEW: Final[frozenset[str]] = frozenset({
    "me", "us", "anyone", "anybody", "everyone", "everybody", "society", "i", "we",
})  # fmt: skip
# A whole answer that denies the asked claim, ending its sentence: "why do people think
# muslims are dangerous? they aren't." ("no ..." answers are hatecheck9's ANSWER_NO).
ANSWER_THEY_NOT: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("they", "are", "not"), ("they", "re", "not"), ("they", "aren", "t"), ("theyre", "not"),
    ("they", "arent"),
})  # fmt: skip
# The words such an answer may open with (Context.answered's gate): "no", "they", ...
ANSWER_OPENERS: Final[frozenset[str]] = ANSWER_NO | frozenset(
    t[0] for t in (*ANSWER_THEY_NOT, *ANSWER_DENIAL)
)
# This round's "rid" phrases (threat.txt): the group must be their object, after them
# ("we got rid of the jews"), never their subject ("liberals got rid of shop class").
RID: Final[frozenset[str]] = frozenset({
    "got rid of", "getting rid of", "rid the world of", "rid the country of",
    "rid this country of",
})  # fmt: skip
RID_REACH: Final = 4  # "got rid of all the gay people": all, the, gay
RID_PRONOUNS: Final[frozenset[str]] = frozenset({"them", "em", "these", "those"})
