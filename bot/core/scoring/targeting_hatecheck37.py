"""Targeting rules of the hatecheck37 round (issue 8, twenty-fifth session): a member's
place or success called undeserved because of their identity group, as functional
hate-speech suites and hateful posts write it.

- Only there because of the group: "only" and a success or a place ("got the job",
  "here", "let her in", "hired", "the only reason he got promoted is") before "because"
  and the member's group ("she's black", "he is gay", "she's a woman", "they're
  muslim"): "she only got the job because she's black", "they only let her in because
  she's a woman", "the only reason he got hired is because he's mexican". The anchor
  "only" is in group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
  it, and beside one it counts only in this shape. Stay clean: "she only got the job
  because she's the boss's daughter" (no group), "i only got hired because i'm black"
  (the writer's own), "he only got promoted because he's good".
- Only there because of a stand-in for the group (hatecheck37_words.REASONS: "quotas",
  "affirmative action", "her race", "his skin color", "a diversity box") after "because
  of" or "to fill", "to meet", "to tick", with "only" and a success before: "he's only
  here because of diversity quotas", "she was only hired to fill a quota", "she only got
  in because of affirmative action". Stay clean: "affirmative action helped a lot of
  students", "the quota for tickets is filled", "i'm only here because of my mom".
- A member called a hire for their group (HIRES: "diversity hire", "dei hire",
  "affirmative action hire", "quota hire"): "another diversity hire", "he's a dei hire",
  "fire the diversity hires". Stay clean: denied or named as a claim ("she's not a
  diversity hire", "no such thing as a diversity hire", "stop calling people diversity
  hires"), judged after ("diversity hires are a myth", "the diversity hire thing is
  racist").

Every shape stays clean asked, quoted, reported or said by someone else ("my uncle says
she only got the job because she's black smh", "it's wrong to say ..."); the hit is
cancelled (Kind.OBJECT) outside the shapes. REASONS and HIRES stay unknown to the other
rules (lexicon_compile._ROUNDS_OWN_TERMS), "only" a loose word to the person rules. An
"only" hit never reaches the rules where no group is named (a group_only claim,
lexicon_compile) or no "because" follows it within reach (scorer.py,
hatecheck37_words.without_stray_only): "you are the only motherfucker with common sense"
keeps its older reading and explanation.

Cost per hit: one frozenset test of the term; at most nine tokens ahead to "because"
and six past it to the group, or three back to "of" or "to" and nine further back to
"only"; six back and five ahead for a hire's denial. No regex, no new work for messages
without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck37_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision22 import Precision22Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_UNDESERVED_NOTE", "HateCheck37Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_UNDESERVED_NOTE: Final = "no member's place called undeserved for their group"


class HateCheck37Rules(Precision22Rules):
    """A member's place called undeserved for their group: "she only got the job because
    she's black", "he's only here because of diversity quotas", "another diversity hire"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's terms read in its shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.ONLY:
            end = self._hc37_only_group(ctx, hit)
        elif term in w.REASONS:
            end = hit.last if _hc37_reason_shape(ctx, hit) else -1
        elif term in w.HIRES:
            end = hit.last if not _hc37_hire_denied(ctx, hit) else -1
        else:
            return target, note
        if (
            end < 0
            or target is Kind.REPORTED
            or ctx.quoted_or_asked(hit.first, end)
            or self._hc28_others(ctx, hit)
        ):
            return Kind.OBJECT, NOT_UNDESERVED_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _hc37_only_group(self, ctx: Context, hit: Hit) -> int:
        """ "only got the job because she's black": the success, "because", the member
        and the group after "only", closing the clause; where the group ends, or -1."""
        because = _hc37_because_after(ctx, hit)
        if because < 0:
            return -1
        tokens = ctx.tokens
        at = because + 1
        if at < len(tokens) and tokens[at] in w.PRONOUN_ONE:
            at += 1  # "shes"
        elif at + 1 < len(tokens) and tokens[at] in w.PRONOUNS and tokens[at + 1] in w.COPULAS:
            at += 2  # "she s", "he is"
        else:
            return -1
        if at < len(tokens) and tokens[at] in w.ARTICLES:
            at += 1  # "a woman"
        if at >= len(tokens) or not (
            tokens[at] in self._cue_identity or tokens[at] in self._cue_identity_adjective
        ):
            return -1
        end = at + 1
        if end < len(tokens) and tokens[end] in self._cue_people:
            end += 1  # "a black woman", "a gay man"
        if ctx.closes_clause(end) or tokens[end] in w.TAILS:
            return end
        return -1


