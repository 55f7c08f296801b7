"""Targeting rules of the hatecheck30 round (issue 8, twenty-first session): blame laid on
a named group, as functional hate-speech suites write it.

- Always the group: "it's always the jews", "its always the muslims", "always the
  immigrants again", "of course it's always the immigrants", "why is it always the
  muslims", "it's always the jews isn't it". The terms (hatecheck30_words.ALWAYS) count
  when the words before them reach their sentence's start over a short frame ("it's",
  "it was", "of course", "why is it"), a named group follows right after, and the clause
  closes or goes on with a tail ("again", "isn't it", "every time"). Clean: "it's always
  the printer" (no group), "it's always the women who get blamed", "always the muslims
  being attacked" (the clause goes on), "it's not always the immigrants", "people always
  blame the immigrants" (no frame), "it's always the jews, said every antisemite ever"
  (a saying after), reported and quoted lines.
- Blame laid on the group: "blame the jews", "just blame the trans people", "i blame
  immigrants for everything", "we blame women" ("blame" opens its sentence or has the
  writer for subject, a named group follows and the clause closes or goes on with "for"
  or a tail); "jews are to blame", "women are always to blame" (a named group and its
  copula right before "to blame"); "it's the immigrants' fault", "it's all the jews
  fault" (a named group right before "fault", the frame before it reaching its sentence's
  start). Clean: "blame the referee", "i blame the devs", "it's the server's fault" (no
  group), "don't blame the muslims", "i don't blame muslims", "immigrants are not to
  blame", "it's not the jews fault" (denied), "they always blame the jews", "people blame
  immigrants" (someone else blames), "i blame the media for the attacks on muslims", "i
  blame the racists, not the immigrants" (the group is not the one blamed), sayings
  ("saying women are to blame is sexist", "racists claim jews are to blame").
- The group said to be the problem: "women are the problem", "refugees are the real
  problem", "muslims are a problem", "women are the problem with this country" (a named
  group and its copula before "problem" over "the", "real", "whole"), "the problem is
  the jews", "the real problem is immigrants" ("problem" opening its sentence, "is" and a
  named group after). Clean: "the devs are the problem", "the problem is the lag" (no
  group), "immigrants are not the problem", "women aren't the problem", "the problem
  isn't the immigrants" (denied), "the problem is racism against jews", "the problem is
  women being underpaid" (the group is not the problem), "racists claim jews are the
  problem" (a saying); the older second-person terms ("you are the problem", "people
  like you are the problem") keep their readings.

- The writer wants none of a group: hatecheck29's older "don't want any" without
  "more", "i don't want any muslims", "we don't want any refugees, period" ("i" or "we"
  right before, a named group right after closing its clause or going on with a tail).
  Clean: "i don't want any drama" (no group), "i don't want any muslims to get hurt"
  (goes on to a harm), "they don't want any immigrants" (not the writer), sayings.

Each shape also stays clean for one person of a group ("blame the black guy", "always
the gay best friend").

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them, and in a message that names one they are read only in these shapes ("always", not
"always the", which would take "the worst" from "you're always the worst"); "always" (the
new anchor) stays a loose word to the person rules, as hatecheck29's anchors do.

Cost per hit: one frozenset test of the term; at most seven tokens back, three ahead to
the group and two past it. No regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck29_words as h29
from bot.core.scoring import hatecheck30_words as w
from bot.core.scoring import olid24_words as o24
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid24 import NO_PROBLEM_NOTE, Olid24Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_BLAME_NOTE", "HateCheck30Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_BLAME_NOTE: Final = "no named group blamed by the writer"


class HateCheck30Rules(Olid24Rules):
    """Blame laid on a named group: "it's always the jews", "blame the immigrants"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in h29.WANT_ANY:
            if target is not Kind.GROUP and self._none_wanted(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "i don't want any muslims"
            return target, note
        if term in o24.PROBLEM_TERMS:
            if note == NO_PROBLEM_NOTE and self._group_problem_taken(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "refugees are the real problem"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or self._hc28_others(ctx, hit):
            return Kind.OBJECT, NO_BLAME_NOTE
        if term == w.ALWAYS:
            end = self._always_group(ctx, hit)
        elif term == w.BLAME:
            end = self._blamed_group(ctx, hit)
        elif term in w.TO_BLAMES:
            end = hit.last if self._group_to_blame(ctx, hit) else -1
        elif term == w.PROBLEM:
            end = self._problem_group(ctx, hit)
        else:
            end = hit.last if self._group_at_fault(ctx, hit) else -1
        if end < 0 or ctx.tokens[end - 1] in w.ONE_PERSON or _said_after(ctx, end):
            return Kind.OBJECT, NO_BLAME_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _always_group(self, ctx: Context, hit: Hit) -> int:
        """ "it's always the GROUP": the frame reaching its sentence's start, the group
        right after, the clause closing or going on with a tail; where it ends, or -1."""
        if not _opens(ctx, ctx.back_over(hit.first, w.ALWAYS_LEAD, w.ALWAYS_REACH)):
            return -1
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in w.ALWAYS_THE:
            return -1
        end = self._hc28_group_after(ctx, hit.last + 1, w.ALWAYS_GAP)
        return end if end >= 0 and self._hc28_closes(ctx, end, w.TAILS) else -1

    def _blamed_group(self, ctx: Context, hit: Hit) -> int:
        """ "(i) blame (the) GROUP": "blame" opening its sentence or said by the writer,
        a named group after, the clause closing or going on with "for" or a tail."""
        start = ctx.back_over(hit.first, w.BLAME_GAP, w.BLAME_REACH)
        if not ctx.starts_sentence(start):
            at = start - 1
            if ctx.tokens[at] not in w.BLAMERS or ctx.pause_after(at):
                return -1
            if at > 0 and not ctx.starts_sentence(at) and ctx.tokens[at - 1] in w.BLAMERS:
                return -1
        end = self._hc28_group_after(ctx, hit.last, w.BLAME_GAP_AFTER)
        return end if end >= 0 and self._hc28_closes(ctx, end, w.BLAME_TAILS) else -1

    def _group_to_blame(self, ctx: Context, hit: Hit) -> bool:
        """ "GROUP are (always) to blame": a named group ending right before its copula,
        and the clause closing or going on with "for" or a tail."""
        at = ctx.back_over(hit.first, w.COPULA_GAP, w.COPULA_REACH) - 1
        if at < 1 or ctx.tokens[at] not in w.COPULAS or ctx.pause_after(at - 1):
            return False
        return self._group_start(ctx, at) >= 0 and self._hc28_closes(ctx, hit.last, w.BLAME_TAILS)

    def _group_at_fault(self, ctx: Context, hit: Hit) -> bool:
        """ "it's (all) the GROUP's fault": a named group right before "fault" (over the
        split "s"), the frame before it reaching its sentence's start, the clause closing
        or going on with a tail."""
        start = self._group_start(ctx, ctx.back_over(hit.first, w.FAULT_GAP, 1))
        if start < 0:
            return False
        lead = ctx.back_over(start, w.FAULT_LEAD, w.FAULT_REACH)
        return ctx.starts_sentence(lead) and self._hc28_closes(ctx, hit.last, w.TAILS)

    def _problem_group(self, ctx: Context, hit: Hit) -> int:
        """ "GROUP are the (real) problem": a named group and its copula before; or "the
        (real) problem is (the) GROUP" opening its sentence; where it ends, or -1."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PROBLEM_GAP, w.PROBLEM_REACH)
        if _opens(ctx, at):
            if hit.last >= len(tokens) or tokens[hit.last] not in w.PROBLEM_IS:
                return -1
            end = self._hc28_group_after(ctx, hit.last + 1, w.GROUP_GAP)
            return end if end >= 0 and self._hc28_closes(ctx, end, w.TAILS) else -1
        at -= 1
        if at < 1 or tokens[at] not in w.COPULAS or self._group_start(ctx, at) < 0:
            return -1
        return hit.last if self._hc28_closes(ctx, hit.last, w.PROBLEM_TAILS) else -1

    def _group_problem_taken(self, ctx: Context, hit: Hit) -> bool:
        """olid24's longer terms ("the real problem") take this round's "problem" and
        judge only people and camps: a named group said to be the problem is read here."""
        problem = hit._replace(first=hit.last - 1)
        if ctx.quoted(hit.first, hit.last) or self._hc28_said_else(ctx, problem):
            return False
        end = self._problem_group(ctx, problem)
        return end >= 0 and ctx.tokens[end - 1] not in w.ONE_PERSON and not _said_after(ctx, end)

    def _none_wanted(self, ctx: Context, hit: Hit) -> bool:
        """ "i don't want any GROUP": the writer right before, a named group right after
        closing its clause or going on with a tail, no saying or quote around it."""
        at = ctx.back_over(hit.first, w.WANT_GAP, w.WANT_REACH) - 1
        if at < 0 or ctx.tokens[at] not in w.WANTERS or ctx.pause_after(at):
            return False
        if self._hc28_others(ctx, hit):
            return False
        end = self._hc28_group_after(ctx, hit.last, w.GROUP_GAP)
        return (
            end >= 0
            and ctx.tokens[end - 1] not in w.ONE_PERSON
            and self._hc28_closes(ctx, end, w.WANT_TAILS)
        )

    def _group_start(self, ctx: Context, at: int) -> int:
        """Where a named group ending right before token `at` begins ("immigrants", "gay
        people"), with no pause after it, or -1."""
        tokens = ctx.tokens
        if at < 1 or ctx.pause_after(at - 1) or tokens[at - 1] in w.ONE_PERSON:
            return -1
        for i in (at - 1, at - 2):
            if i >= 0 and self._group_end(tokens, i) == at:
                return i
        return -1


def _said_after(ctx: Context, end: int) -> bool:
    """A saying right after the shape: "it's always the jews, said every antisemite"."""
    tokens = ctx.tokens
    return any(t in w.SAID_AFTER for t in tokens[end : end + w.SAID_REACH])


def _opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, or follows an opener and a comma ("yep, always the
    jews", "honestly, it's always the immigrants")."""
    if ctx.starts_sentence(at):
        return True
    before = at - 1
    return (
        before >= 0
        and ctx.tokens[before] in w.OPENERS
        and ctx.pause_after(before)
        and ctx.starts_sentence(before)
    )
