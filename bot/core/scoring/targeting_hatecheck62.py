"""Targeting rules of the hatecheck62 round (issue 8): a named identity group denied
rights or worth in a rhetorical question, or promised a comeuppance as a veiled threat,
which the older rules read as a question or as a threat at no one.

- The rhetorical question: "why are/should/do" and the group opening the sentence, then
  "allowed" or "rights" past a short run, with a rhetorical mark ("even", "any", "...
  at all", "... anyway"): "why are muslims even allowed to vote?", "why should trans
  people have any rights?", "why should women even be allowed to vote?". "what good
  are" and the group, the clause closing after it or going on only into a few tails:
  "what good are immigrants anyway?", "what good are muslims to anyone?".
- The comeuppance: the group opening its sentence (past a time: "one day the immigrants
  will pay"), a future run ("will", "are gonna", "are going to"), then "pay", "regret
  it" or "get what they deserve", the sentence ending there or past a few tails ("...
  will pay dearly", "... will regret it soon enough").

Clean: the same forms about things, teams and firms ("why should bots have any rights?",
"one day the bank will pay"), real questions with no rhetorical mark ("why are
immigrants allowed to vote in some local elections?"), paying in the plain sense
("immigrants will pay into the pension system", "women will get what they deserve:
equal pay"), negations ("won't regret it", "will not pay"), counter-speech and reports
("saying the jews will get what they deserve is vile", "he asked why muslims are even
allowed to vote", hatecheck28's `_hc28_others`, hatecheck43's `_hc43_unsaid`).

Cost per hit: a frozenset test of the term; then at most ASKED_RUN_REACH (or
FUTURE_REACH) tokens back to the group, hatecheck22's two-token group walk, LEAD_REACH
tokens back to the sentence's opening and RHETORICAL_REACH, WORTH_TAIL_REACH or
PAY_TAIL_REACH tokens ahead. No regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck21_words as h21
from bot.core.scoring import hatecheck22_words as h22
from bot.core.scoring import hatecheck55_words as h55
from bot.core.scoring import hatecheck61_words as h61
from bot.core.scoring import hatecheck62_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat53 import GameChat53Rules
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck62Rules"]


class HateCheck62Rules(GameChat53Rules):
    """A named group denied rights or worth in a rhetorical question ("why are muslims
    even allowed to vote?") or promised a comeuppance ("the jews will get what they
    deserve")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the group's in this round's
        shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS or (target is Kind.GROUP and note == IDENTITY_NOTE):
            return target, note
        if term in w.COMEUPPANCE_TERMS:
            shaped = self._hc62_comeuppance(ctx, hit) and not self._hc43_unsaid(ctx, hit)
        elif term == w.GOOD:
            shaped = self._hc62_worth_asked(ctx, hit) and not self._hc28_others(ctx, hit)
        else:
            shaped = self._hc62_rights_asked(ctx, hit) and not self._hc28_others(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (target, note)

    def _hc62_group_before(self, ctx: Context, end: int) -> int:
        """Where a named group ending right before token `end` starts (hatecheck22's),
        or -1; a generation or an affiliation ("boomers", "the rich") is forum18's and
        forum19's (hatecheck61's NOT_PROTECTED)."""
        start = self._hc22_group_before(ctx, end)
        if start < 0 or not h61.NOT_PROTECTED.isdisjoint(ctx.tokens[start:end]):
            return -1
        return start

    def _hc62_rights_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "why are/should/do <group> [even be] allowed ..." or "... [have any] rights",
        the question opening its sentence, with a rhetorical mark."""
        tokens = ctx.tokens
        end = ctx.back_over(hit.first, w.ASKED_RUN, w.ASKED_RUN_REACH)
        start = self._hc62_group_before(ctx, end)
        if start < 2 or tokens[start - 1] not in h21.ASKING or tokens[start - 2] not in h21.WHY:
            return False
        if w.RHETORICAL.isdisjoint(tokens[end : hit.first]) and w.RHETORICAL_AFTER.isdisjoint(
            tokens[hit.last : ctx.sentence_end(hit.last, w.RHETORICAL_REACH)]
        ):
            return False  # "why are immigrants allowed to vote in local elections?"
        return hc43_opens(ctx, start - 2, h22.OPENERS)

    def _hc62_worth_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "what good are <group>" opening its sentence, closing after the group or
        going on only into WORTH_TAILS ("... anyway", "... to anyone")."""
        tokens = ctx.tokens
        what = hit.first - 1
        if what < 0 or tokens[what] not in w.WHAT or hit.last >= len(tokens):
            return False
        if tokens[hit.last] not in w.WORTH_COPULAS or ctx.pause_after(hit.last):
            return False
        start = ctx.skip_ahead(hit.last + 1, h55.GROUP_DETS, h55.GROUP_DET_REACH)
        end = self._hc21_member(tokens, start, len(tokens))
        return (
            end > 0
            and self._hc62_group_before(ctx, end) >= 0
            and ctx.closes_after(end, w.WORTH_TAILS, w.WORTH_TAIL_REACH)
            and hc43_opens(ctx, what, h22.OPENERS)
        )

    def _hc62_comeuppance(self, ctx: Context, hit: Hit) -> bool:
        """<group> [will | are gonna] "pay", "regret it" or "get what they deserve",
        the group opening its sentence and the sentence ending after a few tails."""
        tokens = ctx.tokens
        verb = hit.first
        if hit.entry.term == w.DESERVE:
            verb -= len(w.GET_WHAT)
            if verb < 0 or tuple(tokens[verb : hit.first]) != w.GET_WHAT:
                return False
        run = ctx.back_over(verb, w.FUTURE_RUN, w.FUTURE_REACH)
        if w.FUTURE.isdisjoint(tokens[run:verb]):
            return False  # "refugees pay taxes", "gay people won't regret it"
        tail = ctx.skip_ahead(hit.last, w.PAY_TAILS, w.PAY_TAIL_REACH)
        if tail < len(tokens) and not ctx.stop_after(tail - 1):
            return False  # "... will pay into the pension", "... deserve: equal pay"
        start = self._hc62_group_before(ctx, run)
        return start >= 0 and hc43_opens(ctx, start, w.SUBJECT_LEADS)
