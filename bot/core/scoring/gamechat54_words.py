"""Word lists of the gamechat54 round (targeting_gamechat54.py): game chat that calls a
player "trash" or "garbage" as a bare verdict, with only chat's openers, an intensifier,
a count of players or a rank before it ("typical trash", "gg trash", "lost to 5 trash",
"3k trash", "and are still trash")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat12_words import MMR, RANKS

# fmt: off
# The verdict's lexicon terms (en/insult.txt, all older lines): the noun and "so trash".
VERDICTS: Final[frozenset[str]] = frozenset({"trash", "garbage", "so trash", "so garbage"})
# Chat's game-end words and intensifiers that may open the verdict's sentence ("gg
# trash", "ggwp trash", "typical trash", "pure garbage", "and are still trash"); a
# subject, a verb of saying or calling, a negation or the writer is none of them, so
# "the patch is pure trash", "he said typical trash", "not trash" and "i was trash"
# never open on the verdict. "ok" is left out ("ok trash": done with a thing).
LEADS: Final[frozenset[str]] = frozenset({
    "gg", "ggwp", "ggs", "wp", "ez", "typical", "classic", "just", "such", "so", "pure",
    "utter", "total", "complete", "absolute", "absolutely", "literally", "fucking",
    "fkin", "still", "all", "and", "are", "r",
})
# Laughter and exclamations: a reaction to a thing as often as to a player ("Lmao
# trash", "wow trash"), so never the only opener; allowed before one of LEADS ("lol
# typical trash").
LAUGHS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "xd", "wow", "omg", "bruh", "ugh",
    "smh",
})
OPENERS: Final[frozenset[str]] = LEADS | LAUGHS
LEAD_REACH: Final[int] = 4
# A count of players ("5 trash", "two garbage") or a rank or an MMR ("silver trash",
# "3k trash") right before the verdict; gamechat12 leaves "4k" (folded "ak", a rifle) out.
COUNTS: Final[frozenset[str]] = frozenset({
    "1", "2", "3", "4", "5", "one", "two", "three", "four", "five",
})
RANKED: Final[frozenset[str]] = COUNTS | RANKS | MMR
# Before a count, the match lost or played against them ("lost to 5 trash", "vs 4
# garbage", "with 2 trash"): the writer's clause, still the players' verdict.
AGAINST: Final[frozenset[str]] = frozenset({"to", "vs", "versus", "against", "with", "by"})
# What may follow the verdict and leave it said whole: chat's tails, the players' side
# and role ("typical trash in mid", "3 trash on my team", "4 trash party").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "rofl", "xd", "haha", "again", "honestly", "tbh", "smh", "gg",
    "ggwp", "ez", "pls", "bro", "man", "team", "teams", "party", "players", "carry",
    "carries", "support", "supports", "core", "cores", "mid", "offlane", "safelane",
    "jungle", "in", "on", "my", "our", "this", "the",
})
TAIL_REACH: Final[int] = 4
# Dota heroes that gamechat32's name-call before a player (gamechat32_words.PLAYERS)
# lacks, none an everyday word ("this trash undying", "report this trash brood").
MORE_HEROES: Final[frozenset[str]] = frozenset({
    "antimage", "bloodseeker", "bristle", "brood", "centaur", "chen", "dazzle",
    "disruptor", "faceless", "gyro", "gyrocopter", "lesh", "lich", "lifestealer", "luna",
    "marci", "muerta", "omniknight", "potm", "puck", "shaker", "silencer", "sniper",
    "tinker", "treant", "undying", "visage", "voker", "warlock", "weaver", "wraith",
})
# fmt: on
