"""Targeting rules of the italian38 round (issue 8, twenty-sixth session): Italian hate
against an identity group in words the lexicon lacked.

- A group given a habitual bad behaviour: "i musulmani si lamentano sempre", "i rom non
  si lavano mai", "gli ebrei pensano solo ai soldi", "i meridionali non hanno mai voglia
  di lavorare" (italian38_words.HABITS).
- A group othered: "i neri non sono come noi", "i musulmani non saranno mai come noi",
  "un nero non sarà mai italiano", "questi stranieri non sono dei nostri"
  (italian38_words.OTHERED).

Both are lexicon lines in identity_attack.txt, aimed by the older group-subject readings,
so "i politici si lamentano sempre", "i miei figli non si lavano mai lol" and "non è vero
che i rom non si lavano" (countered) stay clean as before. This round keeps them to an
identity group: read of anyone else ("loro non sono come noi, sono della roma", a third
person) or asked or quoted ("i musulmani si lamentano sempre?", "perché dici che gli
immigrati non sono come noi?"), they are cancelled.

Cost per hit: one frozenset test of the term; then the older context's quote-or-question
test. No regex, no new work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian38_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck39 import HateCheck39Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_OF_A_GROUP_NOTE", "Italian38Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_OF_A_GROUP_NOTE: Final = "a habit or othering not said of an identity group"


class Italian38Rules(HateCheck39Rules):
    """A group's habitual bad behaviour or its othering, counted only of an identity group
    and only as said, not asked or quoted."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled where this round's terms are not
        said of an identity group."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if target is not Kind.GROUP or _it38_asked_or_quoted(ctx, hit):
            return Kind.NONE, NOT_OF_A_GROUP_NOTE  # "loro non sono come noi", asked
        return target, note


def _it38_asked_or_quoted(ctx: Context, hit: Hit) -> bool:
    """The term inside a quote or a question ("i musulmani si lamentano sempre?")."""
    return ctx.quoted_or_asked(hit.first, hit.last)
