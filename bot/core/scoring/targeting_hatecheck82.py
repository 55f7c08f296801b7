"""Targeting rules of the hatecheck82 round (issue 8): a named group's trustworthiness or
humanity denied with a negative quantifier over the whole group, which the older rules
read at a thing or found no word in.

- The group named right after the quantifier, maybe with who or where it is: "none of the
  women here can be trusted", "not one of the muslims i know is trustworthy", "none of
  the jews are human", "not a single one of the immigrants here is human".
- "them" after the quantifier, for a group that closes the clause before it (over "and",
  "honestly" and a few tails): "i have met jews, not one of them is human", "i know lots
  of immigrants and not one of them can be trusted", "refugees? none of them can be
  trusted".

The verdict is hateprobe4's "trusted" or "trustworthy" cue, or a humanity line: the
round's own ("is human", "are human beings", lexicons/en/identity_attack.txt), cancelled
outside the shape, or hatecheck22's ("truly human"); a humanity line must close its
clause ("none of the refugees are human traffickers" goes on).

Clean: things and people who are no group ("none of these cables can be trusted", "none
of the politicians can be trusted"), "them" for something named after the group ("my
muslim neighbours have loud parrots and none of them can be trusted"), other verdicts and
praise ("none of the women here can be beaten at chess", "all of them can be trusted"),
the quantifier not opening its claim (reports and history: "the nazis claimed that none
of the jews were human"; questions: "are none of the muslims here trustworthy?"), quotes
and counter-speech (hatecheck28's `_hc28_others`), game talk.

Cost per hit: a frozenset test of the term (most hits end there); then at most
FILLER_REACH tokens back to the subject, RESTRICTIVE_REACH + DETERMINER_REACH + ONE_REACH
+ 2 more to the quantifier, and OPENER_REACH or LEAD_REACH + GROUP_TAIL_REACH + 2 before
it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck82_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck80 import HateCheck80Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "HateCheck82Rules"]

# The note that cancels the round's own humanity lines outside its shape.
UNSHAPED_NOTE: Final[str] = "no named group's humanity denied by the writer"


class HateCheck82Rules(HateCheck80Rules):
    """A named group's trust or humanity denied after "none of" or "not one of" ("none of
    the women here can be trusted", "i have met jews, not one of them is human")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the verdict denied to the whole group, the
        round's own lines cancelled outside the shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS:
            return target, note  # most hits
        if self._hc82_denied(ctx, hit, term):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_HUMANITY:
            return Kind.OBJECT, UNSHAPED_NOTE  # "we are human after all", "jews are human"
        return target, note

    def _hc82_denied(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The shape around the verdict: a humanity line said whole, the quantifier over a
        named group before it, the writer's own claim."""
        if term in w.HUMANITY and not ctx.closes_after(hit.last, w.TAILS, 1):
            return False  # "none of the refugees are human traffickers"
        if ctx.gaming and not ctx.in_real_life:
            return False  # "none of the germans can be trusted": a match's side
        start = self._hc82_quantified(ctx, ctx.back_over(hit.first, w.FILLERS, w.FILLER_REACH))
        if start < 0:
            return False
        return not ctx.quoted_or_asked(start, hit.last) and not self._hc28_others(ctx, hit)

    def _hc82_quantified(self, ctx: Context, at: int) -> int:
        """Where the negative quantifier starts whose group or "them" ends right before
        token `at` (over who or where the group is), or -1."""
        tokens = ctx.tokens
        if at >= 1 and tokens[at - 1] in w.THEM:
            start = self._hc82_quantifier(ctx, at - 2)
            return start if start >= 0 and self._hc82_group_closes(ctx, start) else -1
        end = ctx.back_over(at, w.RESTRICTIVE, w.RESTRICTIVE_REACH)
        for last in (end - 1, end - 2):  # the group's last word, or a word after it
            begin = self._hc82_group_start(tokens, last)
            if begin < 0 or (last != end - 1 and tokens[end - 1] not in w.RESTRICTIVE):
                continue
            of = ctx.back_over(begin, w.DETERMINERS, w.DETERMINER_REACH) - 1
            start = self._hc82_quantifier(ctx, of)
            if start >= 0 and ctx.opens_after(start, w.OPENERS, w.OPENER_REACH):
                return start
        return -1

    def _hc82_group_start(self, tokens: list[str], last: int) -> int:
        """Where a named group with its last word at token `last` starts, or -1: "jews",
        "gay people", and a group word after another ("gay men", "trans women")."""
        if last < 0:
            return -1
        begin = self._group_ending_at(tokens, last, last + 1)
        if begin >= 1 and self._group_named_at(tokens, begin - 1, last + 1):
            return begin - 1
        return begin

    @staticmethod
    def _hc82_quantifier(ctx: Context, of: int) -> int:
        """Where "none" or "not (a single) one" ends at "of" (token `of`) starts, or -1."""
        tokens = ctx.tokens
        if of < 1 or tokens[of] != w.OF or ctx.pause_after(of - 1):
            return -1
        if tokens[of - 1] == w.NONE:
            return of - 1
        if tokens[of - 1] != w.ONE:
            return -1
        start = ctx.back_over(of, w.ONE_LEADS, w.ONE_REACH)
        return start - 1 if start >= 1 and tokens[start - 1] == w.NOT else -1

    def _hc82_group_closes(self, ctx: Context, start: int) -> bool:
        """A named group closes the clause before the quantifier at `start`, over a few
        leads and tails ("i have met jews, [and] not one of them"), not the object of
        "for" or "about"."""
        tokens = ctx.tokens
        lead = ctx.back_over(start, w.LEADS, w.LEAD_REACH)
        if lead == start and lead >= 1 and not ctx.pause_after(lead - 1):
            return False  # "... parrots none of them": no lead, no pause
        at = ctx.back_over(lead, w.GROUP_TAILS, w.GROUP_TAIL_REACH)
        for end in (at, lead) if at != lead else (lead,):
            begin = self._hc82_group_start(tokens, end - 1)
            if begin >= 0 and not ctx.quoted(begin, end):
                return not self._hc9_governed(tokens, begin)
        return False
