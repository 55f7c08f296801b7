"""Targeting rules of the hatecheck66 round (issue 8): a named identity group refused any
place, or said to be pointless or a waste of time, in plain words no older line held.

- The refusal: "there is / there's / there should be [simply] no place | room for
  <group>", or "<place> has no place | room for <group>" ("this country", "our
  society", "britain"), opening its sentence, the group right after "for" (over "the",
  "all", "any") and the clause closing or going on only into where or since when ("in
  this country", "in sport", "here", "anymore"): "there is no place for trans people in
  this country", "there's no room for muslims here", "this country has no place for
  immigrants", "no place for jews here".
- The worth denied: "<group> are [a complete | utterly] pointless | a waste of time |
  a waste of resources | a waste of effort", the group opening its sentence as the
  subject and the clause closing or going on only into whom to ("to society", "tbh"):
  "women are a waste of time", "gays are pointless", "immigrants are a complete waste of
  resources".

Clean: no place for a thing ("there is no place for hate in this country", "there is no
place for racism against muslims"), a place for everyone, room on a bus or a place to do
a thing ("there's no room for disabled people on this bus, it's too crowded", "there is
no place for women to change at this gym"), things and deeds that are pointless
("meetings are pointless", "hating immigrants is pointless", "this debate about trans
people is a waste of time"), negations ("women are not a waste of time"), questions,
counter-speech, reports and quotes (the shape not opening its sentence, hatecheck28's
`_hc28_others`). The round's own lines out of these shapes are cancelled; "pointless" and
"waste of time" are chat11's insult lines (the first category holding a term owns it),
read here in the shapes and left to chat11 out of them.

Cost per hit: a frozenset test of the term; then at most THERE_REACH tokens back over the
refusal's opening (or two back to "<place> has"), hatecheck43's lead walk back to the
sentence's start, hatecheck60's group walk on (GROUP_REACH) and PLACE_TAIL_REACH tokens
after it; or WORTH_REACH tokens back over the verb and hedges, hatecheck64's subject walk
and WORTH_TAIL_REACH tokens on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck43_words as h43
from bot.core.scoring import hatecheck64_words as h64
from bot.core.scoring import hatecheck66_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_selfharm1 import SelfHarm1Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED66_NOTE", "HateCheck66Rules", "opens_over"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED66_NOTE: Final[str] = "no named group refused a place or called pointless"


class HateCheck66Rules(SelfHarm1Rules):
    """A named group refused any place ("there is no place for trans people in this
    country", "this country has no room for muslims") or said to be pointless or a waste
    of time ("women are a waste of time", "gays are pointless")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        the shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.NO_PLACE:
            shaped = self._hc66_refused(ctx, hit)
        elif term in w.WORTHLESS:
            shaped = self._hc66_worthless(ctx, hit)
        else:
            return target, note
        if shaped and target is not Kind.REPORTED and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if hit.entry.category is not Cat.IDENTITY_ATTACK:
            return target, note  # chat11's insult in the same words, read by chat11
        return Kind.NONE, NOT_SHAPED66_NOTE  # "there is no place for hate in this country"

    def _hc66_refused(self, ctx: Context, hit: Hit) -> bool:
        """ "there is no place for <group> [tails]", "<place> has no room for <group>
        [tails]", opening its sentence; said, not asked."""
        if self._hc60_group_after(ctx, hit.last, w.PLACE_TAILS, w.PLACE_TAIL_REACH) < 0:
            return False  # "no place for hate", "no room for disabled people on this bus"
        if ctx.ends_asking(hit.first):
            return False
        start = _refusal_start(ctx, hit.first)
        return start >= 0 and opens_over(ctx, start, h64.SUBJECT_LEADS)

    def _hc66_worthless(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> are [a complete] pointless | waste of time [tails]": a being verb in
        the run before the line, the group opening its sentence right before the run,
        the clause closing; said, not asked ("are immigrants pointless? no")."""
        run = ctx.back_over(hit.first, w.WORTH_RUN, w.WORTH_REACH)
        if w.COPULAS.isdisjoint(ctx.tokens[run : hit.first]):
            return False  # "women not a waste of time"
        return (
            ctx.closes_after(hit.last, w.WORTH_TAILS, w.WORTH_TAIL_REACH)
            and not ctx.ends_asking(hit.first)
            and self._hc64_member_opens(ctx, run)
        )


def _refusal_start(ctx: Context, first: int) -> int:
    """Where the refusal before token `first` opens: "there is", "there should be" (the
    run starting at "there" with a being verb), "<place> has", "this country has", or
    the line itself ("no place for jews here"); -1 for any other word before it."""
    tokens = ctx.tokens
    run = ctx.back_over(first, w.THERE_RUN, w.THERE_REACH)
    if run < first:
        if tokens[run] == w.THERE and not w.BEING.isdisjoint(tokens[run:first]):
            return run
        return -1
    if first < 2 or tokens[first - 1] not in w.HAS or tokens[first - 2] not in w.PLACES:
        return first if first == 0 or ctx.pause_after(first - 1) else -1
    owner = first - 3
    return owner if owner >= 0 and tokens[owner] in w.PLACE_OWNERS else first - 2


def opens_over(ctx: Context, at: int, lead: frozenset[str]) -> bool:
    """Token `at` opens its sentence over a run of `lead` words, or its clause after a
    pause with at most hatecheck43's OPENER_WORDS words before it in the sentence
    ("honestly, there is no place for ...")."""
    start = ctx.back_over(at, lead, h43.LEAD_REACH)
    if ctx.starts_sentence(start):
        return True
    if start < 1 or not ctx.pause_after(start - 1):
        return False
    return start - ctx.sentence_start(start, h43.SENTENCE_REACH) <= h43.OPENER_WORDS
