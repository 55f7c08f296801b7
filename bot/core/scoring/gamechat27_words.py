"""Words of the gamechat27 round (issue 8): game chat shapes read by
targeting_gamechat27.py (a hero after "this" / "that" judged the worst; a bad-quality
word before a player noun, a role or a hero, said whole)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat21_words import VERDICT_TAILS
from bot.core.scoring.gamechat24_words import ROLE_VOCATIVES

# fmt: off
# "this jett is the worst": the lexicon's "the worst" and "worst" (after "the absolute").
WORST: Final[frozenset[str]] = frozenset({"the worst", "worst"})
# "the absolute worst", "the very worst": between "the" and a bare "worst".
WORST_BETWEEN: Final[frozenset[str]] = frozenset({"absolute", "very", "actual", "single"})
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"this", "that", "dis", "tis"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
# Between the copula and the verdict: "this genji is literally the worst".
ADVERBS: Final[frozenset[str]] = frozenset({
    "literally", "just", "honestly", "actually", "truly", "easily", "officially",
    "definitely", "genuinely", "seriously", "legit", "so", "fr",
})
# Who "this" may name before a verdict: heroes and player roles, not the places, lanes or
# devices a role's word also names ("this jungle", "this top", "this controller").
PLACE_ROLES: Final[frozenset[str]] = frozenset({
    "jungle", "top", "mid", "bot", "entry", "anchor", "flex", "controller", "sentinel",
    "initiator", "striker", "goalie", "offlane",
})
PLAYER_WORDS: Final[frozenset[str]] = frozenset({
    "player", "gamer", "teammate", "guy", "kid", "random",
})
NAMED: Final[frozenset[str]] = (HEROES | ROLE_VOCATIVES | PLAYER_WORDS) - PLACE_ROLES
# "that mercy main is the worst": a word a player's pick carries after the name.
MAINS: Final[frozenset[str]] = frozenset({"main", "player", "one", "otp"})

# "terrible player", "what a trash gamer": a bad-quality word (the lexicon's) read here
# right before a player noun, a role or a hero.
QUALITY: Final[frozenset[str]] = frozenset({
    "terrible", "horrible", "awful", "trash", "garbage", "shit", "shitty", "dogshit",
    "pathetic",
})
# After a bad-quality word a lane's word names its player too ("terrible mid"), never
# "bot" ("what a shit bot" may judge a program).
CALLED: Final[frozenset[str]] = NAMED | frozenset({"mid", "top", "jungle"})
# What may stand before the call from its sentence's start: openers, "what a", "such a",
# "just a", intensifiers; never "i", "im", "my", "the", "this".
FRAME: Final[frozenset[str]] = frozenset({
    "what", "such", "a", "an", "just", "really", "absolutely", "completely", "totally",
    "utterly", "literally", "fucking", "fuckin", "fking", "so", "most", "our", "ur",
    "your", "lol", "lmao", "omg", "bro", "dude", "man", "gg", "wp", "wow", "bruh", "yo",
    "ok", "okay", "wtf", "ngl", "tbh", "honestly", "jesus", "god", "ffs", "ugh", "epic",
})
FRAME_REACH: Final = 4
# "you are a horrible player", "youre such an awful teammate": the reader and a copula
# opening the frame, an article or "such" right after them.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "youre", "ya"})
READER_COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "re", "were"})
ARTICLED: Final[frozenset[str]] = frozenset({"a", "an", "such"})
FRAME_AFTER_READER: Final[frozenset[str]] = FRAME - frozenset({"our", "ur", "your"})
# What may close the sentence after the call (or after "the worst"): chat's tails.
TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "lmfao", "xd", "honestly", "fr", "ever", "seriously", "gg", "ez", "again", "kid",
    "lmaoo", "lool", "haha", "ngl", "tbh", "istg", "ffs", "swear",
})
TAIL_REACH: Final = 4
# fmt: on
