"""Targeting rules of the hatecheck70 round (issue 8): violence ordered against a named
group's people, bare, with no writer's promise before it.

- The order: one of hateprobe5's `group_harm` verbs ("shoot", "bomb", "burn", "hang",
  "lynch", ...) as hateprobe5's own threat word or the first word of an older threat
  line ("shoot every"), opening its sentence over chat's openers and the reader's push
  (ORDER_LEADS: "just", "lets", "go", "somebody pls", "honestly"), then a named group,
  or one member, over determiners and emphasis (OBJECT_SKIP: "the", "all", "every",
  "those", "them", "the fucking"): "bomb the muslims", "shoot the immigrants", "just
  burn the jews", "somebody pls hang the gays", "shoot every muslim you see", "lynch
  those mexicans". hateprobe5 reads these verbs only after the writer's intent ("i will
  shoot ...") and cancels the bare order.
- The group closes its clause, goes on only into TAILS ("... you see", "... in this
  town", "... already", "... lol") or into the next clause after "and" / "then".

Clean: games and things (no group after the verb: "shoot the zombies", "bomb the enemy
base", "burn the witch", "shoot the messenger"); a thing after a group's adjective ("burn
the muslim ban", "hang the black curtains"); a game, a thing handed or owned after the
group ("beat the immigrants at soccer", "punch the women in the game", "shoot the muslims
a message", "hang the gays' flag"); the verb not opening its sentence (negations and
reports: "don't shoot the immigrants", "nobody should hang the gays", "they shot the
protesters", "he said to shoot the immigrants"); questions; counter-speech and quotes
(hatecheck28's `_hc28_others`: "stop saying burn the jews").

Cost per hit: a frozenset test of the hit's first word; then hatecheck43's lead walk
(LEAD_REACH tokens) back to the sentence's start, OBJECT_REACH tokens on to the group
and TAIL_REACH tokens after it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck70_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_italian63 import Italian63Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck70Rules"]

# The readings an order may raise: hateprobe5's cancelled threat ("no violence promised
# to a group") and an older line read at a thing ("shoot every" before "muslim"); any
# other rule's note (a negation, a joke, gaming talk) stands.
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_RAISED_NOTES: Final = frozenset({"", NOT_PROMISED_NOTE})


class HateCheck70Rules(Italian63Rules):
    """Violence ordered against a named group, bare ("bomb the muslims", "just shoot the
    immigrants", "somebody pls hang the gays")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a threat left unaimed raised to the group's
        when it orders violence against the group."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if (
            entry.tokens[0] not in w.VERBS
            or entry.category is not Cat.THREAT
            or target not in _UNAIMED
            or note not in _RAISED_NOTES
        ):
            return target, note
        if self._hc70_ordered(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc70_ordered(self, ctx: Context, hit: Hit) -> bool:
        """The verb opening its sentence over ORDER_LEADS, a named group or member right
        after it over OBJECT_SKIP, closing its clause (over TAILS or into "and ...");
        said, not asked."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + w.OBJECT_REACH)
        at = ctx.skip_ahead(hit.last, w.OBJECT_SKIP, w.OBJECT_REACH)
        if at >= end or ctx.pause_after(at - 1):
            return False
        group_end = self._hc21_member(tokens, at, len(tokens))
        if group_end < 0:
            return False  # "shoot the zombies", "bomb the enemy base"
        if not (
            ctx.closes_after(group_end, w.TAILS, w.TAIL_REACH)
            or (group_end < len(tokens) and tokens[group_end] in w.JOINS)
        ):
            return False  # "burn the muslim ban", "shoot the muslims a message"
        if ctx.ends_asking(hit.first):
            return False  # "who would bomb the muslims?"
        return hc43_opens(ctx, hit.first, w.ORDER_LEADS)
