"""Word lists of the gamechat34 round (targeting_gamechat34.py): a player named by a hero
with "this" or "that" flamed with a put-down made sure of the player, by an intensifier
("this jett is absolute trash") or by a cue of this game's play ("this sven is trash
again", "that pudge is garbage today")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat26_words import OPENERS as _OPENERS
from bot.core.scoring.gamechat27_words import NAMED as _NAMED
from bot.core.scoring.gamechat27_words import TAILS as _TAILS

# fmt: off
# The lexicon's put-downs read here (no new lexicon line): a bare one after "this <hero>
# is" may judge the champion (gamechat12 keeps "this sven is trash" clean), so it counts
# only with an intensifier before it or a cue of this game after it.
PUT_DOWNS: Final[frozenset[str]] = frozenset({
    "trash", "garbage", "dogshit", "dogwater", "is shit", "is absolute shit",
    "is total shit", "is fucking shit",
})
# "this jett is absolute trash": what makes the put-down a flame rather than a view of
# the hero's kit. No "so" (the lexicon's "so trash" is older), no "honestly" or "kinda"
# (hedges), no "not".
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "absolute", "absolutely", "complete", "completely", "pure", "utter", "utterly",
    "total", "totally", "literal", "literally", "actual", "actually", "genuinely",
    "straight", "such", "fucking", "fuckin", "fking", "fkn",
})
INTENSIFIER_REACH: Final = 2
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "iz", "was"})
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"this", "that", "dis"})
# Who the demonstrative points at: heroes, player roles and player words, not a place's
# or a device's word (gamechat27's list: never "this jungle", "this blink").
NAMED: Final[frozenset[str]] = _NAMED
OPENERS: Final[frozenset[str]] = _OPENERS
OPENER_REACH: Final = 3
# Cues of this game's play after a bare put-down: "today", "again", "this game",
# "every game", "every single game"; never "this patch" or "rn" (the meta's).
CUE_ONE: Final[frozenset[str]] = frozenset({"today", "tonight", "again", "uninstall"})
CUE_LEADS: Final[frozenset[str]] = frozenset({"this", "every", "each", "all"})
CUE_GAMES: Final[frozenset[str]] = frozenset({"game", "match", "round", "fight", "teamfight"})
SINGLE: Final = "single"
# What else may close the sentence: chat's tails (gamechat27's).
TAILS: Final[frozenset[str]] = _TAILS
TAIL_REACH: Final = 5
# fmt: on