def _hc37_self_before(ctx: Context, only: int) -> bool:
    """The writer's own luck: "i only got ...", "i'm only here ...", "we only won ..."."""
    tokens = ctx.tokens
    at = ctx.back_over(only, w.COPULAS | {"m", "am", "just", "really"}, 2) - 1
    return at >= 0 and tokens[at] in w.SELF


def _hc37_because_after(ctx: Context, hit: Hit) -> int:
    """ "only ... because": "because" within reach after "only", a success or a place
    between, no pause and not the writer's own; its index, or -1."""
    if _hc37_self_before(ctx, hit.first):
        return -1
    tokens = ctx.tokens
    if hit.last < len(tokens) and tokens[hit.last] in w.BECAUSE:
        # "she got the job only because ...": the success before "only".
        return hit.last if _hc37_success_back(ctx, hit.first) else -1
    success = False
    for at in range(hit.last, min(len(tokens), hit.last + w.ONLY_REACH)):
        token = tokens[at]
        if token in w.BECAUSE:
            return at if success else -1
        if _hc37_stops(ctx, at):
            return -1  # "the only reason i got in", "only got bullied", a pause
        success = success or token in w.SUCCESS
    return -1


def _hc37_stops(ctx: Context, at: int) -> bool:
    """Token `at` ends the search: the writer ("i"), a harm ("bullied", "picked on") or
    a pause after it."""
    tokens = ctx.tokens
    token = tokens[at]
    return (
        token in w.SELF
        or token in w.HARMS
        or (token == w.ON and at > 0 and tokens[at - 1] == w.PICKED)
        or ctx.pause_after(at)
    )


def _hc37_success_back(ctx: Context, only: int) -> bool:
    """A success before "only" in its sentence, no harm, pause or writer between: "she
    got the job only because", never "i got in only because"."""
    tokens = ctx.tokens
    start = ctx.sentence_start(only, w.SUCCESS_BACK_REACH)
    success = False
    for at in range(only - 1, max(start, only - w.SUCCESS_BACK_REACH) - 1, -1):
        if _hc37_stops(ctx, at):
            return False
        success = success or tokens[at] in w.SUCCESS
    return success


def _hc37_only_before(ctx: Context, at: int) -> bool:
    """ "only" within reach before token `at`, a success or a place between, no pause,
    and not the writer's own: "he's only here because of", "she was only hired to"."""
    tokens = ctx.tokens
    success = False
    for i in range(at - 1, max(-1, at - 1 - w.ONLY_REACH), -1):
        if ctx.pause_after(i):
            return False
        token = tokens[i]
        if token == w.ONLY:
            return success and not _hc37_self_before(ctx, i)
        if _hc37_stops(ctx, i):
            return False
        success = success or token in w.SUCCESS
    return False


def _hc37_reason_shape(ctx: Context, hit: Hit) -> bool:
    """ "only ... because of (the) quotas", "only hired to fill a quota": "because of" or
    a filling verb and "to" right before the reason, "only" and a success before that."""
    tokens = ctx.tokens
    if hit.entry.term == w.DIVERSITY and (
        hit.last >= len(tokens) or tokens[hit.last] not in w.DIVERSITY_AFTER
    ):
        return False  # "because of diversity", "diversity quotas" (read at "quotas")
    at = ctx.back_over(hit.first, w.REASON_GAP, w.REASON_REACH)
    if at >= 2 and tokens[at - 1] == w.OF and tokens[at - 2] in w.BECAUSE:
        return _hc37_only_before(ctx, at - 2)
    if at >= 2 and tokens[at - 1] in w.FILLS and tokens[at - 2] == w.TO:
        return _hc37_only_before(ctx, at - 2)
    return False


def _hc37_hire_denied(ctx: Context, hit: Hit) -> bool:
    """The writer's own ("i was a diversity hire lol"), a hire denied or named as a claim
    before ("she's not a diversity hire", "stop calling people dei hires"), or judged
    after ("diversity hires are a myth")."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.HIRE_LEAD, w.HIRE_LEAD_REACH)
    if at >= 1 and tokens[at - 1] in w.SELF_COPULAS:
        at -= 1  # "i was a diversity hire"
    if at >= 1 and tokens[at - 1] in w.SELF:
        return True  # the writer's own: "im literally a diversity hire"
    start = max(ctx.sentence_start(hit.first, w.HIRE_REACH), hit.first - w.HIRE_REACH)
    if not w.HIRE_DENIALS.isdisjoint(tokens[start : hit.first]):
        return True
    return ctx.any_ahead(hit.last, w.HIRE_JUDGED, w.HIRE_JUDGED_REACH)
