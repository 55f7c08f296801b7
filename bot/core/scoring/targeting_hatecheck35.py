"""Targeting rules of the hatecheck35 round (issue 8, twenty-fourth session): a named
identity group said never to do a civic or moral duty, a stereotype with no insult word,
as functional hate-speech suites and hateful posts write it.

- A named group, then (over a short gap: "all", "just", "will", "simply") a refusal
  ("never", "don't", "won't", "refuse to") and a duty (work, pay taxes, integrate,
  assimilate, learn the language, wash, contribute): "immigrants never pay taxes",
  "muslims never integrate", "black people don't work", "gypsies never wash", "muslims
  will never assimilate" (lexicon lines in insult.txt, hatecheck35_words.OWN_TERMS).
- Stay clean: "politicians never pay taxes", "my kids never wash", "these apps never
  work" (no identity group: the hit is cancelled, so the older rules never read it at
  the reader either, "i refuse to work"); "it's a myth that immigrants never pay taxes",
  "not true that muslims never integrate", "stop saying black people don't work" (denied,
  countered or someone else's claim); "do immigrants never pay taxes?" and quoted lines;
  "jews don't work on the sabbath", "muslims don't work on eid" (a custom or schedule
  right after the duty); "my muslim neighbour never works weekends" (one person: the
  singular verb has no line at all).

Cost per hit: one frozenset test of the term; then one token after it, at most GAP_REACH
tokens back and one group test, then the older denial checks (sentence-bounded). No
regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck35_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian34 import Italian34Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SAID_NOTE", "UNSHAPED_NOTE", "HateCheck35Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
UNSHAPED_NOTE: Final = "a duty shirked not said of a named group"
NOT_SAID_NOTE: Final = "a group's shirked duty asked, quoted, denied or a custom"


class HateCheck35Rules(Italian34Rules):
    """A named identity group said never to work, pay taxes, integrate or wash."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed at a named group
        as the subject, cancelled otherwise."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if not self._hc35_group_subject(ctx, hit):
            return Kind.OBJECT, UNSHAPED_NOTE  # "politicians never pay taxes"
        if (
            target is Kind.REPORTED
            or ctx.quoted_or_asked(hit.first, hit.last)
            or self._hc28_others(ctx, hit)
            or self._countered(ctx, hit)
            or self._denied_by_quantifier(ctx, hit)
            or _hc35_schedule(ctx, hit.last)
        ):
            return Kind.NONE, NOT_SAID_NOTE  # "it's a myth that immigrants never pay taxes"
        return Kind.GROUP, IDENTITY_NOTE

    def _hc35_group_subject(self, ctx: Context, hit: Hit) -> bool:
        """A named identity group right before the refusal, over a short gap ("all",
        "just", "will"), no pause: "muslims", "gay people", "these immigrants"."""
        tokens = ctx.tokens
        for at in range(hit.first - 1, max(-1, hit.first - 1 - w.GAP_REACH), -1):
            if ctx.pause_after(at):
                return False
            word = tokens[at]
            if word in w.GAP:
                continue
            return self._group_ending_at(tokens, at, hit.first) >= 0  # "black people"
        return False


def _hc35_schedule(ctx: Context, last: int) -> bool:
    """A time, place or employer right after the duty, in its clause: "don't work on
    the sabbath", "never work late"."""
    tokens = ctx.tokens
    return last < len(tokens) and tokens[last] in w.SCHEDULES and not ctx.pause_after(last - 1)
