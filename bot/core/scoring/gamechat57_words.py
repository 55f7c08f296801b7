"""Word lists of the gamechat57 round (targeting_gamechat57.py): "joke" called on a player
right before the hero, role or player noun that names them ("joke sf", "what a joke
pudge", "fucking joke slark", "absolute joke meepo", "such a joke support lol")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat50_words as g50
from bot.core.scoring import gamechat54_words as g54

# fmt: off
JOKE: Final[str] = "joke"
# The words that name a player right after "joke": every game's heroes (the everyday
# words among them too: right after "joke", "axe" or "doom" is the hero's player) and the
# roles and player nouns, less chat's vocatives ("what a joke bro" calls the situation a
# joke and the reader "bro") and "noob" (a name-call of its own).
PLAYERS: Final[frozenset[str]] = (
    g50.NAMED_HEROES | g50.COMMON_WORD_HEROES | g54.MORE_HEROES | g39.ROLE_SUBJECTS
) - frozenset({"bro", "dude", "guy", "guys", "noob"})
# What may stand before "joke" in a line of its own: chat's openers, "what a" and "such
# a", and the intensifiers ("gg joke pudge", "lol what a joke invoker", "fucking joke
# slark", "ez absolute joke meepo"). A subject, a verb, a negation or a judging word is
# none of them ("i'm a joke pudge", "no joke pudge is strong", "nice joke invoker").
LEADS: Final[frozenset[str]] = frozenset({
    "gg", "ggwp", "wp", "ez", "lol", "lmao", "lmfao", "rofl", "haha", "xd", "wow", "omg",
    "bruh", "ugh", "smh", "man", "dude", "honestly", "tbh", "jesus", "god", "ok", "okay",
    "well", "yeah", "yea", "and", "but", "report", "what", "such", "a", "so", "fucking",
    "fuckin", "fking", "fkin", "absolute", "absolutely", "total", "totally", "complete",
    "utter", "pure", "literally", "actual", "real",
})
LEAD_REACH: Final[int] = 4
# What may follow the player's word and leave the name-call said whole ("joke invoker
# lol", "joke bristle gg", "joke mid again"); a thing of the hero's is none of them
# ("joke sf build", "joke pudge hook", "joke pudge pick").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "rofl", "xd", "haha", "honestly", "tbh", "smh", "gg", "ggwp",
    "wp", "ez", "man", "again", "really", "af", "omg", "wtf", "seriously", "ever", "pls",
    "plz", "report",
})
TAIL_REACH: Final[int] = 3
# fmt: on
