"""Words of the hatecheck87 round (issue 8, targeting_hatecheck87.py): a named identity
group denied a presence with plain place words ("women shouldnt be here", "muslims
shouldnt be in our schools", "immigrants should stay out"), and the writer's distrust of
a group's member stated as a rule ("i wouldnt trust a muslim")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord60_words as d60
from bot.core.scoring import hatecheck38_words as h38

# fmt: off
# --- The place denied. The hit holds the place: discord60's "be here" (its "be" the verb)
# and this round's own "in our <place>" and "in this <place>" lines (lexicons/en/
# exclusion.txt), never "be in" or "shouldnt be", so the older "be in the military", "be
# hired" and hatecheck38's "in our country" keep their tokens; hatecheck38's places are
# read here too, after "be"; discord60's "in this community" stays its own line.
HERE: Final[frozenset[str]] = frozenset({"be here"})
OWN_PLACES: Final[frozenset[str]] = frozenset(
    {
        f"in our {place}"
        for place in (
            "school", "schools", "church", "churches", "classroom", "classrooms", "sports",
            "government", "city", "community", "streets", "bathrooms", "locker",
            "neighbourhood", "hospitals", "parliament",
        )
    }
    | {
        f"in this {place}"
        for place in ("school", "church", "city", "neighborhood", "neighbourhood",
                      "town", "state")
    }
)
PLACES: Final[frozenset[str]] = OWN_PLACES | h38.PLACES | d60.OLDER_PLACES
BE: Final[str] = "be"
# The negation before "be" as token runs ("shouldnt" may stay one word or split as
# "shouldn t"), read over a few adverbs ("shouldnt [even] be", "should not [ever] be").
NOT_BE: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("shouldnt",), ("shouldn", "t"), ("should", "not"), ("should", "never"), ("mustnt",),
    ("mustn", "t"), ("must", "not"), ("must", "never"),
})
BE_GAP: Final[frozenset[str]] = frozenset({"even", "ever", "really", "just", "honestly"})
BE_GAP_REACH: Final = 2
# --- The group told to stay out: this round's own "stay out" (the older, longer "stay out
# of" keeps its tokens), and the older "out of our <place>" lines right after "stay".
STAY_OUT: Final[frozenset[str]] = frozenset({"stay out"})
STAY: Final[str] = "stay"
OUT_OF_OURS: Final[frozenset[str]] = frozenset({
    "out of our city", "out of our communities", "out of our community", "out of our land",
    "out of our neighborhood", "out of our neighbourhood", "out of our schools",
    "out of our society", "out of our streets", "out of our town", "out of our country",
})
# The order before "stay" as token runs, over a few adverbs ("should [just] stay out").
MUST: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("should",), ("must",), ("need", "to"), ("needs", "to"), ("have", "to"), ("has", "to"),
    ("gotta",), ("better",), ("ought", "to"),
})
STAY_GAP: Final[frozenset[str]] = frozenset({"just", "all", "really", "simply", "also", "please"})
STAY_GAP_REACH: Final = 2
# After the place, the denial said whole or going on only into these tails ("here at
# all", "here anymore", "stay out period", "... tbh"); a time, a reason or a welcome goes
# on ("here after 10pm", "here yet, the event starts").
TAILS: Final[frozenset[str]] = frozenset({
    "at", "all", "anymore", "period", "tbh", "honestly", "ngl", "imo", "fr", "either",
    "ever", "again", "lol", "lmao", "smh", "tho", "though", "thanks", "thank", "you",
    "simple", "as", "that", "room", "rooms",
})
TAIL_REACH: Final = 3
# --- Distrust as a rule: this round's own lines (lexicons/en/identity_attack.txt), the
# writer ("i", or nobody named opening the sentence) over a few adverbs before them, a
# member ("a muslim", "an immigrant") or the group ("gay people") right after "trust".
TRUST: Final[frozenset[str]] = frozenset({
    "wouldnt trust", "wouldn t trust", "would not trust",
})
WRITER: Final[frozenset[str]] = frozenset({"i", "id"})
WRITER_GAP: Final[frozenset[str]] = frozenset({
    "honestly", "personally", "just", "really", "still", "ngl", "tbh", "myself",
})
WRITER_GAP_REACH: Final = 2
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "any", "one", "single"})
TRUST_TAILS: Final[frozenset[str]] = TAILS | frozenset({
    "with", "anything", "my", "kids", "money", "life", "around", "near", "them", "as",
    "far", "could", "throw", "him", "her", "it", "ever", "again", "in", "charge",
})
TRUST_TAIL_REACH: Final = 5  # "with my kids ever again"
OWN_TERMS: Final[frozenset[str]] = OWN_PLACES | STAY_OUT | TRUST
# A match's order opening the clause after a bare "be here" or "stay out" claim (at most
# ORDER_REACH tokens in), where the gaming cues (hatecheck85's game talk) find none: "the
# germans shouldnt be here, flank them", "..., lets push b". Only words with no everyday
# reading against a people ("push them back" is not one: "push" only before a site or a
# lane).
GAME_ORDERS: Final[frozenset[str]] = frozenset({
    "flank", "flanking", "rotate", "rotating", "peek", "nade", "nades", "ult",
})
ORDER_REACH: Final = 3
PUSH: Final[str] = "push"
PUSHED_TO: Final[frozenset[str]] = frozenset({"a", "b", "c", "mid", "top", "bot", "site"})
# fmt: on
