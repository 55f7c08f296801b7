"""Targeting rules of the italian58 round (issue 8): a named group disliked, or met with
disgust at the sight of it, in Italian.

- Dislike: the round's "non mi piacciono" with a named group right after it (over a
  degree: "per niente", "proprio") closing its clause ("non mi piacciono i gay", "non mi
  piacciono per niente gli immigrati"), or "non (mi) piacciono" with a named group right
  before it ("i musulmani non mi piacciono", "a me i neri non piacciono"), not its
  dative ("ai gay non piacciono le donne" says what they like). Stay clean:
  things and people who are no group ("non mi piacciono i pomodori", "i politici"), a
  group's word used of a thing ("non mi piacciono i film gay", "i gay pride").
- Disgust at the sight: the round's "mi viene da vomitare", "mi viene il voltastomaco",
  "mi viene la nausea" or an older disgust line ("fa schifo", "mi fa vomitare", "mi
  disgusta") after a sight verb ("vedo", "vedere", "incontro") with a named group right
  after it, a few words before, in the same sentence ("ogni volta che vedo un nero mi
  viene da vomitare", "vedere i rom in giro mi fa schifo"). Stay clean: the sight of a
  thing ("quando vedo il sangue mi viene la nausea"), of harm done to the group ("quando
  vedo un nero picchiato mi viene da vomitare"). An older line's other readings stay
  its own.

Both stay clean quoted or asked, reported, denied or framed as false, or countered
(italian57's unsaid reading, its counter-speech read outside the hit). The round's lines
(it/identity_attack.txt) count only in these shapes.

Cost per hit: a frozenset test of the term; then the group finder over a few words ahead
or behind, or at most SIGHT_REACH tokens back to the sight verb and the words between
tested against HARMED. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian53_words as i53
from bot.core.scoring import italian54_words as i54
from bot.core.scoring import italian55_words as i55
from bot.core.scoring import italian58_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck64 import HateCheck64Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED58_NOTE", "Italian58Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED58_NOTE: Final[str] = "no named group disliked or met with disgust"
_DISLIKE_GAP: Final[frozenset[str]] = i53.GROUP_GAP | w.DISLIKE_GAP
_SIGHT_GAP: Final[frozenset[str]] = i53.GROUP_GAP | w.SIGHT_GAP


class Italian58Rules(HateCheck64Rules):
    """A named group disliked ("non mi piacciono i gay") or met with disgust at the sight
    of it ("quando vedo un nero mi viene da vomitare")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes and cancelled out of them, an older disgust line raised in the
        sight shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if target is not Kind.REPORTED and self._it58_shaped(ctx, hit, term):
                return Kind.GROUP, IDENTITY_NOTE  # "non mi piacciono i gay"
            return Kind.NONE, NOT_SHAPED58_NOTE  # "non mi piacciono i pomodori"
        if (
            term in w.OLDER_DISGUST
            and target is not Kind.GROUP
            and target is not Kind.REPORTED
            and self._it58_shaped(ctx, hit, term)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "vedere i rom in giro mi fa schifo"
        return target, note

    def _it58_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The line in one of the round's shapes, and said by the writer."""
        if term in w.DISLIKE_TERMS:
            shaped = self._it58_disliked(ctx, hit, term)
        else:
            shaped = self._it58_seen(ctx, hit)
        return shaped and not self._it58_unsaid(ctx, hit)

    def _it58_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, another's saying, denied or framed as false (hatecheck9's
        reading), or countered in the sentence outside the hit (italian54's and
        italian55's words: the "schifo" of "mi fa schifo" is the shape's own)."""
        if (
            ctx.quoted_or_asked(hit.first, hit.last)
            or self._it11_reported(ctx, hit)
            or self._hc9_unsaid(ctx, hit)
        ):
            return True
        tokens = ctx.tokens
        start = max(
            ctx.sentence_start(hit.first, i55.SENTENCE_REACH), hit.first - i55.SENTENCE_REACH
        )
        end = min(ctx.sentence_end(hit.last - 1, i55.SENTENCE_REACH), hit.last + i55.SENTENCE_REACH)
        around = tokens[start : hit.first] + tokens[hit.last : end]
        return not (i54.COUNTER.isdisjoint(around) and i55.COUNTER.isdisjoint(around))

    def _it58_disliked(self, ctx: Context, hit: Hit, term: str) -> bool:
        """A named group right before the term, not a dative ("i gay non mi piacciono";
        "ai gay non piacciono le donne" says what they like), or right after "non mi
        piacciono" (over a degree) closing its clause ("non mi piacciono i gay")."""
        start = self._it57_group_before(ctx.tokens, hit.first)
        if start >= 0:
            return start == 0 or ctx.tokens[start - 1] not in w.DATIVE
        if term != w.DISLIKE_AHEAD:
            return False
        end = self._hc43_group_after(ctx, hit.last, _DISLIKE_GAP)
        if end < 0:
            return False
        tokens = ctx.tokens
        return end >= len(tokens) or ctx.pause_after(end - 1) or tokens[end] in w.DISLIKE_AFTER

    def _it58_seen(self, ctx: Context, hit: Hit) -> bool:
        """A sight verb at most SIGHT_REACH tokens back in the sentence with a named group
        right after it, and no harm done to the group between it and the disgust."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, w.SIGHT_REACH), hit.first - w.SIGHT_REACH)
        for i in range(hit.first - 1, start - 1, -1):
            if tokens[i] not in w.SIGHT:
                continue
            end = self._hc43_group_after(ctx, i + 1, _SIGHT_GAP)
            return 0 < end <= hit.first and w.HARMED.isdisjoint(tokens[end : hit.first])
        return False
