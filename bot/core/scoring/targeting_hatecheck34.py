"""Targeting rules of the hatecheck34 round (issue 8, twenty-third session): a named group
equated with a lower kind of person without "are", as functional hate-speech suites and
slogans write it.

- The slogan's two halves: a lead ("another", "one more", "more") and a named group,
  then (after a comma, a link word "means"/"equals", or nothing) the same lead and an
  older insult term for a lower kind (hatecheck34_words.LOWER_KINDS: "terrorist",
  "criminal", "thief", "rapist", ...): "another muslim, another terrorist", "another
  jew, another thief", "one more immigrant, one more criminal", "another muslim means
  another terrorist". The older rules read the term as said of no one there. The first
  half opens its sentence (after openers, or after a comma: "guess what, another muslim,
  another terrorist") and the clause closes or goes on with a tail after the term.
  Stay clean: "another politician, another thief", "another day, another criminal
  trial" (no protected group), "another muslim doesn't mean another terrorist",
  "another immigrant is not another criminal" (denied: no link word), "another muslim,
  another terrorist? really?" (asked), "stop saying another refugee, another rapist"
  (someone else's claim, hatecheck28's check), quoted slogans, "another terrorist was
  arrested today" (no first half).

Outside the shape the term keeps the older rules' reading: nothing is cancelled.

Cost per hit: one frozenset test of the term; then at most two lead tokens, one link,
two group tokens and two more lead tokens back; hatecheck28's saying check. No regex,
no lexicon lines, no new work for messages without these terms.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck34_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid26 import Olid26Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck34Rules"]


class HateCheck34Rules(Olid26Rules):
    """A named group equated with a lower kind: "another muslim, another terrorist"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a lower kind aimed at a group in the slogan."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.LOWER_KINDS or target is Kind.GROUP:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not self._hc28_others(ctx, hit)
            and self._hc34_slogan(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "another muslim, another terrorist"
        return target, note

    def _hc34_slogan(self, ctx: Context, hit: Hit) -> bool:
        """The same lead before the term and before a named group just ahead of it, a
        comma, a link word or nothing between, the first half opening its sentence and
        the clause closing (or going on with a tail) after the term."""
        tokens = ctx.tokens
        if not self._hc28_closes(ctx, hit.last, w.TAILS):
            return False
        lead = _hc34_lead(tokens, hit.first)
        if lead is None:
            return False
        at = hit.first - len(lead)
        if at >= 1 and tokens[at - 1] in w.LINKS and not ctx.pause_after(at - 1):
            at -= 1  # "another muslim means another terrorist"
        start = self._hc22_group_before(ctx, at)
        if start < len(lead) or tuple(tokens[start - len(lead) : start]) != lead:
            return False
        first = start - len(lead)
        return self._hc22_opens(ctx, first) or ctx.pause_after(first - 1)


def _hc34_lead(tokens: list[str], end: int) -> tuple[str, ...] | None:
    """The slogan's lead ending right before token `end` ("another", "one more",
    "more"), or None."""
    for lead in w.LEADS:
        size = len(lead)
        if end >= size and tuple(tokens[end - size : end]) == lead:
            return lead
    return None
