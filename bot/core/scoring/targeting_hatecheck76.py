"""Targeting rules of the hatecheck76 round (issue 8): death wished on a named group with
"die", the shape hatecheck75 read for "dead", "burn", "drown" and "rot", now for the older
hits ending in "die" (discord36's bare "die" self-harm line, cancelled out of the whole
line, and the older "them die" and "just die" lines).

- The wish: hatecheck75's (the writer's "i want", "i hope", "i wish" over a few adverbs,
  or "let" opening its sentence), then the group's subject, a few links ("all", "to",
  "would") and "die" closing its clause over a few tails ("asap", "slowly"): "i hope the
  refugees all die", "i want the jews to die", "let the immigrants die", "i wish the
  gypsies would all die".
- The subject a named group, or "they", "them", "em" for a group named in a fragment
  before the wish ("muslims? i hope they die", "jews... let them die") or closing the
  message after the death's clause ("let them all die, the immigrants", "let them die,
  those refugees").

Clean, as in hatecheck75: kind wishes (no "die": "i hope the refugees all survive"),
things, animals and games (no named group: "i hope the zombies all die", "let the enemy
team die", "let them die, those old phones"), game talk in the message ("gg i hope the
germans all die in round 2"), someone else's wish, news and history ("he hopes the
refugees die", "many refugees die at sea", "the villagers let the jews die in 1942"),
denials and questions ("i dont want the refugees to die", "why let the immigrants die?"),
reports, quotes and counter-speech (hatecheck28's `_hc28_others`: "saying 'i hope the
refugees die' is vile"). Self-harm lines at the reader or the writer name no group and
keep their own readings ("i hope you die", "i hope i die before the exam").

Cost per hit: a frozenset test of the term's last word; then hatecheck75's walk (bounded
by its LINK_REACH, GROUP_DET_REACH, ADVERB_REACH, LET_REACH, TAIL_REACH and
AFTERTHOUGHT_REACH). No regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck76_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian68 import Italian68Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck76Rules"]


class HateCheck76Rules(Italian68Rules):
    """Death wished on a named group with "die" ("i hope the refugees all die", "let the
    immigrants die", "let them all die, the immigrants")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "die" aimed at the group in hatecheck75's
        wish."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens[-1] not in w.DIES or note == JOKING_NOTE:
            return target, note  # "i hope the jews die lol jk"
        if target is Kind.GROUP and note == IDENTITY_NOTE:
            return target, note
        if ctx.gaming and not ctx.in_real_life:
            return target, note  # "gg, i hope the germans all die": a match's sides
        if self._hc75_wished(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note
