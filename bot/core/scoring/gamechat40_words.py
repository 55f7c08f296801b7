"""Word lists of the gamechat40 round (targeting_gamechat40.py): a player named by hero
or role said to suck, "doom sucks", "storm sucked so bad", "gg alche sucks badly", "our
void sucks at this game". The players, determiners and modifiers are gamechat39's."""

from __future__ import annotations

from typing import Final

# fmt: off
# The verdict: insult.txt's "sucks" and "sucked" (the plural "suck" is profanity and
# reads the writer as often as a player: "i suck with storm").
SUCK_VERBS: Final[frozenset[str]] = frozenset({"sucks", "sucked"})
# Between the player and the verdict: "doom really sucks", "our sniper just sucked".
SUCK_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "so", "just", "literally", "actually", "kinda", "still", "totally",
    "fucking", "fking", "fkin", "absolutely", "truly",
})
ADVERB_REACH: Final = 2
# Chat's openers that may stand before the player in the sentence: "gg storm sucked",
# "lol doom sucks", "omg axe sucks so bad", "ff lion sucks".
OPENERS: Final[frozenset[str]] = frozenset({
    "gg", "ggwp", "lol", "lmao", "lmfao", "rofl", "omg", "wow", "ff", "man", "bro", "dude",
    "ngl", "tbh", "honestly", "ffs", "damn", "ok", "okay", "yeah", "ya", "ye", "yes", "haha",
    "xd", "wtf", "jeez", "god", "welp", "sigh", "smh", "well",
})
OPENER_REACH: Final = 2
# "the enemy void sucks": "the" only before "enemy" (gamechat39's determiners hold
# "enemy"; "the storm sucked" is the weather).
THE: Final = "the"
ENEMY: Final[frozenset[str]] = frozenset({"enemy", "enemies"})
# What may close the line after the verdict: an intensifier, a vulgar object, chat's
# tails. "vs", "in", "into", "without", "on", "early", "this patch", "mana", "them"
# judge a kit, a matchup or name what the hero's spell draws in, and stay clean.
TAILS: Final[frozenset[str]] = frozenset({
    "badly", "bad", "so", "hard", "much", "ass", "balls", "dick", "big", "time", "af",
    "lol", "lmao", "lmfao", "rofl", "xd", "haha", "omg", "tbh", "ngl", "honestly", "bro",
    "man", "dude", "smh", "ffs", "gg", "ff", "report", "pls", "plz", "again", "today",
    "really", "fr", "as", "fuck", "fucking", "fk",
})
# "sucks at this game": "at" and the game or everything after it.
AT: Final = "at"
AT_OBJECTS: Final[frozenset[str]] = frozenset({
    "this", "the", "game", "gmae", "dota", "everything", "life", "laning", "lane",
    "farming", "it",
})
TAIL_REACH: Final = 5
# fmt: on
