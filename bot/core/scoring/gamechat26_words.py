"""Words of the gamechat26 round (issue 8): game chat shapes read by
targeting_gamechat26.py (a player called a bot or an NPC as a mock label, sarcastic
thanks or praise for a throw)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat21_words import VERDICT_TAILS

# fmt: off
# "what a bot", "absolute npc": the labels (insult.txt's "bot" / "npc", gamechat8 and
# discord14), counted here only in a mock frame that opens its sentence.
LABELS: Final[frozenset[str]] = frozenset({"bot", "npc"})
# A word only a person earns before the label: "absolute bot", "literal npc"; never
# "actual", which says a real program ("actual bot", gamechat22's table).
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "absolute", "total", "complete", "literal", "human", "walking",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# "what a bot", "such an npc": the exclamation before the article.
EXCLAIMS: Final[frozenset[str]] = frozenset({"what", "such"})
# Chat openers that may stand before the frame: "omg what a bot", "bro such an npc".
OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "omg", "bro", "dude", "man", "gg", "wow", "bruh", "yo", "ok", "okay",
    "jesus", "god", "wtf", "ngl", "tbh", "honestly",
})
# What may close the sentence after the label (and a player's name): fillers, a vocative.
TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "lmfao", "kid", "honestly", "fr", "behaviour", "behavior", "again", "gg", "ez",
})
LABEL_REACH: Final = 5
# After a pause, these resume a thing, not a player: "what a bot, it answers in a second".
THING_RESUMED: Final[frozenset[str]] = frozenset({"it", "its", "itll", "theyre"})

# "thx for the throw": the lexicon's lines (insult.txt), thanks for a throw said to the
# thrower; counted opening the line, a player's name and fillers at most after it.
THROW_THANKS: Final[frozenset[str]] = frozenset({
    "thx for the throw", "ty for the throw", "thanks for the throw",
    "thank you for the throw", "thank u for the throw",
})
# "nice throw mid": praise of a throw, sarcastic only when a role is named after it
# ("nice throw raze" praises a grenade).
THROW_PRAISE: Final[frozenset[str]] = frozenset({
    "nice throw", "great throw", "good throw", "gj throw", "what a throw",
})
THROW_TERMS: Final[frozenset[str]] = THROW_THANKS | THROW_PRAISE
# Who may be thanked or praised after it: the team or a role (gamechat24's vocatives
# but for the lanes' "bot", and never a hero, whose throw may be a grenade's).
THROW_ADDRESSEES: Final[frozenset[str]] = frozenset({
    "guys", "team", "support", "supp", "jungle", "jungler", "jg", "mid", "top", "adc",
    "tank", "healer", "dps", "igl", "carry", "offlane", "offlaner", "laner", "toplaner",
    "midlaner", "duelist", "entry", "fragger", "awper",
})
THROW_REACH: Final = 4
# fmt: on
