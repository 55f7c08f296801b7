"""Words of the fifteenth game-chat round (issue 8, targeting_gamechat15.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat9_words

# Sarcastic blame opening the line (insult.txt, gamechat15): "way to throw", "wow way to
# feed mid"; "best way to farm", "no way to lose this", "on my way to" name no one.
WAY_TO: Final[frozenset[str]] = frozenset({
    "way to throw", "way to feed", "way to int", "way to lose", "way to die",
    "way to ruin", "way to fail", "way to waste",
})  # fmt: skip
# What may stand before "way" in the blame: an exclamation, never a determiner or "no".
WAY_OPENERS: Final[frozenset[str]] = frozenset({
    "wow", "great", "nice", "good", "lol", "lmao", "omg", "fucking", "fking", "wtf", "gj",
    "yeah", "ya", "ok", "okay", "what", "a",
})  # fmt: skip
WAY_REACH: Final = 4

# A judging word of a player's play, read again where an intensifier or a second role
# hid the role from the older rules: "so useless sup", "really useless jungler", "our
# tank and healer so bad".
JUDGED: Final[frozenset[str]] = frozenset({
    "useless", "trash", "garbage", "braindead", "so trash", "so garbage", "terrible",
    "awful", "so bad", "dumb", "stupid", "noob",
})  # fmt: skip
# Intensifiers that may open the line before the judging word ("so useless sup").
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "really", "totally", "completely", "pretty", "very", "fucking", "fking",
    "such", "a", "an", "literally", "actually", "absolutely", "damn",
})  # fmt: skip
# Owners before a role in a pair of roles ("our tank and healer").
PAIR_OWNERS: Final[frozenset[str]] = gamechat9_words.VERDICT_OPENERS
PAIR_JOINS: Final[frozenset[str]] = frozenset({"and", "n", "&", "+"})
PAIR_REACH: Final = 6

# "sucked" as a passive, a phrasal verb or with an object names no one sucking at the
# game: "be sucked", "was sucked in", "sucked into the story", "licked or sucked".
SUCKED: Final = "sucked"
PASSIVE_BEFORE: Final[frozenset[str]] = frozenset({
    "be", "been", "being", "get", "got", "gets", "getting", "was", "were", "is", "are",
    "am", "or", "so",
})  # fmt: skip
PHRASAL_AFTER: Final[frozenset[str]] = frozenset({
    "in", "into", "up", "off", "dry", "out", "away", "down", "on", "through",
    # an object after it: sex as a topic or a thing pulled ("she sucked my dick", "the
    # portal sucked him through"), not a player judged
    "him", "her", "them", "me", "us", "my", "his", "their",
})  # fmt: skip
