"""Targeting rules of the review14 round (issue 8, thirteenth session): a line's
exclusion or team blame asked back and answered against it is no attack.

- "gays are not allowed in here? that's illegal discrimination", "no jews allowed? not
  true, everyone is welcome": hateprobe6's shut-out reading (widened by hatecheck16 to
  "in here") asked back and denied or condemned.
- "thanks for nothing? no, thanks for everything!", "gg no team? no, my team was great":
  gamechat14's team blame asked back and answered "no".
- "immigrants are the scourge of society? no, poverty is": hatecheck16's group lines.

The answer is hatecheck10's (`_hc9_answered_no`, widened by review14 with "non è vero",
"not true" and "that's illegal / racist / discrimination").

Cost: one frozenset test of the hit's term; only these terms reach the answer check
(a look at the three tokens after the hit's sentence).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat14_words as g14
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid10 import Olid10Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["ASKED_BACK_NOTE", "Review14Rules"]

ASKED_BACK_NOTE: Final = "asked back and answered against"
# The blame lines asked back (en/insult.txt): "thanks for nothing? no, ...".
# hatecheck16's group lines asked back: "immigrants are the scourge of society? no, ...".
_ASKED_TERMS: Final = g14.GG_NO | frozenset({
    "thanks for nothing", "thx for nothing", "scourge", "lesser humans", "sub human",
    "sub humans", "have no brains", "have no brain", "are ugly", "are so ugly", "are all ugly",
    "is a rat", "is such a rat", "better place without", "never date",
})  # fmt: skip
_KEPT: Final = frozenset({Kind.OBJECT, Kind.REPORTED, Kind.NONE})


class Review14Rules(Olid10Rules):
    """An exclusion or a team's blame asked back and answered against."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; asked back and denied, no attack."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term not in _ASKED_TERMS and not (
            self._is_own6(entry) and entry.tokens[0] in self._allowed6
        ):
            return target, note  # most hits: one set look-up and _is_own6's
        if target in _KEPT or not (
            self._hc9_answered_no(ctx, hit) or self._olid7_asked_back(ctx, hit)
        ):
            return target, note
        return Kind.OBJECT, ASKED_BACK_NOTE
