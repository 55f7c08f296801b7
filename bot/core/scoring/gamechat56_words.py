"""Word lists of the gamechat56 round (targeting_gamechat56.py): a player pointed at by
"this" or "that" and a hero's name and called worthless with an intensifier ("that
bristle is such a joke", "this techies is a complete joke", "this meepo is so
worthless")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat50_words as g50
from bot.core.scoring import gamechat54_words as g54

# fmt: off
# Heroes named by a word no ordinary English reads ("pudge", "invoker", "slark",
# "bloodseeker"): gamechat50's named heroes and gamechat54's Dota heroes less the everyday
# words ("axe", "lion", "storm", "tiny" name a tool, an animal or the weather as often).
HEROES: Final[frozenset[str]] = g50.NAMED_HEROES | (g54.MORE_HEROES - g50.COMMON_WORD_HEROES)
# The pointers that single out one player in the match ("this pudge", "that qop").
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "dis", "dat"})
# A curse or a slur-free put-down between the pointer and the hero ("this fucking pudge",
# "that stupid sf").
POINTED_ADJECTIVES: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "fkin", "fking", "stupid", "damn", "dumb", "bloody",
})
ADJECTIVE_REACH: Final[int] = 2
# The copula, present tense only ("this slark was trash before the buff" judges the
# hero's past), and what may stand between it and the verdict ("is so", "is such a",
# "is a complete", "is fucking", "is absolute").
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "iz"})
# The intensifiers one of which the verdict needs: a bare "this sven is trash" is a view
# of the champion (gamechat12's table, gamechat36), "this sven is such a joke" a player's.
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "such", "really", "total", "complete", "absolute", "absolutely", "utter",
    "utterly", "pure", "literally", "totally", "fucking", "fkin", "truly", "rly",
    "actually",
})
VERDICT_RUN: Final[frozenset[str]] = COPULAS | INTENSIFIERS | frozenset({"a", "an"})
# The verdict lines that carry their own intensifier ("a complete joke", "so bad").
INTENSE_VERDICTS: Final[frozenset[str]] = frozenset({
    "complete joke", "total joke", "absolute joke", "utter joke", "so shit", "so trash",
    "so garbage", "so bad",
})
# The verdicts of worthlessness among the older insult lines (en/insult.txt): not every
# insult, since game chat praises a player as "a menace", "a monster" or "a beast".
VERDICTS: Final[frozenset[str]] = frozenset({
    "trash", "garbage", "useless", "pathetic", "worthless", "disgrace", "hopeless",
    "terrible", "awful", "horrible", "dogshit", "joke", "is a joke", "is shit",
}) | INTENSE_VERDICTS
RUN_REACH: Final[int] = 4
# What may open the pointer's sentence before it: chat's game-end words and reactions
# ("gg this slark is a complete joke", "lol that invoker is such a joke"); a verb of
# saying, a negation or a subject is none of them ("he said this pudge is such a joke").
OPENERS: Final[frozenset[str]] = frozenset({
    "gg", "ggwp", "wp", "lol", "lmao", "lmfao", "rofl", "haha", "xd", "wow", "omg", "bruh",
    "ugh", "smh", "man", "dude", "honestly", "tbh", "jesus", "god", "ok", "okay", "well",
    "yeah", "yea", "and", "but", "guys",
})
OPENER_REACH: Final[int] = 3
# What may follow the verdict and leave it said whole ("that pudge is such a joke lol",
# "this alch is so worthless tbh").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "rofl", "xd", "haha", "honestly", "tbh", "smh", "gg", "ggwp",
    "ez", "bro", "man", "dude", "again", "really", "af", "omg", "wtf", "in", "mid", "team",
    "this", "game", "our", "my", "on", "ever", "seriously",
})
TAIL_REACH: Final[int] = 3
# fmt: on
