"""Targeting rules of the hatecheck36 round (issue 8, twenty-fourth session): a vice or a
habit pinned on a named identity group with "always", "constantly" or "keep", as
functional hate-speech suites and hateful posts write it.

- A group always at a vice: the lexicon's hatecheck36 lines (hatecheck36_words.HABITS:
  "always breed", "always rob", "always scheme", "constantly loot", "constantly whine",
  "keep breeding", "keep sponging", ...) count when the token before them, over a short
  gap ("are", "just", "literally", "all"), ends a named identity group: "muslims always
  breed", "black people constantly loot", "jews are always scheming", "immigrants keep
  breeding like rabbits", "muslims just keep breeding". The older rules found no hit
  there (only the weightless cue "always" or "keep").
- Stay clean: no protected group ("politicians always scheme", "rabbits keep breeding",
  "my kids keep whining", "i always sponge off my parents", "my gay friend is always
  late": no hit), a gap broken by a denial or a pause ("muslims don't always breed"),
  asked, quoted or reported ("do muslims always breed that fast?", "he said refugees
  always freeload"), someone else's claim or a counter ("stop saying muslims always
  breed", "it's a lie that black people always rob", "saying black people always riot
  is racist"), a stereotype named by its frame ("the trope that muslims keep breeding
  is old"), a plea after it ("refugees keep begging for help").

Said of anyone but a named group the round's lines are cancelled (Kind.OBJECT). The
terms are in group_only.FIRST_NAMED_TERMS, as hatecheck26's are (they share "begging",
"moaning", "scheme"): words anchoring only such terms stay unknown to the other rules and
out of the clean fast path without a group, so "you keep whining" and "i always mooch"
read as before.

Cost per hit: one frozenset test of the term; at most four tokens back over the gap and
one group test, three tokens before the group for a frame, then the older group rules'
denial checks (sentence-bounded) and three tokens ahead for a plea. No regex, no new work
for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck36_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum26 import Forum26Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_OF_GROUP_NOTE", "HateCheck36Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_OF_GROUP_NOTE: Final = "a vice's habit not pinned on a named group"


class HateCheck36Rules(Forum26Rules):
    """A named group always at a vice: "muslims always breed", "jews keep scheming"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's habits aimed at a named group."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.HABITS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and self._hc36_of_group(ctx, hit)
            and not self._hc36_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "muslims always breed"
        return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "rabbits always breed"

    def _hc36_of_group(self, ctx: Context, hit: Hit) -> bool:
        """A named identity group right before the habit over the gap ("are", "just"),
        no pause between, and no stereotype's frame right before the group: "muslims
        always breed", "black people are always rioting"."""
        tokens = ctx.tokens
        for at in range(hit.first - 1, max(-1, hit.first - 1 - w.GAP_REACH), -1):
            if ctx.pause_after(at):
                return False
            word = tokens[at]
            if word in w.GAP:
                continue
            start = self._group_ending_at(tokens, at, hit.first)  # never "my gay friend is"
            return start >= 0 and not _hc36_framed(tokens, start)
        return False

    def _hc36_denied(self, ctx: Context, hit: Hit) -> bool:
        """Not the writer's claim: someone else's saying, a counter, a denial or a
        myth's frame (the older group rules' checks), or a plea after the habit."""
        return (
            self._hc28_others(ctx, hit)
            or self._countered(ctx, hit)
            or self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
            or not w.PLEAS.isdisjoint(ctx.tokens[hit.last : hit.last + w.PLEA_REACH])
        )


def _hc36_framed(tokens: list[str], start: int) -> bool:
    """A stereotype's frame right before the group at `start` ("the trope that", "the
    stereotype that", "the racist idea that"): the claim is named, not made."""
    at = start - 1
    if at >= 0 and tokens[at] in w.ARTICLES:
        at -= 1  # "the idea that the jews ..."
    return at >= 1 and tokens[at] == w.THAT and tokens[at - 1] in w.FRAMES
