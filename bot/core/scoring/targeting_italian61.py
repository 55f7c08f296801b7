"""Targeting rules of the italian61 round (issue 8): a named group reduced to a burden,
a defect or a plague, in Italian.

- The burden: the round's "bocche da sfamare", "fardello", "onere", "palla al piede",
  "salasso", "costo", "mangiapane a tradimento", "pesi morti" and "mantenuti" (or
  italian61_words.BURDENS, KEPT) right after a being verb over its adverbs and article,
  a named group (or one member after "ogni") opening its sentence right before: "i
  disabili sono solo bocche da sfamare", "gli immigrati sono un fardello per lo stato",
  "i migranti sono tutti mantenuti".
- The defect: the round's "difettosi", "malformati", "errori", "la peste" the same way,
  and the older "scherzo della natura": "i gay sono difettosi", "i trans sono degli
  errori", "gli zingari sono la peste", "i trans sono uno scherzo della natura".

Clean: things and oneself ("questo mutuo è un fardello", "le bollette sono un salasso",
"mi sento una palla al piede", "questi pezzi sono difettosi"), people who are no group
("i miei figli sono ancora mantenuti"), the participle's other uses ("i disabili sono
mantenuti in vita"), negations ("i disabili non sono un fardello"), questions, reports
and counter-speech (italian57's unsaid reading; the group not opening its sentence).
The round's own lines are cancelled out of the shape; the older ones keep their reading.

Cost per hit: a frozenset test of the term; then at most BEING_REACH tokens back over
the being verb, GROUP_REACH to the group and LEAD_REACH over its article.
No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian61_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord49 import Discord49Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REDUCED61_NOTE", "Italian61Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_REDUCED61_NOTE: Final[str] = "no named group reduced to a burden or a defect"


class Italian61Rules(Discord49Rules):
    """A named group reduced to a burden ("i disabili sono solo bocche da sfamare", "gli
    immigrati sono un fardello per lo stato") or a defect ("i gay sono difettosi", "gli
    zingari sono la peste", "i trans sono uno scherzo della natura")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shape, its own lines cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.SHAPED_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and self._it61_reduced(ctx, hit)
            and not self._it57_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "i disabili sono solo bocche da sfamare"
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_REDUCED61_NOTE  # "questo mutuo è un fardello"
        return target, note  # "il suo romanzo era uno scherzo della natura"

    def _it61_reduced(self, ctx: Context, hit: Hit) -> bool:
        """A being verb right before the line (over its adverbs and article), a named
        group (over its article) opening its sentence before it; the bare participle
        "mantenuti" only at its clause's end or before its payer."""
        tokens = ctx.tokens
        run = ctx.back_over(hit.first, w.BEING_RUN, w.BEING_REACH)
        if w.BEING.isdisjoint(tokens[run : hit.first]):
            return False  # "i disabili non sono un fardello"
        start = self._it61_group_before(tokens, run)
        if start < 0:
            return False  # "i miei figli sono ancora mantenuti", "questo zaino è un peso"
        start = ctx.back_over(start, w.GROUP_LEADS, w.LEAD_REACH)  # "gli", "tutti gli"
        if not (ctx.starts_sentence(start) or (start > 0 and ctx.pause_after(start - 1))):
            return False  # "dire che gli immigrati sono dei mantenuti è razzismo"
        if hit.entry.term not in w.KEPT or tokens[hit.first - 1] in w.NOUN_ARTICLES:
            return True
        last = hit.last
        return last == len(tokens) or ctx.pause_after(last - 1) or tokens[last] in w.PAYERS

    def _it61_group_before(self, tokens: list[str], end: int) -> int:
        """Where the widest named group ending right before token `end` starts, or -1:
        "persone trans", not only "trans", so that its article opens the sentence."""
        start = -1
        for i in range(end - 1, max(0, end - w.GROUP_REACH) - 1, -1):
            if self._group_end(tokens, i) == end:
                start = i
        return start
