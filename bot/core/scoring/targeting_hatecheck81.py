"""Targeting rules of the hatecheck81 round (issue 8): a named group left to die by
neglect, wished or ordered by the writer, which the older rules miss or leave unread.

- The wish: hatecheck75's wish before the group ("i hope", "i want", "i wish", or "let"
  opening its sentence), the group's subject and links, then a death by neglect closing
  its clause, maybe drawn out ("to death") and over a place or time: "let the refugees
  starve", "i hope the muslims starve", "i want the refugees to starve", "let all the
  immigrants starve to death", "let the jews freeze". The death is this round's
  `group_harm` cue ("starve", "rot", "freeze": threats only in a message that names a
  group) or the older "suffer" line; hatecheck75 already reads "rot", "drown" and "die".
- The leave: "leave" opening its sentence (over "just", "we should", "let's"), a named
  group and "to" a death ("die", "drown" and the neglects): "leave the migrants to die",
  "leave the refugees to starve", "just leave the refugees to drown", "leave all the
  migrants to die at sea".

Clean: sympathy and news (no wish, or not opening its sentence: "the refugees are
starving", "we cant let the refugees starve", "dont let the migrants die at sea", "we
must not leave the refugees to die", "millions starved under stalin"), things, plants
and game units (no named group: "let the dough rot", "leave the plants to die back",
"leave the tank to die"), game talk, questions, and reports, quotes and counter-speech
(hatecheck28's `_hc28_others`).

Cost per hit: a frozenset test of the term's last word (most hits end there); then
TO_DEATH and TAIL_REACH tokens ahead, hatecheck75's LINK_REACH, hatecheck22's two-token
group walk, GROUP_DET_REACH and hatecheck75's wish reaches back, or LEAVE_REACH tokens back
to the leave's opening. No regex.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck75_words as h75
from bot.core.scoring import hatecheck81_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck82 import HateCheck82Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck81Rules"]


class HateCheck81Rules(HateCheck82Rules):
    """A named group left to die by neglect: wished ("i hope the muslims starve", "let
    the refugees starve") or ordered ("leave the migrants to die")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the death by neglect aimed at the group."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens[-1] not in w.LEFT_DEATHS or note == JOKING_NOTE:
            return target, note
        if target is Kind.GROUP and note == IDENTITY_NOTE:
            return target, note
        if ctx.gaming and not ctx.in_real_life:
            return target, note  # "leave their carry to die": a match's sides
        close = self._hc81_close(ctx, hit)
        if close < 0 or ctx.ends_asking(hit.last - 1):
            return target, note  # "... starve? of course not"
        shaped = self._hc81_left(ctx, hit) or (
            hit.entry.tokens[-1] in w.NEGLECTS and self._hc81_wished(ctx, hit)
        )
        if shaped and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc81_close(self, ctx: Context, hit: Hit) -> int:
        """Where the death's clause closes: after the death, "to death" and a few tails
        ("... at sea", "... this winter"); -1 if more follows ("let the dough rot in the
        fridge" reads on, "let the refugees starve and nobody cared")."""
        end = hit.last
        if tuple(ctx.tokens[end : end + len(w.TO_DEATH)]) == w.TO_DEATH:
            end += len(w.TO_DEATH)
        return end if ctx.closes_after(end, w.TAILS, w.TAIL_REACH) else -1

    def _hc81_wished(self, ctx: Context, hit: Hit) -> bool:
        """hatecheck75's wish before a named group that is the death's subject: "i hope
        the muslims starve", "let the refugees starve", "i want the refugees to starve"."""
        at = ctx.back_over(hit.first, h75.LINKS, h75.LINK_REACH)
        group = self._hc62_group_before(ctx, at)
        if group < 0:
            return False  # "let the dough rot", "i hope the weeds starve"
        subject = ctx.back_over(group, h75.GROUP_DETS, h75.GROUP_DET_REACH)
        return self._hc75_wish_before(ctx, subject) >= 0

    def _hc81_left(self, ctx: Context, hit: Hit) -> bool:
        """ "leave <group> to <death>", "leave" opening its sentence over a few leads:
        "leave the migrants to die", "we should leave the refugees to starve"."""
        to = hit.first - 1
        if to < 2 or ctx.tokens[to] != w.TO or ctx.pause_after(to):
            return False
        group = self._hc62_group_before(ctx, to)
        if group < 1:
            return False  # "leave the tank to die"
        verb = ctx.back_over(group, h75.GROUP_DETS, h75.GROUP_DET_REACH) - 1
        if verb < 0 or ctx.tokens[verb] not in w.LEAVE or ctx.pause_after(verb):
            return False
        return ctx.opens_after(verb, w.LEAVE_LEADS, w.LEAVE_REACH)
