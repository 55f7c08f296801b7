"""Word lists of the gamechat58 round (targeting_gamechat58.py): a player named by hero or
role opening a short line and put down right after with "joke" or "suck", no article
("sf is joke", "pudge joke", "tinker suck", "doom so suck gg")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat57_words as g57

# fmt: off
# The faint put-downs this round reads after a player's word: "joke" (a faint insult, a
# joke told) and "suck" (profanity, "sucks" reads already).
JOKE: Final[str] = g57.JOKE
SUCK: Final[str] = "suck"
PUT_DOWNS: Final[frozenset[str]] = frozenset({JOKE, SUCK})
# The player's words: gamechat57's (every game's heroes, the everyday words among them,
# roles and player nouns, less chat's vocatives and "noob").
PLAYERS: Final[frozenset[str]] = g57.PLAYERS
# What may stand between the player's word and the put-down: a copula and an intensifier
# ("sf is joke", "meepo so joke", "pudge is so joke"). Not "s" ("pudge's joke": the
# hero's joke, told) and no negation ("pudge is no joke").
LINKS: Final[frozenset[str]] = frozenset({"is", "so", "too", "very", "really", "such"})
LINK_REACH: Final[int] = 2
# What may stand before the player's word in a line of its own: gamechat57's openers and
# a determiner of a player in the match ("our tinker suck", "this sniper so suck"); never
# "my" (the writer's own hero: "my pudge joke lol").
LEADS: Final[frozenset[str]] = g57.LEADS | frozenset({
    "our", "their", "this", "that", "enemy", "wtf",
})
LEAD_REACH: Final[int] = 3
# What may follow the put-down and leave it said whole ("tinker suck lol", "lina is joke
# gg"); a thing, a matchup or a time is none of them ("tinker suck vs pa", "doom suck
# this patch", "sf is joke hero").
TAILS: Final[frozenset[str]] = g57.TAILS
TAIL_REACH: Final[int] = g57.TAIL_REACH
# fmt: on


def sucked_player(tokens: list[str]) -> bool:
    """ "suck" and a player's word in the line ("tinker suck", "storm suck"): the scorer's
    swearing shortcut reads such a line on. Two set tests of the line's tokens."""
    return SUCK in tokens and not PLAYERS.isdisjoint(tokens)
