"""Targeting rules of the italian59 round (issue 8): a vice said to be in a named group's
blood, DNA or nature, or to be its habit, in Italian.

- Innate: the round's "nel sangue", "nel dna", "nei geni", "nella natura" (or "nel loro
  ...") with a named group and a vice (italian59_words.VICES: "il furto", "la violenza",
  "rubare", "mentono", "ladri") in its sentence, a few words either side, in any order:
  "è nel sangue degli zingari rubare", "i musulmani hanno la violenza nel dna", "mentire è
  nella natura delle donne", "i rom rubano, ce l'hanno nel sangue". Stay clean: gifts and
  tastes ("i rom hanno la musica nel sangue", "gli italiani hanno il calcio nel dna"),
  the speaker and people who are no group ("ho la musica nel sangue", "i politici hanno
  la menzogna nel sangue"), a group that suffers the vice ("la violenza contro le donne
  è nel dna di questa società", "i rom subiscono violenza, ce l'hanno nel sangue la
  paura"), a denial near the line in its sentence ("la violenza non è nel dna dei
  musulmani", "nessuno ha il crimine nel sangue", "i rom hanno la musica nel sangue, non
  il furto").
- Habit: the round's "hanno il vizio" with a named group right before it: "gli ebrei hanno
  il vizio del denaro", "i rom hanno il vizio di rubare". Stay clean: people who are no
  group ("mio padre ha il vizio del fumo", "i miei amici hanno il vizio del poker").

Both stay clean quoted or asked, reported, denied, framed as false or countered
(italian57's unsaid reading). The round's lines (it/identity_attack.txt) count only in
these shapes.

Cost per hit: a frozenset test of the term; then at most INNATE_REACH tokens either side
in the sentence, each tested once for a vice, a denial, a suffering and the start of a
named group (or italian57's GROUP_REACH tokens back for the habit). No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian59_words as w
from bot.core.scoring.targeting_chat11 import Chat11Rules
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED59_NOTE", "Italian59Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED59_NOTE: Final[str] = "no named group given a vice by birth or habit"


class Italian59Rules(Chat11Rules):
    """A vice in a named group's blood or nature ("è nel sangue degli zingari rubare") or
    its habit ("gli ebrei hanno il vizio del denaro")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if term in w.HABIT_TERMS:
            shaped = self._it57_group_before(ctx.tokens, hit.first) >= 0
        else:
            shaped = self._it59_innate(ctx, hit)
        if shaped and target is not Kind.REPORTED and not self._it57_unsaid(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "i musulmani hanno la violenza nel dna"
        return Kind.NONE, NOT_SHAPED59_NOTE  # "i rom hanno la musica nel sangue"

    def _it59_innate(self, ctx: Context, hit: Hit) -> bool:
        """A vice and a named group (not the object of "contro", "verso", "per") within
        INNATE_REACH tokens of the line in its sentence, and no denial nor a vice suffered
        or fought there."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.INNATE_REACH)
        end = ctx.sentence_end(hit.last - 1, w.INNATE_REACH)
        vice = group = False
        for i in range(start, end):
            if hit.first <= i < hit.last:
                continue
            word = tokens[i]
            if word in w.DENIALS or word in w.SUFFERED:
                return False  # "la violenza non è nel dna dei musulmani", "subiscono"
            vice = vice or word in w.VICES
            group = group or (self._group_end(tokens, i) > i and not self._hc9_governed(tokens, i))
        return vice and group
