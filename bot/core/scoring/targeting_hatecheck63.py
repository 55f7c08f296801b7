"""Targeting rules of the hatecheck63 round (issue 8): a named identity group promised harm
in a veiled threat, or denied its worth by a question, which no older line held or the
older rules read as a threat at no one.

- The veiled threat, the group opening its sentence as the subject: "muslims won't know
  what hit them", "the jews will never see it coming" (a negated future before them),
  "trans people will regret this", "muslims will regret ever coming here" (a future,
  never negated), "the gays should be very afraid", "immigrants are living on borrowed
  time" (the clause closing or going on into a place, a time or a warning).
- The group's days numbered: "the days of the refugees here are numbered", "gay
  people's days are numbered", "immigrants, your days here are numbered".
- The group's worth denied by a question opening its sentence, the group closing the
  clause or going on only into a few tails: "who even needs women?", "what use is a
  disabled person", "what's the point of black people", "do we even need immigrants?",
  "what are muslims even good for?", "what have disabled people ever contributed".

Clean: the same words about people at large, teams, things and chores ("the other team
won't know what hit them", "the days of dial-up are numbered", "who needs a ride?",
"what's the point of this meeting"), a group's things ("what is the point of the trans
flag colours?"), negations ("won't regret it"), plain fear ("women should be afraid of
walking home alone"), counter-speech, reports and quotes (the group or the question does
not open its sentence: "asking who even needs immigrants is ignorant"; hatecheck28's
`_hc28_others`). The round's own lines outside these shapes are cancelled.

Cost per hit: a frozenset test of the term; then at most SUBJECT_REACH (or DAYS_REACH)
tokens back to the group, hatecheck22's two-token group walk, LEAD_REACH tokens back to
the sentence's opening, and hatecheck60's group walk with WORTH_TAIL_REACH tails ahead.
No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat37_words as g37
from bot.core.scoring import hatecheck63_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid40 import Olid40Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED63_NOTE", "HateCheck63Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED63_NOTE: Final[str] = "no named group threatened or denied its worth"


class HateCheck63Rules(Olid40Rules):
    """A named group promised harm in a veiled threat ("muslims won't know what hit them",
    "the days of the refugees are numbered") or denied its worth by a question ("who
    even needs women?", "what are immigrants even good for?")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the group's in this round's shapes,
        and this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS:
            return target, note
        own = term in w.OWN_TERMS
        if not own and target is Kind.GROUP and note == IDENTITY_NOTE:
            return target, note  # an older line the older rules already aimed
        if term in w.THREATS:
            shaped = self._hc63_threatened(ctx, hit)
        elif term in w.DAYS_TERMS:
            shaped = self._hc63_numbered(ctx, hit)
        else:
            shaped = self._hc63_worth_asked(ctx, hit)
        if shaped and target is not Kind.REPORTED and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if own:
            return Kind.NONE, NOT_SHAPED63_NOTE  # "who needs a ride?"
        return target, note

    def _hc63_subject(self, ctx: Context, end: int) -> bool:
        """A named group ends right before token `end` and opens its sentence (over
        openers, quantifiers or a time: "honestly, the jews ..."); never the players
        of a nationality game chat names its rivals by ("the russians won't see it
        coming" is gamechat37's lobby talk)."""
        start = self._hc62_group_before(ctx, end)
        return (
            start >= 0
            and g37.GROUPS.isdisjoint(ctx.tokens[start:end])
            and hc43_opens(ctx, start, w.SUBJECT_LEADS)
        )

    def _hc63_threatened(self, ctx: Context, hit: Hit) -> bool:
        """<group> [won't | will never | will | should | are living] and the veiled threat,
        the run holding what the threat needs."""
        term = hit.entry.term
        run = ctx.back_over(hit.first, w.SUBJECT_RUN, w.SUBJECT_REACH)
        said = ctx.tokens[run : hit.first]
        if term in w.REGRETS:
            if w.FUTURE.isdisjoint(said) or not w.NOT_COMING.isdisjoint(said):
                return False  # "many immigrants regret ...", "... will never regret it"
        elif term == w.BORROWED or term in w.AFRAID:
            if (
                term in w.AFRAID
                and hit.entry.tokens[0] not in w.MODALS
                and w.MODALS.isdisjoint(said)
            ):
                return False  # "be very afraid" needs "should" or "better" before it
            if not ctx.closes_after(hit.last, w.THREAT_TAILS, w.THREAT_TAIL_REACH):
                return False  # "women should be afraid of walking home alone"
        elif w.NOT_COMING.isdisjoint(said):
            return False  # "know what hit them", "see it coming" only negated
        return self._hc63_subject(ctx, run)

    def _hc63_numbered(self, ctx: Context, hit: Hit) -> bool:
        """ "the days of <group> [here] are numbered", "<group>'s days are numbered",
        "<group>, your days [here] are numbered"."""
        tokens = ctx.tokens
        if hit.entry.term == w.OLDER_NUMBERED:
            days = hit.first
        else:
            at = ctx.back_over(hit.first, w.DAYS_TAILS, w.DAYS_REACH)
            start = self._hc62_group_before(ctx, at)
            if start >= 0:  # "the days of [the] <group>", opening its sentence
                of = ctx.back_over(start, w.DAYS_GROUP_GAP, w.DAYS_REACH) - 1
                return (
                    of > 0
                    and tokens[of] == w.OF
                    and tokens[of - 1] == w.DAYS
                    and g37.GROUPS.isdisjoint(tokens[start:at])
                    and hc43_opens(ctx, of - 1, w.SUBJECT_LEADS)
                )
            days = at - 1
            if days < 0 or tokens[days] != w.DAYS:
                return False
        owner = days
        if owner > 0 and tokens[owner - 1] in w.POSSESSIVE:
            owner -= 1  # "gay people's days"
        elif owner > 1 and tokens[owner - 1] in w.YOUR_THEIR and ctx.pause_after(owner - 2):
            owner -= 1  # "immigrants, your days"
        return self._hc63_subject(ctx, owner)

    def _hc63_worth_asked(self, ctx: Context, hit: Hit) -> bool:
        """The worth question opening its sentence with the group after it ("who needs",
        "what use is", "what's the point of", "do we even need") or inside it ("what are
        <group> good for", "what have <group> ever contributed")."""
        tokens = ctx.tokens
        term = hit.entry.term
        if term == w.GOOD or term in w.CONTRIBUTES:
            return self._hc63_worth_inside(ctx, hit)
        opening = hit.first
        after = hit.last
        first_word = hit.entry.tokens[0]
        if term == w.WHAT_USE:
            if after >= len(tokens) or tokens[after] not in w.COPULAS:
                return False  # "what use is", "what use are"
            after += 1
        elif (term in w.WE_NEED and first_word not in w.DO) or (
            term in w.POINT_OF and first_word not in w.WHAT_S
        ):
            opening -= 1  # "do" before "we even need", "what" before "'s the point of"
            asking = w.DO if term in w.WE_NEED else w.WHAT
            if opening < 0 or tokens[opening] not in asking:
                return False
        if not hc43_opens(ctx, opening, w.QUESTION_LEADS):
            return False
        start = ctx.skip_ahead(after, w.WORTH_DETS, w.WORTH_DET_REACH)
        return self._hc60_group_after(ctx, start, w.WORTH_TAILS, w.WORTH_TAIL_REACH) > 0

    def _hc63_worth_inside(self, ctx: Context, hit: Hit) -> bool:
        """ "what are/is [a] <group> [even] good for", "what do/have <group> [ever]
        contribute(d)", opening its sentence and closing after a few tails."""
        tokens = ctx.tokens
        last = hit.last
        if hit.entry.term == w.GOOD:
            if last >= len(tokens) or tokens[last] != w.FOR:
                return False
            last += 1
            asking = w.COPULAS
        else:
            asking = w.DO_HAVE
        if not ctx.closes_after(last, w.WORTH_TAILS, w.WORTH_TAIL_REACH):
            return False  # "what are women good for in a crisis"
        run = ctx.back_over(hit.first, w.GOOD_RUN, w.GOOD_RUN_REACH)
        start = self._hc62_group_before(ctx, run)
        if start < 0:
            return False
        start = ctx.back_over(start, w.WORTH_DETS, w.WORTH_DET_REACH)
        verb = start - 1
        if verb < 1 or tokens[verb] not in asking or tokens[verb - 1] not in w.WHAT:
            return False
        return hc43_opens(ctx, verb - 1, w.QUESTION_LEADS)
