"""Words of the gamechat31 round (issue 8): a player named with two words ("the enemy
jungler", "our mid laner") called a thing or a beast, read by targeting_gamechat31.py."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat14_words as g14
from bot.core.scoring import gamechat30_words as g30

# The calls of a player as a thing or a beast: gamechat14's "is a dog", gamechat30's
# "is a literal dog". The round reads them again only where the older subject failed.
THING_CALLS: Final[frozenset[str]] = g14.THING_CALLS | g30.THING_CALLS
# Words after a role or a hero that keep it one player: "mid laner", "jungle main",
# "support player", "bot lane" (the lane's player, as "our bot is trash" reads).
ROLE_TAILS: Final[frozenset[str]] = frozenset({"laner", "player", "main", "lane"})
# "the enemy <role>": the owner's two words (one-word owners are gamechat14's).
ENEMY_OWNER: Final = ("the", "enemy")
# What may close the clause after the call: gamechat14's laughter and tails.
CLOSERS: Final[frozenset[str]] = g14.CALL_TAILS
