"""Targeting rules of the italian57 round (issue 8): a named group as the doer of a
misdeed, in two shapes the older rules left unread.

- The group, "che" and a misdeed in the plural: "gli zingari che rubano nelle case",
  "basta con i rom che rubano il rame", "i marocchini che spacciano davanti alle
  scuole". italian15 reads its deeds only with the group as the clause's subject right
  before them; the relative "che" cut it off. Stay clean: one event told (a number or a
  few before the group, an arrest or a day in the sentence: "due marocchini che
  spacciano sono stati arrestati"), the singular ("una zingara che ruba in metro"), a
  figurative deed ("che rubano la scena"), other doers ("i politici che rubano").
- The group as the subject of italian56's "hanno" and a harmful participle, a harm
  right after: "i gay hanno diffuso l'aids", "i cinesi hanno portato il virus", "gli
  immigrati hanno causato la disoccupazione". italian56 reads these lines only with the
  harm fronted ("le malattie le hanno portate gli immigrati"). Stay clean: no harm
  ("i cinesi hanno portato i ravioli", "i gay hanno diffuso la notizia"), other doers
  ("i medici hanno diffuso il virus").

Both stay clean quoted or asked, reported, denied, framed as false or countered
(hatecheck9's unsaid reading, italian55's counter-speech).

Cost per hit: a frozenset test of the term; then at most RELATIVE_REACH + GROUP_REACH
tokens back to the group, one sentence tested against the event words, and at most
HARM_REACH (or FIGURATIVE_REACH) tokens ahead. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian57_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian55 import hit_sentence
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision35 import Precision35Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian57Rules"]


class Italian57Rules(Precision35Rules):
    """A named group as the doer of a misdeed: "gli zingari che rubano", "i gay hanno
    diffuso l'aids"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the group's in this round's shapes
        (the older readings of these lines are kept out of them)."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS or target is Kind.GROUP or target is Kind.REPORTED:
            return target, note  # aimed already, or another's words
        if term in w.RELATIVE_DEEDS:
            shaped = self._it57_relative(ctx, hit)
        else:
            shaped = self._it57_done(ctx, hit)
        if shaped and not self._it57_unsaid(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "gli zingari che rubano nelle case"
        return target, note

    def _it57_relative(self, ctx: Context, hit: Hit) -> bool:
        """A named group, "che" and the deed (a few adverbs or "ci" between), no few or
        number before the group, no event in the sentence, no figurative object."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.RELATIVE_BETWEEN, w.RELATIVE_REACH)
        that = at - 1
        if that < 1 or tokens[that] != "che" or ctx.pause_after(that - 1):
            return False
        start = self._it57_group_before(tokens, that)
        if start < 0 or not w.FEW.isdisjoint(tokens[max(0, start - 2) : start]):
            return False  # "due marocchini che spacciano"
        ahead = tokens[hit.last : hit.last + w.FIGURATIVE_REACH]
        return w.FIGURATIVE.isdisjoint(ahead) and w.EVENT.isdisjoint(hit_sentence(ctx, hit))

    def _it57_done(self, ctx: Context, hit: Hit) -> bool:
        """A named group right before "hanno" (not governed by "contro", "per"...) and a
        harm within a few words after the participle, no pause between."""
        tokens = ctx.tokens
        start = self._it57_group_before(tokens, hit.first)
        if start < 0 or self._hc9_governed(tokens, start):
            return False
        end = min(len(tokens), hit.last + w.HARM_REACH)
        for i in range(hit.last, end):
            if tokens[i] in w.HARMS:
                return True
            if ctx.pause_after(i):
                return False
        return False

    def _it57_group_before(self, tokens: list[str], end: int) -> int:
        """Where a named group ending right before token `end` starts, or -1."""
        for i in range(end - 1, max(0, end - w.GROUP_REACH) - 1, -1):
            if self._group_end(tokens, i) == end:
                return i
        return -1

    def _it57_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, another's saying, denied or framed as false (hatecheck9's
        reading), or countered in the sentence (italian55's words)."""
        return (
            ctx.quoted_or_asked(hit.first, hit.last)
            or self._it11_reported(ctx, hit)
            or self._hc9_unsaid(ctx, hit)
            or self._it55_countered(ctx, hit)
        )
