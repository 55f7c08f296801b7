"""Targeting rules of the hatecheck32 round (issue 8, twenty-second session): belonging
denied to a named group, as functional hate-speech suites write it (a negated positive
that older rules had no word for).

- Never belonging: "immigrants will never belong here", "muslims can never belong in
  this country", "trans people will never belong". The term "never belong"
  (hatecheck32_words.BELONG) counts when a named group opens its claim right before it
  over a short lead ("will", "can", "really"), or "they" opens its sentence after a
  group named in an earlier one ("Refugees again. They will never belong here."), and
  the clause closes or goes on with a tail ("here", "in", "among us").
- Not one of us: "jews are not one of us", "immigrants will never be one of us",
  "muslims aren't one of us", "a muslim is not one of us". The term "one of us"
  (ONE_OF_US) counts in the same places, with a denial ("not", "never", "aren't") in
  the lead between the subject and the term.

Clean look-alikes: "i will never belong here", "the new guy will never belong here",
"my cat is not one of us" (no named group); "immigrants are one of us" (no denial);
"people say immigrants will never belong here, which is a lie", quoted lines (someone
else's claim, hatecheck28's check); "trans people will never belong to a gym that
bans them" still reads (the group said never to belong), a known cost. The older
person terms ("he's not one of us", "you're not one of us") are longer and keep their
reading.

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them, and their words stay what they were to the other rules.

Cost per hit: one frozenset test of the term; one token ahead; at most four tokens back
over the lead and three for the group; for "they", the twelve tokens before it for a
named group (hateprobe4's reach); hatecheck28's saying check, back to the sentence's
start. No regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck32_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat31 import GameChat31Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_BELONGING_NOTE", "HateCheck32Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_BELONGING_NOTE: Final = "no named group denied belonging by the writer"


class HateCheck32Rules(GameChat31Rules):
    """Belonging denied to a named group: "immigrants will never belong here", "jews
    are not one of us"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or self._hc28_others(ctx, hit):
            return Kind.OBJECT, NOT_BELONGING_NOTE
        if term == w.BELONG:
            denied = self._hc32_belonging_denied(ctx, hit, w.BELONG_LEAD, w.BELONG_TAILS, False)
        else:
            denied = self._hc32_belonging_denied(ctx, hit, w.ONE_LEAD, w.ONE_TAILS, True)
        return (Kind.GROUP, IDENTITY_NOTE) if denied else (Kind.OBJECT, NOT_BELONGING_NOTE)

    def _hc32_belonging_denied(
        self,
        ctx: Context,
        hit: Hit,
        lead: frozenset[str],
        tails: frozenset[str],
        needs_denial: bool,
    ) -> bool:
        """A named group (or "they" after one) opening the claim right before the term
        over `lead`, a denial in the lead when `needs_denial`, and the clause closing or
        going on with one of `tails`."""
        tokens = ctx.tokens
        if not self._hc28_closes(ctx, hit.last, tails):
            return False
        at = ctx.back_over(hit.first, lead, w.LEAD_REACH)
        if needs_denial and w.DENIALS.isdisjoint(tokens[at : hit.first]):
            return False  # "immigrants are one of us"
        if at > 0 and tokens[at - 1] in w.THEY and not ctx.pause_after(at - 1):
            they = at - 1
            return ctx.starts_sentence(they) and they > 0 and self._named_before(ctx, they)
        start = self._hc22_group_before(ctx, at)
        if start > 0 and tokens[start - 1] in w.ANY_ONE:
            start -= 1  # "a muslim will never belong here": one taken as any of them
        return start >= 0 and not ctx.pause_after(at - 1) and self._hc22_opens(ctx, start)
