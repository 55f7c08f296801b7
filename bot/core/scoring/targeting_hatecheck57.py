"""Targeting rules of the hatecheck57 round (issue 8): the weak cells of a functional
hate-speech sweep over seven protected groups, implicit derogation the older rules miss.

- A stereotype's lead, one group member and a misdeed: "of course the immigrant stole
  it", "figures the black guy was the thief", "naturally the
  woman crashed the car", "just like a black guy to rob someone". The lead (this round's
  own lexicon lines: of course, figures, naturally, just like a, leave it to)
  opens its sentence past a few of chat's openers; at most one determiner, then a member
  (hatecheck21's reading), then within DEED_REACH tokens and no pause a misdeed verb not
  suffered ("the immigrant got robbed"), the doer's noun ("the thief") or the conduct
  ("behaviour"), with no denial between.
- A group labelled, then a habit of misdeeds after a comma: "bloody immigrants, always
  fucking things up", "muslims, always plotting something". The group opens its sentence
  past a swear word or a stereotype ("bloody", "typical"), "always" follows the pause and
  a misdeed going on ("stealing", "ruining") or a swear-verb with "up" ("fucking it up").
- A slur the writer's own group calls itself is the writer's own word: "as a woman, us
  bitches run this". A one-word group hit right after "we"/"us" opening a clause, the
  writer said to be a member (hatecheck39's "as a muslim") within OWN_MEMBER_REACH
  tokens before the pause; "as a man, women are bitches" keeps its reading.

Clean: the leads elsewhere ("of course i'll come", "figures, the bus is
late"), a member who suffered the deed ("of course the refugee got robbed"), a good deed
("naturally the woman won"), things and people no one protects ("of course the cat stole
it"), denials, questions, quotes and reported speech. The round's own lines outside the
first shape are cancelled.

Cost per hit on a read term: a frozenset test, then bounded walks: LEAD_OPENER_REACH
back, MEMBER_DET_REACH and DEED_REACH ahead, LABEL_LEAD_REACH and UP_REACH. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck57_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum32 import Forum32Rules
from bot.core.scoring.targeting_hatecheck39 import hc39_own_member
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_STEREOTYPE_NOTE", "HateCheck57Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_STEREOTYPE_NOTE: Final[str] = "no group member stereotyped by a misdeed"


class HateCheck57Rules(Forum32Rules):
    """Implicit derogation the older rules miss: a stereotype's lead before a member and
    a misdeed ("of course the immigrant stole it"), a labelled group's habit of misdeeds
    ("bloody immigrants, always fucking things up")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the group, its
        own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if target is Kind.GROUP and _hc57_own_slur(ctx, hit):
            return Kind.SELF, ""  # "as a woman, us bitches run this"
        if term in w.LEADS:
            shaped = self._hc57_stereotyped(ctx, hit)
        elif term == w.ALWAYS and target is not Kind.GROUP:
            shaped = self._hc57_habit(ctx, hit)
        else:
            return target, note
        aimed = (Kind.GROUP, IDENTITY_NOTE)
        own = (w.OWN_TERMS, NO_STEREOTYPE_NOTE)
        shaped_from = hit.first if shaped else -1
        return self._hc55_settled(ctx, hit, shaped_from, aimed, own=own, kept=(target, note))

    def _hc57_stereotyped(self, ctx: Context, hit: Hit) -> bool:
        """ "of course the immigrant stole it": the lead opening its sentence, one member
        after at most a determiner, a misdeed of theirs soon after."""
        if not ctx.opens_after(hit.first, w.LEAD_OPENERS, w.LEAD_OPENER_REACH):
            return False
        tokens = ctx.tokens
        if ctx.pause_after(hit.last - 1):
            return False  # "figures, the bus is late"
        at = ctx.skip_ahead(hit.last, w.MEMBER_DETS, w.MEMBER_DET_REACH)
        end = self._hc21_member(tokens, at, len(tokens))
        if end < 0 or ctx.quoted(at, end):
            return False
        for i in range(end, min(len(tokens), end + w.DEED_REACH)):
            word = tokens[i]
            if word in w.NEGATIONS:
                return False  # "of course the immigrant didn't steal it"
            if word in w.DEED_NOUNS or (word in w.DEED_VERBS and tokens[i - 1] not in w.SUFFERED):
                return True
            if ctx.pause_after(i):
                return False
        return False

    def _hc57_habit(self, ctx: Context, hit: Hit) -> bool:
        """ "bloody immigrants, always fucking things up": a group labelled before the
        pause right before "always", a habit of misdeeds right after it."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first < 1 or not ctx.pause_after(first - 1) or last >= len(tokens):
            return False
        habit = tokens[last]
        if habit in w.SWORN_HABITS:
            ahead = tokens[last + 1 : last + 1 + w.UP_REACH]
            if w.UP not in ahead:
                return False  # "always fucking brilliant"
        elif habit not in w.HABITS:
            return False
        start = self._hc22_group_before(ctx, first)
        if start < 0:
            return False
        lead = ctx.back_over(start, w.LABEL_LEADS, w.LABEL_LEAD_REACH)
        return ctx.starts_sentence(lead)


def _hc57_own_slur(ctx: Context, hit: Hit) -> bool:
    """ "as a woman, us bitches run this": a one-word term right after "we"/"us" opening
    the clause after a pause, the writer said to be a member just before it."""
    we = hit.first - 1
    if hit.last - hit.first != 1 or we < 1 or ctx.tokens[we] not in w.WRITERS:
        return False
    if not ctx.pause_after(we - 1):
        return False
    return hc39_own_member(ctx.tokens[max(0, we - w.OWN_MEMBER_REACH) : we])
