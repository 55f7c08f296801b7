"""Targeting rules of the italian52 round (issue 8): Italian hate that two earlier Italian
rounds saw still missed, in the shapes their lexicon lines cannot read alone.

- A named group's existence questioned: "perché" (maybe "mai") opening the sentence, a
  named group, and "esistono" or "devono esistere" closing the clause (a tail at most):
  "perché i disabili devono esistere?", "perché le donne esistono?", "perché mai gli ebrei
  esistono ancora". hatecheck27 reads "esistono" only under a regret ("è un peccato
  che ..."). Stay clean: "perché esistono i buchi neri?" (no group), "i gay devono esistere
  liberi", "perché i gay non possono sposarsi?", quoted or reported lines.
- "down" cursed as a person: "down di merda" with only a pointer ("quel", "sto") before it
  in its sentence: "quel down di merda", "down di merda". Stay clean: "il server è down di
  merda" (a thing's state), "la sindrome di down".

The round's other shapes are lexicon lines read by the older rules (a group shot at or
shut out: "i neri andrebbero sparati", "chiudete i porti agli immigrati"; "merdoso";
"a che servono").

Cost per hit: a frozenset test of the term; then at most WHY_FILLER_REACH + 1 tokens back
from a group of at most two tokens, TAIL_REACH ahead, or POINTER_REACH + 1 back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian48_words as i48
from bot.core.scoring import italian52_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord45 import Discord45Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_QUESTIONED_NOTE", "Italian52Rules"]

# The note that cancels this round's own lines out of shape (weighing zeroes it).
NOT_QUESTIONED_NOTE: Final[str] = "no named group's existence questioned, no person cursed"


class Italian52Rules(Discord45Rules):
    """A named group's existence questioned by "perché"; "down" cursed as a person."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if term not in w.EXISTENCE and not own:
            return target, note
        if not own and target in AIMED_KINDS:
            return target, note  # "esistono" aimed by an older rule
        if target is not Kind.REPORTED and not ctx.quoted(hit.first, hit.last):
            if term in w.EXISTENCE and self._it52_questioned(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "perché le donne esistono?"
            if term in w.CURSED_DOWN and _it52_pointed(ctx, hit.first):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quel down di merda"
        if own:
            return Kind.NONE, NOT_QUESTIONED_NOTE
        return target, note

    def _it52_questioned(self, ctx: Context, hit: Hit) -> bool:
        """ "perché (mai) <group> esistono / devono esistere": the group right before the
        verb, "why" opening its sentence before the group, the verb closing the clause."""
        group = self._hc27_group_ends(ctx.tokens, hit.first)
        if group < 1 or ctx.pause_after(group - 1):
            return False
        why = ctx.back_over(group, w.WHY_FILLERS, w.WHY_FILLER_REACH) - 1
        if why < 0 or ctx.tokens[why] not in w.WHY:
            return False
        start = ctx.sentence_start(group, w.WHY_FILLER_REACH + 2)  # past "why": no cap
        return why == start and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)


def _it52_pointed(ctx: Context, first: int) -> bool:
    """Nothing but a pointer ("quel", "sto") before token `first` in its sentence."""
    start = ctx.sentence_start(first, w.POINTER_REACH + 1)  # past the pointers: no cap
    return ctx.back_over(first, i48.POINTERS, w.POINTER_REACH) == start
