"""Targeting rules of the hatecheck39 round (issue 8, twenty-sixth session): a bad habit
pinned on a named identity group with a bare verb, no insult word, as functional
hate-speech suites and hateful posts write it.

- A group always at a habit: the lexicon's hatecheck39 lines (hatecheck39_words.HABITS:
  "always play the victim", "always make excuses", "always ask for handouts", "always
  cry racism", "always want special treatment", "constantly overreacting", ...) and
  discord31's "always whine" count when the token before them, over a short gap ("are",
  "just", "literally"), ends a named identity group: "muslims always whine", "immigrants
  always play the victim", "disabled people are always asking for handouts", "black
  people always make excuses", "women always overreact". The older rules found no hit
  there, or one said to the reader only ("always whine").
- Stay clean: no protected group ("politicians always whine", "my kids always play the
  victim", "my muslim friend always makes excuses": the round's lines are cancelled,
  discord31's keeps its older reading), the writer's own group ("we muslims always
  overthink lol", "we women always overreact"), a gap broken by a denial or a pause
  ("disabled people are not always asking for handouts"), asked, quoted or reported
  ("do immigrants always cry racism?", "my uncle says black people always make
  excuses"), someone else's claim, a counter or a frame ("stop saying women always
  overreact", "saying immigrants always play the victim is racist", "it's a stereotype
  that muslims always whine": hatecheck36's checks).

The terms are in group_only.FIRST_NAMED_TERMS, as hatecheck36's are: words anchoring only
such terms ("handouts", "overreact") stay unknown to the other rules and out of the clean
fast path without a group, so "you always overreact" reads as before.

Cost per hit: one frozenset test of the term; at most four tokens back over the gap and
one group test, one token before the group for the writer's own, three before it for a
frame, then the older group rules' denial checks (sentence-bounded). No regex, no new
work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck39_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid28 import Olid28Rules
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "NOT_AS_INSULT_NOTE",
    "NOT_OF_GROUP_NOTE",
    "NOT_OTHERED_NOTE",
    "HateCheck39Rules",
    "hc39_own_member",
]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_OF_GROUP_NOTE: Final = "a bad habit not pinned on a named group"
NOT_OTHERED_NOTE: Final = "no named group othered by the writer"
NOT_AS_INSULT_NOTE: Final = "no group's member used as the insult"


class HateCheck39Rules(Olid28Rules):
    """A named group always at a bad habit: "immigrants always play the victim"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's habits aimed at a named group,
        cancelled otherwise; discord31's "always whine" aimed in the same shape only."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.LIKE_US:
            if (
                target is not Kind.REPORTED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and self._hc39_othered(ctx, hit)
                and not self._hc39_denied(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "black people aren't like us"
            return Kind.OBJECT, NOT_OTHERED_NOTE  # "people like us", "muslims are just like us"
        if term in w.THING_TERMS or term == w.TYPICAL:
            return self._hc39_as_insult(ctx, hit, target, note)
        own = term in w.HABITS
        if not own and term not in w.OLD_HABITS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and self._hc39_of_group(ctx, hit)
            and not self._hc39_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "immigrants always play the victim"
        if own:
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "politicians always play the victim"
        return target, note

    def _hc39_of_group(self, ctx: Context, hit: Hit) -> bool:
        """A named identity group right before the habit over the gap ("are", "just"),
        no pause between, not the writer's own ("we muslims") and no stereotype's frame
        right before it: "muslims always whine", "black people are always making
        excuses"."""
        tokens = ctx.tokens
        for at in range(hit.first - 1, max(-1, hit.first - 1 - w.GAP_REACH), -1):
            if ctx.pause_after(at):
                return False
            if tokens[at] in w.GAP:
                continue
            start = self._group_ending_at(tokens, at, hit.first)  # never "my gay friend"
            return start >= 0 and self._hc39_theirs(tokens, start)
        return False

    @staticmethod
    def _hc39_theirs(tokens: list[str], start: int) -> bool:
        """The group at `start` is protected, not the writer's own ("we muslims") and not
        named by a stereotype's frame ("the trope that muslims ...")."""
        return (
            tokens[start] not in w.NOT_PROTECTED
            and not (start >= 1 and tokens[start - 1] in w.SELF)
            and not _hc39_framed(tokens, start)
        )

    def _hc39_othered(self, ctx: Context, hit: Hit) -> bool:
        """A named group opening the claim, a denial in the lead before "like us" and the
        clause closing after it: "black people aren't like us", "jews are nothing like
        us", "refugees will never be like us at all"."""
        tokens = ctx.tokens
        if not self._hc28_closes(ctx, hit.last, w.LIKE_TAILS):
            return False
        at = ctx.back_over(hit.first, w.LIKE_LEAD, w.LIKE_REACH)
        if w.LIKE_DENIALS.isdisjoint(tokens[at : hit.first]):
            return False  # "muslims are just like us"
        start = self._hc22_group_before(ctx, at)
        return (
            start >= 0
            and not ctx.pause_after(at - 1)
            and self._hc22_opens(ctx, start)
            and self._hc39_theirs(tokens, start)
        )

    def _hc39_as_insult(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "such a muslim thing to do", "so typical of a jew": aimed at the group in that
        shape; the round's terms cancelled elsewhere, "typical" left to its older reading."""
        tokens = ctx.tokens
        if hit.entry.term == w.TYPICAL:
            member = hit.last + 2  # "typical of a jew"
            shaped = (
                member < len(tokens)
                and tokens[hit.last] == w.OF
                and tokens[hit.last + 1] in w.A
                and self._hc28_closes(ctx, member + 1, w.TYPICAL_TAILS)
            )
            after = member + 1
        else:
            member = hit.first - 1  # "such a muslim thing to do"
            shaped = member >= 2 and tokens[member - 1] in w.A and tokens[member - 2] in w.SUCH
            after = hit.last
        if (
            shaped
            and tokens[member] in w.MEMBERS
            and target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, after)
            and not hc39_own_member(tokens)
            and not ctx.any_ahead(after, w.KIND_AFTER, w.KIND_REACH)
            and not self._hc39_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "such a muslim thing to do"
        if hit.entry.term == w.TYPICAL:
            return target, note
        return Kind.OBJECT, NOT_AS_INSULT_NOTE  # "such a kind thing to do"

    def _hc39_denied(self, ctx: Context, hit: Hit) -> bool:
        """Not the writer's claim: someone else's saying, a counter, a denial or a
        myth's frame (the older group rules' checks)."""
        return (
            self._hc28_others(ctx, hit)
            or self._countered(ctx, hit)
            or self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        )


def _hc39_framed(tokens: list[str], start: int) -> bool:
    """A stereotype's frame right before the group at `start` ("the trope that", "the
    stereotype that"): the claim is named, not made."""
    at = start - 1
    if at >= 0 and tokens[at] in w.ARTICLES:
        at -= 1  # "the idea that the jews ..."
    return at >= 1 and tokens[at] == w.THAT and tokens[at - 1] in w.FRAMES


def hc39_own_member(tokens: list[str]) -> bool:
    """The writer says they are one of the group: "as a muslim", "im a black woman"."""
    return any(
        tokens[i] in w.SELF_BEFORE and tokens[i + 1] in w.A and tokens[i + 2] in w.MEMBERS
        for i in range(len(tokens) - 2)
    )
