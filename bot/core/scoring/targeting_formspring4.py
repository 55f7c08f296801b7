"""Targeting rules of the formspring4 round (issue 8, fourteenth session): bullying aimed
at a teenager on a Q&A site, in the shapes school and Discord chats share.

- A boast put in the reader's mouth, then denied: "you think you're so pretty but ur
  not", "u act like ur tough but ur not". The denial ("but ur not", insult.txt's
  formspring4 lines) counts only after a boast verb ("think", "act", "wish") whose
  subject is the reader, in the same sentence; "i wanted to go but ur not coming" and
  "she thinks it's easy but you're not sure" stay clean.
- The boast alone ("u think ur all that", "you think you're better than everyone") is a
  lexicon phrase; said as the writer's own view ("i think ur all that") it is praise.
- Lexicon phrases carry the rest (no rule here): the reader's life questioned ("why do
  you even exist"), "your so fake" in the "your" spelling, and a sexual act said onto
  the reader's body or pictures ("i want to cum on your face", "i jizzed to your pics").

Cost: one frozenset test of the hit's term per hit; only this round's denials and boasts
walk back, at most ten tokens within their sentence.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import formspring4_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian17 import Italian17Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Formspring4Rules"]

_BOAST_START: Final = "think"


class Formspring4Rules(Italian17Rules):
    """A boast put on the reader and denied; the writer's own praise cleared."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), with this round's denials and boasts read."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.BOAST_DENIED:
            if note or self._reader_boasts(ctx, hit.first):
                return target, note  # "you think you're so pretty but ur not"
            return Kind.NONE, w.NOT_BOAST_NOTE  # "i wanted to go but ur not coming"
        if (
            not note
            and term.startswith(_BOAST_START)
            and hit.first > 0
            and ctx.tokens[hit.first - 1] in w.WRITER
        ):
            return Kind.NONE, w.PRAISE_NOTE  # "i think ur all that"
        return target, note

    def _reader_boasts(self, ctx: Context, at: int) -> bool:
        """A boast verb with the reader as its subject before `at`, in its sentence."""
        tokens = ctx.tokens
        start = ctx.sentence_start(at, w.BOAST_REACH)
        for k in range(at - 1, start - 1, -1):
            if tokens[k] in w.BOAST_VERBS:
                before = tokens[max(start, k - w.READER_REACH) : k]
                return not w.READER.isdisjoint(before)
        return False
