"""Targeting rules of the hatecheck29 round (issue 8, twenty-first session): a wish for
fewer of a named group, and the writer fed up with a named group, as functional
hate-speech suites write them.

- A wish for fewer of a group: "we need fewer women in tech", "this country needs fewer
  muslims", "i want far fewer refugees", "we should have fewer gay people on tv", "there
  should be fewer muslims", "we could do with fewer immigrants", "britain would be better
  with fewer refugees", "i'd like fewer jews around", "fewer muslims.", "we need less
  immigrants", "the fewer immigrants the better", "we don't need any more
  refugees", "no more immigrants" (not "the less ... the better": a term "the less" would
  take "the less intelligent" from the older "less intelligent"). The round's terms
  (hatecheck29_words.FEWER_TERMS) count when a wisher (the writer, "we", a place or a
  people) and a wish verb ("need", "want", a modal's "have") stand before "fewer" / "less"
  (or a denial before "need any more"; "the fewer ... the better" and "no more" open
  their sentence), a named group follows (over "these", "of", "you"), and the clause
  closes after the group or goes on with a tail ("in tech", "here", "please"; an opening
  "fewer" only with "please" or "now"). Clean: "fewer women in tech than men", "we need
  fewer meetings", "no more mondays" (no group), "we need fewer barriers for disabled
  people", "we need fewer attacks on muslims" (the group is not the object), "we need
  fewer women dying in childbirth", "no more muslims being attacked" (goes on to a state
  or a wrong), "we need fewer black people in prison" (a harm wished away), "the more
  women in charge the better" (no term), "saying we need fewer immigrants is racist"
  and reported speech (hatecheck28's reading of a saying).
  The older "don't want any" is read the same way when "more" and a named group follow
  ("we don't want any more jews"; "we don't want any more drama" stays clean).
- The writer fed up with a group: "i've had enough of jews", "i have had more than enough
  of muslims", "i've had it with trans people", "enough of these immigrants already",
  "enough with the immigrants", "i'm so tired of women", "i'm done with women", "we've
  had enough of refugees". The round's terms (hatecheck29_words.FED_TERMS) count when
  the writer ("i", "we") is their subject over "have" / "am" and a few adverbs ("enough
  of" may also open its sentence), a named group follows and the clause closes or goes
  on with a tail. Clean: "i've had enough of this rain", "i'm done with work", "i'm
  tired of you" (no group), "i've had enough of muslims being blamed" (goes on to a
  wrong), "enough of the abuse of immigrants", "i'm done with racists who hate jews"
  (the group is not the object), "he's had it with jews" (not the writer), "people who
  say they've had enough of muslims are bigots" (a saying).

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them, and in a message that names one they are read only in these shapes; their new
anchors ("fewer", "had") stay loose words to the person rules (loose_terms.py).

Cost per hit: one frozenset test of the term; at most four tokens back, four ahead to
the group and five after it. No regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck29_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord25 import Discord25Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_WISH_NOTE", "HateCheck29Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_WISH_NOTE: Final = "no named group wished fewer or tired of by the writer"
# How the shape must go on after its group: a tail, "the better", or a bare close.
_TAIL: Final = "tail"
_BETTER: Final = "better"
_BARE: Final = "bare"


class HateCheck29Rules(Discord25Rules):
    """A wish for fewer of a named group; the writer fed up with a named group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.WANT_ANY:
            if target is not Kind.GROUP and self._more_wanted_not(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "we don't want any more jews"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or self._hc28_others(ctx, hit):
            return Kind.OBJECT, NO_WISH_NOTE
        if term in w.FED_TERMS:
            lead, close = self._fed_lead(ctx, hit), _TAIL
        else:
            lead, close = self._fewer_lead(ctx, hit)
        if not lead:
            return Kind.OBJECT, NO_WISH_NOTE
        end = self._hc28_group_after(ctx, hit.last, w.GROUP_GAP)
        if end < 0:
            return Kind.OBJECT, NO_WISH_NOTE
        if close == _BETTER:
            closed = _better_after(ctx, end)
        elif close == _BARE:  # "fewer muslims." but not "fewer women in tech than ..."
            closed = ctx.closes_clause(end) or ctx.tokens[end] in w.BARE_TAIL
        else:
            closed = _closes(ctx, end)
        if not closed:
            return Kind.OBJECT, NO_WISH_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _fewer_lead(self, ctx: Context, hit: Hit) -> tuple[bool, str]:
        """Whether the wish's frame stands before the term, and how the shape must go on
        after its group ("the fewer ... the better"; an opening "fewer" said bare)."""
        tokens = ctx.tokens
        term = hit.entry.term
        if term == w.NO_MORE:
            return ctx.starts_sentence(hit.first), _TAIL
        if term == w.FEWER and hit.first > 0 and tokens[hit.first - 1] == "the":
            return ctx.starts_sentence(hit.first - 1), _BETTER
        if term in w.NEED_LESS:
            return self._wisher_before(ctx, hit.first), _TAIL
        if term == w.ANY_MORE:
            at = hit.first - 1
            if at < 1 or tokens[at] not in w.WANTS or ctx.pause_after(at - 1):
                return False, _TAIL
            return any(tokens[i] in w.DENIALS for i in range(max(0, at - 3), at)), _TAIL
        at = ctx.back_over(hit.first, w.FEWER_GAP, 3) - 1  # "fewer"
        if ctx.starts_sentence(at + 1):
            return True, _BARE  # "fewer immigrants please"
        if ctx.pause_after(at):
            return False, _TAIL
        previous = tokens[at - 1] if at > 0 and not ctx.pause_after(at - 1) else ""
        if tokens[at] == w.WITH or (tokens[at] == w.BE and previous in w.MODALS):
            return previous in w.WITH_AFTER or tokens[at] == w.BE, _TAIL
        if tokens[at] in w.HAVE or (tokens[at] == w.LIKE and previous in w.WOULD):
            if previous not in w.MODALS and previous not in w.WOULD:
                return False, _TAIL
            at -= 1
        elif tokens[at] not in w.WANTS:
            return False, _TAIL
        return self._wisher_before(ctx, at), _TAIL

    def _more_wanted_not(self, ctx: Context, hit: Hit) -> bool:
        """ "we don't want any more GROUP": the older term, "more", a named group closing
        its clause, a wisher before, and no saying or quote around it."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] != w.MORE:
            return False
        if self._hc28_others(ctx, hit):
            return False
        end = self._hc28_group_after(ctx, hit.last + 1, w.GROUP_GAP)
        return end >= 0 and _closes(ctx, end) and self._wisher_before(ctx, hit.first)

    @staticmethod
    def _wisher_before(ctx: Context, at: int) -> bool:
        """A wisher right before token `at` over a few adverbs ("we really need"), or the
        wish opening its sentence ("need fewer immigrants")."""
        start = ctx.back_over(at, w.WISHER_GAP, w.WISHER_REACH)
        if ctx.starts_sentence(start):
            return True
        return ctx.tokens[start - 1] in w.WISHERS and not ctx.pause_after(start - 1)

    @staticmethod
    def _fed_lead(ctx: Context, hit: Hit) -> bool:
        """The writer before the term: "i've (really) had enough of", "i'm so done with",
        "we've had it with"; "enough of" may open its sentence ("enough of immigrants")."""
        tokens = ctx.tokens
        term = hit.entry.term
        at = hit.first
        if term in w.ENOUGHS:
            at = ctx.back_over(at, w.FED_GAP, w.FED_REACH)
            if ctx.starts_sentence(at):
                return True
            at -= 1
            if tokens[at] != w.HAD or ctx.pause_after(at):
                return False
        forms = w.BE_FORMS if term in w.BE_TERMS else w.HAVE_FORMS
        at = ctx.back_over(at, w.FED_GAP, w.FED_REACH) - 1
        if at < 0 or ctx.pause_after(at):
            return False
        if tokens[at] in w.WRITER_JOINED:
            return True
        if tokens[at] in forms:
            at = ctx.back_over(at, w.FED_GAP, 2) - 1
        return at >= 0 and tokens[at] in w.WRITERS and not ctx.pause_after(at)


def _closes(ctx: Context, end: int) -> bool:
    """The clause closes after the group, or goes on with a tail ("... here", "... in
    tech"), never into a harm ("... in prison")."""
    if ctx.closes_clause(end):
        return True
    tokens = ctx.tokens
    word = tokens[end]
    if word in w.IN_WORDS:
        after = tokens[end + 1 : end + 3]
        return not any(t in w.HARMS_IN for t in after)
    return word in w.TAILS


def _better_after(ctx: Context, end: int) -> bool:
    """ "the better" within a few tokens after the group: "the fewer jews around the
    better"."""
    tokens = ctx.tokens
    last = min(len(tokens) - 1, end + w.BETTER_REACH)
    return any(tokens[i] == "the" and tokens[i + 1] == "better" for i in range(end, last))
