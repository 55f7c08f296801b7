"""Targeting rules of the hatecheck33 round (issue 8, twenty-third session): a named
group called a burden with a word between, as functional hate-speech suites write it,
and rarer judging words said of a group.

- A burden, quantified: "immigrants are all a burden", "disabled people are all just a
  burden", "refugees are nothing but a burden", "we took in some refugees. they are all
  a burden.", "I have a disabled cousin, they are all a burden". The older term "are a
  burden" stops at the word between; the terms (hatecheck33_words.BURDENS: "all a
  burden", "just a burden", ...) count when a copula ("are", "they're") comes right
  before them, a named group opens the claim right before the copula, or "they" does
  after a group named earlier in the message (opening its sentence or its clause after
  a comma), and the clause closes or goes on with a tail ("a burden on us", "here").
  Stay clean: "these bills are all a burden", "i feel like i'm just a burden" (no
  group), "disabled people are never just a burden" (a word between the copula and the
  term), "who says refugees are all a burden?" (asked), "saying immigrants are all a
  burden is cruel" (someone else's claim, hatecheck28's check).
- Rarer judging words ("immigrants are feckless", "jews are conniving", "women are
  gormless") are [said_of_group] cue lines (cues.txt, hatecheck33): hateprobe3's rule
  reads them only as said of a named group, so "politicians are feckless" and "the plot
  is insipid" stay clean; no code here.

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them, and their words stay what they were to the other rules.

Cost per hit: one frozenset test of the term; one token ahead; one or two back for the
copula and three for the group; for "they", hateprobe4's reach back for a named group;
hatecheck28's saying check, back to the sentence's start. No regex, no work for
messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck33_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian33 import Italian33Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_BURDEN_NOTE", "HateCheck33Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_A_BURDEN_NOTE: Final = "no named group called a burden by the writer"


class HateCheck33Rules(Italian33Rules):
    """A named group called a burden with a word between: "immigrants are all a burden",
    "I have a disabled cousin, they are all a burden"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not self._hc28_others(ctx, hit)
            and self._hc33_group_burdened(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "immigrants are all a burden"
        return Kind.OBJECT, NOT_A_BURDEN_NOTE  # "these bills are all a burden"

    def _hc33_group_burdened(self, ctx: Context, hit: Hit) -> bool:
        """A copula right before the term, a named group (or "they" after one) opening
        the claim right before it, and the clause closing or going on with a tail."""
        tokens = ctx.tokens
        if not self._hc28_closes(ctx, hit.last, w.TAILS):
            return False
        at = hit.first - 1
        if at < 1 or tokens[at] not in w.COPULAS or ctx.pause_after(at - 1):
            return False
        if tokens[at - 1] in w.THEY:
            return self._hc33_they_carries(ctx, at - 1)
        start = self._hc22_group_before(ctx, at)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc33_they_carries(self, ctx: Context, they: int) -> bool:
        """ "they" opens its sentence, or its clause after a comma, with a group named
        before it: "we took in refugees. they are ...", "a disabled cousin, they are ..."."""
        if they == 0:
            return False
        opens = ctx.starts_sentence(they) or ctx.pause_after(they - 1)
        return opens and self._named_before(ctx, they)
