"""Targeting rules of the hatecheck65 round (issue 8): a named identity group said to be
of no use or worth to anyone in plain words, which no older line held.

- The group, opening its sentence as the subject, then its verb and the line: "disabled
  people are no use to anyone", "women are of no use", "a woman is no use to anyone",
  "immigrants are of no value to this country", "muslims are of no benefit to anyone",
  "jews serve no purpose", "women serve no useful purpose", "immigrants add nothing to
  this country", "black people bring nothing of value", "trans people have nothing to
  offer". Each line needs its own verbs before it (NEEDS: a copula for "no use",
  "serve" for "no purpose", "have" for "nothing to offer").
- The clause closes after the line or goes on only into whom or where it is of no use
  ("to anyone", "to this country", "of value", "at all", "in society", "to the table").

Clean: things and people who are no group ("this old phone is no use to anyone", "my
brother is no use in the kitchen", "that meeting served no purpose"), "it's no use" as
an exclamation ("it's no use, women will never get equal pay"), "nothing but" ("muslims
offer nothing but kindness"), what a group adds to a thing ("muslims add nothing to their
tea"), negations ("gay people are not of no use"), questions, counter-speech, reports and
quotes (the group not opening its sentence, hatecheck28's `_hc28_others`). The round's
own lines out of this shape are cancelled.

Cost per hit: a frozenset test of the term; then at most SUBJECT_REACH tokens back over
the verb and hedges, hatecheck64's subject walk (hatecheck22's two-token group walk and
its openers back to the sentence's start) and TAIL_REACH tokens on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck65_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian58 import Italian58Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED65_NOTE", "HateCheck65Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED65_NOTE: Final[str] = "no named group said to be of no use"


class HateCheck65Rules(Italian58Rules):
    """A named group said to be of no use or worth to anyone ("disabled people are no use
    to anyone", "muslims serve no purpose", "trans people have nothing to offer")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        the shape and cancelled out of it, the older "nothing" line raised to the group's
        in it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            shaped = self._hc65_useless(ctx, hit, hit.last, w.NEEDS[term])
        elif term == w.NOTHING and target is not Kind.GROUP:
            shaped = self._hc65_gives_nothing(ctx, hit)
        else:
            return target, note
        if shaped and target is not Kind.REPORTED and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_SHAPED65_NOTE  # "this old phone is no use to anyone"
        return target, note

    def _hc65_gives_nothing(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> add/bring/offer nothing [tails]", "<group> have nothing to offer
        [tails]": never "bring nothing but ..." (the older reading's)."""
        tokens = ctx.tokens
        end = hit.last + len(w.TO_OFFER)
        if tuple(tokens[hit.last : end]) == w.TO_OFFER:
            return self._hc65_useless(ctx, hit, end, w.HAVE | w.GIVE)
        return self._hc65_useless(ctx, hit, hit.last, w.GIVE)

    def _hc65_useless(self, ctx: Context, hit: Hit, end: int, needs: frozenset[str]) -> bool:
        """ "<group> [verb] [hedges] <line> [tails]": one of the verbs the line `needs` in
        the run before it, the group opening its sentence right before the run, and the
        clause closing at token `end` or going on only into TAILS; said, not asked
        ("immigrants are no use? they run our hospitals")."""
        run = ctx.back_over(hit.first, w.SUBJECT_RUN, w.SUBJECT_REACH)
        if needs.isdisjoint(ctx.tokens[run : hit.first]):
            return False  # "it's no use" needs "it" to be a group; "have no purpose" a verb
        return (
            ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
            and not ctx.ends_asking(hit.first)
            and self._hc64_member_opens(ctx, run)
        )
