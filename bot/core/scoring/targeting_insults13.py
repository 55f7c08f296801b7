"""Targeting rules of the insults13 round (issue 8, fourteenth session): a comment-thread
retort the older rules read as a report.

- "spoken like a true idiot", "said like a real moron": a retort judging the reader's
  words, the participle opening the clause; "he said like a moron would" and "spoken
  like a true fan" stay clean. Only name-call nouns count (no describing word).

The round also fixed targeting_vulgar's mention reading at its own depth ("learn to
spell idiot" calls the reader). Two further rules of this round (a name-call after an
order's "it", "look it up fool"; "don't be such a loser") were built and then dropped:
insults_train's odd half judged them net negative (0 hostile rows gained, 2 profane
non-insults flagged); see the branch history and the round's report.

Cost: every hit pays one frozenset test of its reading (REPORTED or NONE) and a note
test; those then pay a category test and one frozenset test of the hit's tokens, and at
most four token look-ups back for "like". No regex, no walk past the clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults13_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_formspring4 import Formspring4Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Insults13Rules"]

_SPOKEN_FROM: Final = frozenset({Kind.REPORTED, Kind.NONE})  # "said" reads as a report


class Insults13Rules(Formspring4Rules):
    """A name-call after "spoken like a true ..." speaks to the reader."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; "spoken like a true idiot" becomes the reader's."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _SPOKEN_FROM
            and not note
            and self._i13_named(hit)
            and self._i13_spoken_like(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "spoken like a true idiot"
        return target, note

    def _i13_named(self, hit: Hit) -> bool:
        """A name-call noun (no describing word): "loser", "fool", not "stupid"."""
        entry = hit.entry
        return entry.category is Cat.INSULT and self._cue_descriptive.isdisjoint(entry.tokens)

    def _i13_spoken_like(self, ctx: Context, hit: Hit) -> bool:
        """ "spoken like a true idiot", "said like a real moron": a participle opening its
        clause, "like", then at most three fillers before the name-call."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - 4)
        while i >= floor and tokens[i] in w.LIKE_FILLERS:
            i -= 1
        if i < 1 or tokens[i] != "like" or tokens[i - 1] not in w.SPOKEN:
            return False
        return i == 1 or ctx.pause_after(i - 2)
