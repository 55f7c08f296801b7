"""Targeting rules of the hatecheck19 round (issue 8, fourteenth session): the English
functional hate suite's last misses.

Most of this round sits in lexicon lines and at the depth of the rules they feed (listed
in docs/ARCHITECTURE.md): a group called a lower form of life ("muslims are a lower form
of life"), "fuck every muslim", "nobody likes jews", "death 2 muslims", "gonna kill the
next jew I see", "girls belong at home", and "a woman's place is in the home" (read by
hatecheck11's possessive rule, `hatecheck11_words.PLACES`). "smell" and "reek" join
hateprobe5's `group_ruin` cues ("indians smell", "gypsies reek").

The rule here:
- A group's smell counts only as a bad smell: the clause ends after it ("indians
  smell"), or "like", "of" or a bad word follows ("muslims smell so bad"). "refugees
  smell the sea" (sensing) and "women smell nice" (praise) are cleared.

Cost: one frozenset test of the hit's last word in `in_game`; only the four smell words
look at most three tokens after them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck19_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_insults13 import Insults13Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck19Rules"]

SMELL_NOTE: Final = NOT_OF_GROUP_NOTE  # a group sensing a smell or praised for one


class HateCheck19Rules(Insults13Rules):
    """A group said to smell only when the smell is a bad one."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "refugees smell the sea" and "women smell
        nice" say no bad smell of the group."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens[-1] not in w.SMELLS:
            return target, note  # most hits: one set look-up
        if target is Kind.GROUP and not _bad_smell(ctx, hit):
            return Kind.OBJECT, SMELL_NOTE
        return target, note


def _bad_smell(ctx: Context, hit: Hit) -> bool:
    """The clause ends after the smell word, or a bad word follows (intensifiers
    between): "indians smell", "muslims smell so bad", "gypsies reek of ..."."""
    tokens = ctx.tokens
    end = min(len(tokens), hit.last + w.SMELL_REACH)
    for j in range(hit.last, end):
        if ctx.pause_after(j - 1):
            return True  # "indians smell, everyone knows it"
        token = tokens[j]
        if token in w.SMELL_BAD:
            return True
        if token not in w.SMELL_SKIP:
            return False  # "refugees smell the sea", "women smell nice"
    return end == len(tokens)  # only intensifiers to the end: "jews smell so much"
