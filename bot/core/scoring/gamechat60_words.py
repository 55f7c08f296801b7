"""Word lists of the gamechat60 round (targeting_gamechat60.py): a player named by hero or
role in a short line of its own and called bad with a bare "bad" right beside it ("pudge
bad", "our carry bad lol", "bad pudge", "gg bad carry").

"bad" is no lexicon line and gets none: alone it judges a pick, an item, the lag or luck
as often as a player. The round's hit is gated instead: the matcher and the scorer's
clean gate make one (BAD_ENTRY) only in a line of at most LINE_REACH tokens that names a
player (`bad_beside_player`), so every other message pays one length test, and the rules
cancel it outside the round's shape.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat59_words as g59
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

__all__ = [
    "BAD",
    "BAD_ENTRY",
    "EVERYDAY_PLAYERS",
    "LANES",
    "LEADS",
    "LEAD_REACH",
    "LINE_REACH",
    "PLAYERS",
    "POINTERS",
    "SIDES",
    "TAILS",
    "TAIL_REACH",
    "UNNAMING",
    "bad_beside_player",
    "bad_candidate",
]

BAD: Final[str] = "bad"
# The gated hit: an insult of gamechat59's weight ("pudge is bad"), a person's only.
BAD_ENTRY: Final[Entry] = Entry(BAD, (BAD,), Category.INSULT, 0.6, None, True)
# The longest line the gate looks at: leads, the player, "bad" and tails ("lol report
# our pudge bad again lmao"); a longer message is no line of its own and pays nothing more.
LINE_REACH: Final[int] = 8
# The player's words: gamechat58's (every game's heroes, roles and player nouns).
PLAYERS: Final[frozenset[str]] = g59.PLAYERS
# An everyday word names the thing right after "bad" ("bad storm", "bad luck") or when
# pointed at ("this storm bad"), as gamechat56 and gamechat59 read it.
EVERYDAY_PLAYERS: Final[frozenset[str]] = g59.EVERYDAY_PLAYERS
POINTERS: Final[frozenset[str]] = g59.POINTERS
# Heroes' short names that read first as a verb or the weather before a bare "bad" name a
# player only after a side's word ("our storm bad", "enemy am bad"): bare, "am bad lol" is
# the writer and "storm bad" the weather.
UNNAMING: Final[frozenset[str]] = frozenset({
    "am", "sky", "storm", "earth", "tide", "clock", "shadow", "mercy", "entry", "zen", "sage",
})  # fmt: skip
SIDES: Final[frozenset[str]] = frozenset({"our", "their", "ur", "your", "enemy", "ya"})
# A lane's word right before a bare "bad" names the lane, not its player ("our mid bad":
# the lane lost, gamechat21's table); "bad mid" is still the player.
LANES: Final[frozenset[str]] = g8.LANES
# Before the player or "bad", opening the line: gamechat59's leads ("gg", "lol", "our",
# "their", "ur", "what a"); never "my" ("my pudge bad", "my bad pudge": an apology), a
# negation ("not bad pudge"), "too" ("too bad pudge": a pity) or a subject ("i was bad").
LEADS: Final[frozenset[str]] = g59.LEADS
LEAD_REACH: Final[int] = g59.LEAD_REACH
# After the player or "bad", closing the line: chat's tails only ("pudge bad lol", "bad
# sf again"); a pick, an item, a matchup or a patch is none ("pudge bad pick", "bad pudge
# build", "pudge bad vs sniper", "sf bad this patch").
TAILS: Final[frozenset[str]] = g59.TAILS
TAIL_REACH: Final[int] = g59.TAIL_REACH


def bad_beside_player(tokens: list[str]) -> bool:
    """A short line holding "bad" and a player's word: where the round's gated hit is
    made. One length test on any message; on a short one, two set tests of its tokens."""
    return len(tokens) <= LINE_REACH and BAD in tokens and not PLAYERS.isdisjoint(tokens)


def bad_candidate(tokens: list[str]) -> tuple[int, int, Entry]:
    """The gated hit at the line's first "bad" (the caller has seen one): the matcher's
    candidate, which a longer older line over it shadows ("so bad", "is bad", "bad af")."""
    at = tokens.index(BAD)
    return at, at + 1, BAD_ENTRY
