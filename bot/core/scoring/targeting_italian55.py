"""Targeting rules of the italian55 round (issue 8): a named group derided without a slur,
in shapes the older Italian lines missed.

- A misdeed typical of a group: "tipico/classico di|dei|degli|delle", "roba da", "cose
  da" with a named group right after (over articles) and a misdeed in the same sentence
  ("tipico di un nero: ladro", "truffare i vecchi, tipico degli zingari", "roba da ebrei,
  strozzini"). Stay clean: "tipico di un lunedì: pioggia", "tipico dei bambini rubare le
  caramelle", "il piatto tipico dei musulmani".
- Nothing good expected from a group: "niente/nulla di buono" with "da" and a named group
  a few words before or after it in the sentence ("da un ebreo non mi aspetto niente di
  buono", "niente di buono dai gay"). Stay clean: "da questo governo non mi aspetto
  niente di buono".
- Work or housing refused: "non date lavoro", "mai affittare", "non vendete casa" with a
  named group right after ("non date lavoro agli zingari", "mai affittare casa a un
  musulmano"). Stay clean: "non date lavoro in nero", "non affittate casa senza
  contratto", and "una vergogna" right before a refusal, which condemns it ("è una
  vergogna non affittare casa ai neri").

Quoted or asked lines, another's saying, a denial before the term and counter-speech in
the sentence (italian54's reading, with this round's extra words: "antisemitismo",
"schifo", "denunciato") stay clean. The round's lines (identity_attack.txt,
exclusion.txt) count only in these shapes.

Cost per hit: a frozenset test of the term; then the group finder over a few words ahead,
or at most FROM_BACK + FROM_AHEAD tokens scanned for "da", and one sentence tested against
the misdeeds and the counter words. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian53_words as i53
from bot.core.scoring import italian54_words as i54
from bot.core.scoring import italian55_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum36 import Forum36Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED55_NOTE", "Italian55Rules", "hit_sentence"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED55_NOTE: Final[str] = "no misdeed typical of, good denied or work refused to a group"
_REFUSE_GAP: Final[frozenset[str]] = i53.GROUP_GAP | w.REFUSE_GAP


class Italian55Rules(Forum36Rules):
    """A misdeed typical of a named group, nothing good expected from it, work or housing
    refused to it."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OLDER_REFUSALS and self._it55_countered(ctx, hit):
            return Kind.NONE, NOT_SHAPED55_NOTE  # "è razzista non affittare ai neri"
        if term in w.SHAME_TERMS and _refusal_after(ctx, hit):
            return Kind.NONE, NOT_SHAPED55_NOTE  # "è una vergogna non affittare ai neri"
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and self._it55_shaped(ctx, hit, term)
            and not self._it55_unsaid(ctx, hit, term)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "tipico degli zingari rubare"
        return Kind.NONE, NOT_SHAPED55_NOTE

    def _it55_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The line in one of the round's shapes, with a named group where it wants one."""
        if term in w.NOTHING_GOOD_TERMS:
            return self._it55_from_group(ctx, hit)
        if term in w.REFUSE_TERMS:
            return self._hc43_group_after(ctx, hit.last, _REFUSE_GAP) > 0
        if self._hc43_group_after(ctx, hit.last, i53.GROUP_GAP) < 0:
            return False
        return not w.MISDEEDS.isdisjoint(hit_sentence(ctx, hit))

    def _it55_from_group(self, ctx: Context, hit: Hit) -> bool:
        """ "da" (dai, dagli ...) right before a named group, a few tokens before or after
        the term in its sentence."""
        start = max(ctx.sentence_start(hit.first, w.FROM_BACK), hit.first - w.FROM_BACK)
        end = min(ctx.sentence_end(hit.last - 1, w.FROM_AHEAD), hit.last + w.FROM_AHEAD)
        tokens = ctx.tokens
        return any(
            tokens[i] in w.FROM and self._hc43_group_after(ctx, i + 1, i53.GROUP_GAP) > 0
            for i in [*range(start, hit.first), *range(hit.last, end)]
        )

    def _it55_unsaid(self, ctx: Context, hit: Hit, term: str) -> bool:
        """italian54's unsaid reading, or this round's counter words in the sentence. The
        "non" of "non mi aspetto niente di buono" is the shape's own, not a denial: that
        term is read only quoted, asked, reported or countered."""
        if term not in w.NOTHING_GOOD_TERMS:
            return self._it55_countered(ctx, hit) or self._it54_unsaid(ctx, hit)
        return (
            ctx.quoted_or_asked(hit.first, hit.last)
            or self._it11_reported(ctx, hit)
            or self._it55_countered(ctx, hit)
        )

    @staticmethod
    def _it55_countered(ctx: Context, hit: Hit) -> bool:
        """Counter-speech in the hit's sentence: italian54's words or this round's."""
        sentence = hit_sentence(ctx, hit)
        return not (i54.COUNTER.isdisjoint(sentence) and w.COUNTER.isdisjoint(sentence))


def _refusal_after(ctx: Context, hit: Hit) -> bool:
    """A refusal of work or housing ("non affittare", "mai dare lavoro") right after the
    hit, no pause between, and the hit said impersonally (it opens the line or follows
    "è"): the shame is the refusal's."""
    tokens = ctx.tokens
    first, after = hit.first, hit.last
    if first > 0 and tokens[first - 1] not in w.IMPERSONAL:
        return False  # "i rom sono una vergogna non affittate loro casa": the group's
    return not ctx.pause_after(after - 1) and any(
        " ".join(tokens[after : after + size]) in w.REFUSALS
        for size in range(2, w.REFUSAL_MOST_WORDS + 1)
    )


def hit_sentence(ctx: Context, hit: Hit) -> list[str]:
    """The tokens of the hit's sentence, at most SENTENCE_REACH either side."""
    reach = w.SENTENCE_REACH
    start = max(ctx.sentence_start(hit.first, reach), hit.first - reach)
    end = min(ctx.sentence_end(hit.last - 1, reach), hit.last + reach)
    return ctx.tokens[start:end]
