"""Words of the gamechat29 round (issue 8): game chat shapes read by
targeting_gamechat29.py (a rank doubted over "even"; hours played set against bad
play)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat23_words import DOUBT_TAILS
from bot.core.scoring.gamechat26_words import OPENERS
from bot.core.scoring.gamechat27_words import TAILS

# fmt: off
# "how are you even gold": gamechat25's lexicon lines read with "how" before them.
READER_EVEN: Final[frozenset[str]] = frozenset({"are you even", "are u even", "r u even"})
# "how is he even diamond": the round's lexicon lines (insult.txt), a third player.
THIRD_EVEN: Final[frozenset[str]] = frozenset({
    "how is he even", "how is she even", "how is this guy even", "how is that guy even",
    "how is this kid even",
})
# The ranks of many games (gamechat23's, Dota's medals); "radiant" and "global" stay
# out (a side's name, an everyday word).
RANKS: Final[frozenset[str]] = frozenset({
    "iron", "bronze", "silver", "gold", "plat", "platinum", "diamond", "master", "masters",
    "immortal", "ascendant", "emerald", "champ", "champion", "grandmaster", "challenger",
    "herald", "guardian", "crusader", "archon", "legend", "ancient", "divine",
})
# After the rank to the sentence's end: chat's tails and the reason ("with that aim").
RANK_TAILS: Final[frozenset[str]] = DOUBT_TAILS | TAILS | frozenset({"rank", "elo"})
RANK_REACH: Final = 5

# "500 hours and still this bad": the round's lexicon lines (insult.txt).
HOURS_TERMS: Final[frozenset[str]] = frozenset({
    "hours and still", "hrs and still", "hours and u still", "hours and you still",
})
# A count as the folding leaves it ("2k" stays, "1k" is "ik", "10k" is "iok").
COUNT_CHARS: Final[frozenset[str]] = frozenset("0123456789oizeasgtbl")
# Before the count: the holder and a verb of having ("u have", "he has", "this guy has").
HOLDERS_READER: Final[frozenset[str]] = frozenset({"u", "you", "ya", "ur", "youve", "uve"})
HOLDERS_THIRD: Final[frozenset[str]] = frozenset({"he", "she", "hes", "shes"})
HOLDER_NOUNS: Final[frozenset[str]] = frozenset({"guy", "kid", "dude"})
HOLDER_DETERMINERS: Final[frozenset[str]] = frozenset({"this", "that", "our", "ur"})
HAVING: Final[frozenset[str]] = frozenset({"have", "has", "got", "played", "ve"})
# What may open the sentence before the count or the holder.
HOURS_OPENERS: Final[frozenset[str]] = OPENERS | frozenset({
    "imagine", "like", "literally", "so", "and", "yet", "having",
})
# After "and still": intensifiers, then the verdict.
VERDICT_LEADS: Final[frozenset[str]] = frozenset({
    "this", "that", "so", "such", "a", "complete", "absolute", "total", "utter", "fucking",
    "fkin", "fking", "playing", "hardstuck", "stuck", "in",
})
VERDICTS: Final[frozenset[str]] = RANKS | frozenset({
    "bad", "trash", "garbage", "suck", "sucks", "sucking", "hardstuck", "dogshit", "shit",
    "terrible", "awful", "horrible", "useless", "clueless", "noob", "boosted", "dogwater",
    "washed", "ass", "dog", "bronze", "low", "hopeless", "braindead", "feeding", "inting",
})
# "cant aim", "cant hit a shot": an ability denied, and its object.
CANT: Final[frozenset[str]] = frozenset({"cant", "can", "cannot"})
CANT_ABILITIES: Final[frozenset[str]] = frozenset({
    "aim", "hit", "play", "shoot", "ward", "lasthit", "farm", "last", "rotate", "dodge",
})
ABILITY_OBJECTS: Final[frozenset[str]] = frozenset({
    "a", "single", "shot", "shots", "anything", "hit", "hook", "hooks", "skillshot",
    "skillshots", "one", "his", "her", "ur", "your", "their", "the", "ball", "creep",
    "creeps", "properly", "for", "shit", "t",
})
HOURS_TAILS: Final[frozenset[str]] = (
    TAILS | ABILITY_OBJECTS | RANKS | frozenset({"lmao", "lol", "xd"})
)
HOURS_REACH: Final = 6

# "learn to play jett": the hero after these is what to learn, not the vocative.
LEARN_PLAY: Final[frozenset[str]] = frozenset({"learn to play", "learn how to play"})
# fmt: on
