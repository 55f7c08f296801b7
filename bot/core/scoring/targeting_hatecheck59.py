"""Targeting rules of the hatecheck59 round (issue 8): a named identity group said to need
removing, stopping or dealing with, a passive call for its removal in verbs no older line
holds.

- "jews must be stopped", "immigrants need to be removed from this country", "every
  muslim has to be dealt with", "those trans freaks must be crushed", "i met some muslims
  today. they should be removed". A modal run ("must", "need to", "should all") before
  the call, a group, one member or a plural slur right before it opening its claim past a
  few quantifiers (hatecheck55's subject), or "they" opening its clause for a group named
  just before (hateprobe5's subject); the call closes its clause or goes on only into
  where, when or how far ("from society", "at all costs", "once and for all").

Clean: things, problems and people no one is protected as ("the spam must be removed",
"racism must be stopped", "bullies must be stopped"), the group as the object of a
preposition ("violence against women must be stopped"), a team ("the women's team must
be stopped"), counter-speech and reports (the subject does not open its claim: "saying
immigrants must be removed is disgusting"), quotes, questions, negations ("immigrants
must not be removed", "no one thinks refugees should be expelled"), and a call that goes
on into a manner or a thing ("refugees need to be dealt with fairly", "removed from the
waiting list"). The round's own lines outside this shape are cancelled.

Cost per hit: a frozenset test on the term; then MODAL_REACH tokens back, hatecheck55's
and hateprobe5's bounded subject walks and TAIL_REACH tokens ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck55_words as h55
from bot.core.scoring import hatecheck59_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian53 import Italian53Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_REMOVED_NOTE", "HateCheck59Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_REMOVED_NOTE: Final[str] = "no named group to be removed, stopped or dealt with"


class HateCheck59Rules(Italian53Rules):
    """A named group said to need removing, stopping or dealing with ("jews must be
    stopped", "immigrants need to be removed")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shape, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            self._hc59_group_removed(ctx, hit)
            and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not self._hc43_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NO_GROUP_REMOVED_NOTE

    def _hc59_group_removed(self, ctx: Context, hit: Hit) -> bool:
        """A modal run before the call ("must", "needs to", "should all"), a named group
        or "they" for one right before it, opening its claim."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, h55.MODAL_RUN, h55.MODAL_REACH)
        if at == hit.first or h55.MODAL_WORDS.isdisjoint(tokens[at : hit.first]):
            return False  # "they were removed", "i want them removed"
        if at > 0 and tokens[at - 1] in self._they and not ctx.pause_after(at - 1):
            # "refugees moved in. they must be driven out": "they" opens its clause
            they = at - 1
            opens = they == 0 or ctx.pause_after(they - 1) or self._hc22_opens(ctx, they)
            return opens and self._group_subject(ctx, at)
        return self._hc55_subject_opens(ctx, at)
