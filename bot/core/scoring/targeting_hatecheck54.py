"""Targeting rules of the hatecheck54 round (issue 8): a call for a named group to vanish
or die, said with a modal and "all", that the older rules read no hostile word in.

- A group opening its claim, a modal and "all", then a verb of vanishing: "muslims should
  all rot", "jews must all disappear", "refugees need to all go", "disabled people should
  all perish"; not "all be gone", so "gone" stays unknown to the other rules
  (hatecheck25's "how you gone marry ..."). "go" and "leave" count only closing the
  clause or with a tail of where or when ("immigrants must all go back"), never
  "immigrants must all go through customs".
- The wish that all of a group were gone: "it would be great if all muslims died", "the
  world would be better if every trans person vanished". "would be", a word of praise,
  "if all" or "if every", the group, then a past verb of vanishing or harm.

Clean: a thing or a group no one is protected as in the group's place ("these leftovers
should all go", "nazis should all rot in jail": hateful groups are fair game, as the older
rounds read "racists"), the writer's "we" ("we should all go"), a denial between the modal
and "all" ("women should not all leave"), reported speech or counter-speech ("saying
muslims should all rot is disgusting": the group does not open its claim), questions and
quotes; a wish for a thing or a kindness ("it would be great if all the snow melted", "it
would be great if all refugees felt welcome"), or a denied wish ("it would not be great if
all ..."). The round's own lines (en/threat.txt, "all rot", "all go", "if all"...)
outside these shapes are cancelled.

Cost per hit on an own term: a frozenset test, then at most MODAL_REACH (or
INTENSIFIER_REACH + 3) tokens back, GROUP_GAP_REACH + VERB_GAP_REACH ahead, and
hatecheck22's group and opener walks. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck54_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian49 import Italian49Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_GONE_NOTE", "HateCheck54Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_GONE_NOTE: Final[str] = "no named group told it should all vanish"


class HateCheck54Rules(Italian49Rules):
    """A named group told by a modal that it should all vanish or die ("muslims should all
    rot")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        its shape, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if hit.entry.term in w.WISH_TERMS:
            shaped = _hc54_wished(ctx, hit.first) and self._hc54_gone_after(ctx, hit.last)
        else:
            shaped = self._hc54_group_gone(ctx, hit)
        if shaped and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NO_GROUP_GONE_NOTE

    def _hc54_group_gone(self, ctx: Context, hit: Hit) -> bool:
        """ "muslims should all rot": a group opening its claim, a modal, then the hit
        ("all" and the verb); "go" and "leave" closing the clause or before a tail."""
        if hit.entry.term in w.LEAVING and not _hc54_closes(ctx, hit.last):
            return False
        at = ctx.back_over(hit.first, w.MODALS, w.MODAL_REACH)
        if at == hit.first or ctx.pause_after(at - 1):
            return False  # no modal: "they all go", "refugees, all leave"
        start = self._hc22_group_before(ctx, at)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc54_gone_after(self, ctx: Context, at: int) -> bool:
        """ "(if all) the muslims died": from token `at` on, a group past a few
        determiners, then a past verb of vanishing past a few adverbs."""
        tokens = ctx.tokens
        start = ctx.skip_ahead(at, w.GROUP_GAP, w.GROUP_GAP_REACH)
        end = self._hc21_member(tokens, start, len(tokens))
        if end < 0 or ctx.pause_after(end - 1):
            return False
        verb = ctx.skip_ahead(end, w.VERB_GAP, w.VERB_GAP_REACH)
        return verb < len(tokens) and tokens[verb] in w.GONE_PAST


def _hc54_wished(ctx: Context, first: int) -> bool:
    """ "it would be (so) great (if ...)": "would be", maybe an intensifier, and a word
    of praise right before "if" at token `first`."""
    tokens = ctx.tokens
    praise = first - 1
    be = ctx.back_over(praise, w.INTENSIFIERS, w.INTENSIFIER_REACH) - 1
    if be < 1 or tokens[praise] not in w.PRAISE or tokens[be] != w.BE:
        return False
    return tokens[be - 1] in w.WOULD


def _hc54_closes(ctx: Context, last: int) -> bool:
    """The verb at token `last` closes its clause or a tail of where or when follows."""
    after = last + 1
    if after >= len(ctx.tokens) or ctx.pause_after(last):
        return True
    return ctx.tokens[after] in w.LEAVING_TAILS
