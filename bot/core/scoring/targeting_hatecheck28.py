"""Targeting rules of the hatecheck28 round (issue 8, twentieth session): a place said to
hold too many of a named group, and the writer's aversion to a named group, as
functional hate-speech suites write them.

- A place that has too many of a group: "the world has too many immigrants", "this
  country has way too many muslims", "we have too many refugees", "the uk has far too
  many jews now". The older "too many" term (hatecheck13 reads it when a place follows
  the group) read here when a holder (hatecheck28_words.HOLDERS: a place, an institution,
  "we") and "has" / "have" stand right before it (over "way", "far", "got"), a named
  group right after (over hatecheck13's "of these", "fucking"), and the clause closes
  after the group or goes on with a tail ("now", "these days", "in ..."). Clean: "the
  world has too many cars", "this game has too many bugs" (no group), "the world has too
  many people suffering" (goes on to a state), "i have too many gay friends" (no
  holder), "saying the world has too many immigrants is racist" and "stop saying ..."
  (the older rules read the saying as reported, kept).
- The writer's aversion to a group: "i cannot stand black people", "i can not stand
  women", "i could never stand gay people", "i can't tolerate muslims", "i can't bear
  being around trans people", "i hate being near disabled people". The round's terms
  (hatecheck28_words.AVERSIONS) count when "i" is their subject (over a few adverbs), a
  named group follows (over "these", "any of"), and the clause closes after it or goes on
  with a tail ("anymore", "tbh"). Clean: "i cannot stand mondays", "i hate being around
  drunk people" (no group), "i cannot stand black coffee", "i can't stand gay people
  being bullied" and "i can't tolerate muslims being attacked" (a wrong done to them:
  the older "can't stand" reading of that shape is cancelled here too), "i cannot stand
  people who hate black people" (the group is not the object), "he said he cannot stand
  muslims", "people who can't stand gay people are bigots" (not the writer).

The aversion terms are group_only.FIRST_NAMED_TERMS: without a named group the clean
gate drops them.

Cost per hit: one frozenset test of the term; for "too many" and the round's terms, at
most three tokens back, four ahead to the group and two after it. No regex, no work for
messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck13_words as h13
from bot.core.scoring import hatecheck28_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum22 import Forum22Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_AVERSION_NOTE", "HateCheck28Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_AVERSION_NOTE: Final = "no named group held in too great a number or shunned by the writer"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class HateCheck28Rules(Forum22Rules):
    """A place that has too many of a named group; the writer's aversion to a named group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.TOO_MANY:
            if target in _UNAIMED and self._held(ctx, hit) and not self._hc28_others(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "the world has too many immigrants"
            return target, note
        if term in w.OLD_AVERSIONS:
            if target is Kind.GROUP and (self._wronged_after(ctx, hit) or _doer_before(ctx, hit)):
                return Kind.OBJECT, NO_AVERSION_NOTE  # "i can't stand gay people being bullied"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is Kind.REPORTED
            or not self._writer_before(ctx, hit)
            or self._hc28_others(ctx, hit)
        ):
            return Kind.OBJECT, NO_AVERSION_NOTE
        end = self._hc28_group_after(ctx, hit.last, w.GROUP_GAP)
        if end < 0 or not self._hc28_closes(ctx, end, w.AVERSION_TAIL):
            return Kind.OBJECT, NO_AVERSION_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _hc28_group_after(self, ctx: Context, at: int, gap: frozenset[str]) -> int:
        """The end of a named group starting at `at` over a few `gap` words, or -1."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.GROUP_REACH)):
            end = self._group_end(tokens, i)
            if end > i:
                return end
            if tokens[i] not in gap or ctx.pause_after(i):
                return -1
        return -1

    @staticmethod
    def _hc28_closes(ctx: Context, end: int, tails: frozenset[str]) -> bool:
        """The clause closes at `end` or one of `tails` follows: "... women anymore"."""
        return ctx.closes_clause(end) or (end < len(ctx.tokens) and ctx.tokens[end] in tails)

    def _held(self, ctx: Context, hit: Hit) -> bool:
        """ "the world has (way) too many GROUP": a holder and "has" before, a named group
        right after, and the clause closing or going on with a tail."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.MANY_BEFORE, w.MANY_REACH) - 1
        if at < 1 or tokens[at] not in w.HAS or ctx.pause_after(at - 1):
            return False
        if tokens[at - 1] not in w.HOLDERS:
            return False
        end = self._hc28_group_after(ctx, hit.last, h13.MANY_GAP)
        return end >= 0 and self._hc28_closes(ctx, end, w.MANY_TAIL)

    def _hc28_others(self, ctx: Context, hit: Hit) -> bool:
        """Not the writer's own claim: the shape quoted, or after someone else's saying
        or a denial (the later hatecheck rounds ask the same of theirs)."""
        return ctx.quoted(hit.first, hit.last) or self._hc28_said_else(ctx, hit)

    def _hc28_said_else(self, ctx: Context, hit: Hit) -> bool:
        """Someone else's saying before the shape ("stop saying ...", "people who think
        ..."), or the claim framed as false or denied ("it's false that ...")."""
        start = ctx.sentence_start(hit.first, w.FRAME_REACH)
        tokens = ctx.tokens
        return (
            any(
                tokens[i] in w.SAYINGS and (i == 0 or tokens[i - 1] not in w.SAYERS)
                for i in range(start, hit.first)
            )
            or self._hc27_reported(ctx, start, hit.first)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        )

    def _writer_before(self, ctx: Context, hit: Hit) -> bool:
        """ "i" right before the aversion, over a few adverbs ("honestly i just cannot"),
        or the aversion opening its sentence with no subject ("can't tolerate muslims")."""
        start = ctx.back_over(hit.first, w.WRITER_GAP, w.WRITER_REACH)
        if ctx.starts_sentence(start):
            return True
        at = start - 1
        return ctx.tokens[at] == w.WRITER and not ctx.pause_after(at)

    def _wronged_after(self, ctx: Context, hit: Hit) -> bool:
        """A wrong done to the group after it: "can't stand gay people being bullied"."""
        tokens = ctx.tokens
        end = self._hc28_group_after(ctx, hit.last, w.GROUP_GAP)
        if end < 0 or end >= len(tokens):
            return False
        if tokens[end] in w.WRONG_LINKS:
            end += 1
        return end < len(tokens) and tokens[end] in w.WRONGS


def _doer_before(ctx: Context, hit: Hit) -> bool:
    """ "people who can't stand immigrants are bigots": the aversion describes whoever holds
    it, the writer's judgement follows."""
    at = ctx.back_over(hit.first, w.WRITER_GAP, w.WRITER_REACH) - 1
    return at >= 0 and ctx.tokens[at] in w.DOERS
