"""Words of the hatecheck71 round (issue 8, targeting_hatecheck71.py): violence against a
named group said with a phrasal verb, as a bare order ("gun down the immigrants", "string
up the gays", "line the jews up against the wall") or in the passive with the group as
subject ("immigrants should be gunned down", "i hope the jews all get strung up")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck22_words as h22
from bot.core.scoring import hatecheck70_words as h70

# fmt: off
# --- This round's own lines (en/threat.txt), read only in the shapes and only in a
# message that names a group (group_only.FIRST_NAMED_TERMS).
# The order's phrasal verb, joined ("gun down", "mow down", "string up").
ORDERS: Final[frozenset[str]] = frozenset({"gun down", "mow down", "string up"})
# The same verbs in the passive ("gunned down", "mowed down", "strung up").
PASSIVES: Final[frozenset[str]] = frozenset({
    "gunned down", "mowed down", "mown down", "strung up",
})
# The wall, after "line <group>" or "lined" ("line the jews up against the wall",
# "immigrants should be lined up against a wall").
WALLS: Final[frozenset[str]] = frozenset({"up against the wall", "up against a wall"})
OWN_TERMS: Final[frozenset[str]] = ORDERS | PASSIVES | WALLS
LINE: Final[frozenset[str]] = frozenset({"line"})  # the order's verb before the group
LINED: Final[frozenset[str]] = frozenset({"lined"})  # the passive's, right before the wall
# --- The passive's run between the group and the participle: the call ("should",
# "deserve to", "ought to", "need to", "must") or a wish's "would"/"will", its auxiliary
# and a few adverbs ("the gypsies should all be strung up"); a negation breaks the run
# ("should not be").
PASSIVE_RUN: Final[frozenset[str]] = frozenset({
    "should", "must", "ought", "need", "needs", "deserve", "deserves", "to", "be", "get",
    "would", "will", "all", "just", "really", "finally", "fucking", "simply", "literally",
    "honestly",
})
PASSIVE_REACH: Final[int] = 6  # "should all just be", "deserve to be", "ought to all be"
AUXILIARIES: Final[frozenset[str]] = frozenset({"be", "get"})  # right before the verb
# The call in the run; without one ("get strung up") only a wish before the group.
CALLS: Final[frozenset[str]] = frozenset({
    "should", "must", "ought", "need", "needs", "deserve", "deserves",
})
WISHES: Final[frozenset[str]] = frozenset({"hope", "wish", "pray"})
# Before the group in its sentence: hatecheck22's openers and the wish ("honestly the
# jews ...", "i hope all muslims ...", "trust me, ...").
SUBJECT_LEADS: Final[frozenset[str]] = h22.OPENERS | WISHES | frozenset({
    "we", "every", "each", "single", "of", "trust", "me", "you", "filthy", "dirty",
    "fucking", "damn",
})
# After the participle or the wall, before the clause closes: hatecheck70's tails and the
# likening ("... like dogs", "... like the animals they are").
TAILS: Final[frozenset[str]] = h70.TAILS | frozenset({
    "like", "a", "dog", "dogs", "animal", "animals", "rat", "rats", "pig", "pigs", "vermin",
    "cattle", "the", "they", "are", "on", "publicly", "public", "square",
})
TAIL_REACH: Final[int] = 4
# The order's words: hatecheck70's leads before the verb and its skip before the group.
ORDER_LEADS: Final[frozenset[str]] = h70.ORDER_LEADS
OBJECT_SKIP: Final[frozenset[str]] = h70.OBJECT_SKIP
OBJECT_REACH: Final[int] = h70.OBJECT_REACH
JOINS: Final[frozenset[str]] = h70.JOINS
# After the group of an intended order: hatecheck70's tails, or the next clause ("... and
# laugh"); no likening, so a thing owned stays a thing ("the immigrants' dogs").
ORDER_TAILS: Final[frozenset[str]] = h70.TAILS | JOINS
# --- The order after the writer's intent or a call on someone, opening its sentence ("i
# will gun down the immigrants", "we should string up the gays", "someone needs to mow
# down the muslims"): the run right before the verb; a negation, a report or a condition
# breaks it ("i would never", "he said we should", "if we").
INTENT_RUN: Final[frozenset[str]] = frozenset({
    "i", "ill", "im", "we", "well", "ll", "will", "gonna", "going", "to", "want", "wanna",
    "should", "must", "need", "needs", "gotta", "got", "have", "has", "would", "d",
    "love", "someone", "somebody", "am", "are", "really", "just", "literally", "finally",
    "honestly", "seriously", "all", "go", "and",
})
INTENT_REACH: Final[int] = 6  # "i would really love to", "someone needs to just go"
# Who the run names: the writer, or anyone called on.
DOERS: Final[frozenset[str]] = frozenset({
    "i", "ill", "im", "we", "well", "someone", "somebody",
})
# What makes it an intent or a call rather than a bare mention.
INTENTS: Final[frozenset[str]] = frozenset({
    "ll", "ill", "well", "will", "gonna", "going", "want", "wanna", "should", "must",
    "need", "needs", "gotta", "have", "has", "would", "d",
})
# fmt: on
