"""Word lists of the gamechat43 round (targeting_gamechat43.py): a player's game judged
with "plays like trash" and its kin, said of a hero, a role or "they"."""

from __future__ import annotations

from typing import Final

# fmt: off
_PLAY_VERBS: Final[tuple[str, ...]] = ("play", "plays", "played", "playing")
_PLAY_VERDICTS: Final[tuple[str, ...]] = ("shit", "trash", "garbage", "crap", "ass")
# "play like shit" (gamechat4), "plays like ass" (gamechat13) and this round's lines
# ("plays like trash", "played like garbage", "playing like crap"), in every tense.
PLAY_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} like {verdict}" for verb in _PLAY_VERBS for verdict in _PLAY_VERDICTS
)
# fmt: on
