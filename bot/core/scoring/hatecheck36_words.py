"""Word lists of the hatecheck36 round (targeting_hatecheck36.py): a vice or a habit
pinned on a named identity group with "always", "constantly" or "keep" ("muslims always
breed", "black people constantly loot", "jews keep scheming", "immigrants keep breeding
like rabbits")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck26_words as h26

# fmt: off
# The vices, as a verb after "always" or "constantly" and as its "-ing" after "keep".
# Never an older lexicon word ("steal", "lie", "scam", "leech", "whining" alone, "rob
# us"), which would change how "you keep stealing" or "u always leech" are read; and
# never hatecheck26's own habits ("always beg", "always moaning").
_VERBS: Final[tuple[tuple[str, str], ...]] = (
    ("breed", "breeding"), ("rob", "robbing"), ("scheme", "scheming"),
    ("sponge", "sponging"), ("freeload", "freeloading"), ("riot", "rioting"),
    ("mug", "mugging"), ("loot", "looting"), ("mooch", "mooching"),
)
# Complaints and pleading, after "constantly" and "keep" only ("always beg" is an older
# round's line; "always whine" is discord31's, said to the reader).
_HABITS: Final[tuple[tuple[str, str], ...]] = (
    ("whine", "whining"), ("beg", "begging"), ("complain", "complaining"),
    ("moan", "moaning"), ("nag", "nagging"),
)
# "leeching" only: "leech" is an older insult.
_VICE_FORMS: Final[tuple[str, ...]] = (*(f for pair in _VERBS for f in pair), "leeching")
_HABIT_FORMS: Final[tuple[str, ...]] = tuple(f for pair in _HABITS for f in pair)
_ALWAYS: Final[frozenset[str]] = frozenset(f"always {f}" for f in _VICE_FORMS)
_CONSTANTLY: Final[frozenset[str]] = frozenset(
    f"constantly {f}" for f in (*_VICE_FORMS, *_HABIT_FORMS)
)
# After "keep" the vices and "whining", "begging" only: "women keep complaining about pay
# gaps" is a grievance told, not a habit pinned.
_KEEP: Final[frozenset[str]] = frozenset(
    f"keep {f}" for f in (*_VICE_FORMS, "whining", "begging") if f.endswith("ing")
)
# The round's lexicon lines (insult.txt, hatecheck36): read only of a named group.
HABITS: Final[frozenset[str]] = _ALWAYS | _CONSTANTLY | _KEEP
# Between the group and the habit: "muslims are always breeding", "muslims just keep
# breeding", "blacks literally always riot". No "not" or "don't": "muslims don't always
# breed" is no claim.
GAP: Final[frozenset[str]] = frozenset({
    "are", "re", "r", "all", "just", "so", "literally", "really", "honestly", "seriously",
    "basically", "still", "simply", "only", "always", "ever", "they", "will",
})
GAP_REACH: Final = 4
# A stereotype named, not stated: "the trope that muslims keep breeding is old", "the
# stereotype that jews always scheme" (the frame noun and "that" right before the group).
FRAMES: Final[frozenset[str]] = frozenset({
    "trope", "stereotype", "myth", "idea", "notion", "claim", "narrative", "lie", "rumor",
    "rumour", "canard", "belief", "cliche", "meme",
})
THAT: Final = "that"
ARTICLES: Final[frozenset[str]] = frozenset({"the", "all", "those"})
# A plea after the habit: "refugees keep begging for help" (hatecheck26's list).
PLEAS: Final[frozenset[str]] = h26.PLEAS
PLEA_REACH: Final = 3
# fmt: on

OWN_TERMS: Final[frozenset[str]] = HABITS
