"""Targeting rules of the italian34 round (issue 8, twenty-third session): Italian
stereotypes and wishes of removal said of an identity group in words the lexicon lacked.

- A group said not to work, without the older "mai": "i rom non lavorano", "gli
  immigrati non fanno niente tutto il giorno", "gli zingari non fanno un cazzo" (lexicon
  lines in identity_attack.txt, aimed by the older group-subject readings, so "i
  politici non lavorano", "i miei colleghi non lavorano oggi", "Zingaretti non lavora"
  stay clean). Stay clean too: "gli immigrati non lavorano?" (asked), '"i rom non
  lavorano" è un pregiudizio' (quoted), "gli immigrati non fanno niente di male"
  (nothing of a kind done), "non è vero che i rom non lavorano" (countered, as before).
- A wish that a group went away, in the subjunctive: "sarebbe meglio se gli zingari se
  ne andassero", "vorrei che i rom se ne andassero", "sarebbe meglio se i neri
  tornassero al loro paese" (lexicon lines in threat.txt). Stay clean: "sarebbe meglio
  se i turisti se ne andassero prima di sera" (no identity group), asked, quoted, and
  the wish no one holds, for the older removal terms too: "nessuno vuole che i
  musulmani se ne vadano".

Cost per hit: one frozenset test of the term; then one token after it, or at most
WISH_REACH tokens back for the denied wish. No regex, no new work for messages without
these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian34_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat33 import GameChat33Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SAID_NOTE", "Italian34Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SAID_NOTE: Final = "a stereotype or wish asked, quoted or denied"


class Italian34Rules(GameChat33Rules):
    """A group said not to work, or wished away; asked, quoted or denied, not said."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled where this round's terms (and the
        older removal terms) are asked, quoted or denied."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and term not in w.OLD_GOING:
            return target, note
        if own and ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.NONE, NOT_SAID_NOTE  # "gli immigrati non lavorano?"
        if term in w.NOTHING_DONE and _it34_of_kind(ctx, hit.last):
            return Kind.NONE, NOT_SAID_NOTE  # "non fanno niente di male"
        if term not in w.IDLE and _it34_wish_denied(ctx, hit.first):
            return Kind.NONE, NOT_SAID_NOTE  # "nessuno vuole che i rom se ne vadano"
        return target, note


def _it34_of_kind(ctx: Context, last: int) -> bool:
    """ "Di" right after the term, in its clause: "niente di male", "nulla di illegale"."""
    tokens = ctx.tokens
    return last < len(tokens) and tokens[last] == w.OF and not ctx.pause_after(last - 1)


def _it34_wish_denied(ctx: Context, first: int) -> bool:
    """A wish no one holds before the term in its sentence: "nessuno vuole che", "non
    voglio che"."""
    tokens = ctx.tokens
    start = ctx.sentence_start(first, w.WISH_REACH)
    return any(tokens[i] in w.NO_ONE and tokens[i + 1] in w.WANTS for i in range(start, first - 1))
