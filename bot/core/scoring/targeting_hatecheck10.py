"""Targeting rules from the tenth functional hate-speech probe (issue 8, hatecheck10):
HateCheck-style shapes the ninth round still missed, in English and Italian.

- A named group as the source of evil, denied its identity, worth or humanity, or said
  to steal or replace (lexicon lines under "hatecheck10", hatecheck10_words.CLAIMS):
  "jews are the root of all evil", "gay men are never real men", "muslims are not
  people", "immigrants are stealing everything from us", "i disabili sono scarti della
  società", "gli stranieri ci stanno rubando tutto". Read as hatecheck9's claims: only
  with the group as the clause's subject, not negated, quoted or reported ("money is the
  root of all evil", "immigrants are not stealing our jobs" stay clean).
- The writer's wish for a group's death or removal (WISHES): "I hope all women die", "I
  want every muslim out of this country"; the group right after the wish and its doom a
  few words after the group ("I hope all women get equal pay" stays clean).
- The Italian first person plural of removal with a group after it (REMOVALS):
  "rimandiamo a casa tutti i neri", "cacciamo via tutti gli immigrati", "voglio tutti
  gli stranieri fuori"; "rimandiamo a casa tutti i bambini" names no group.

Every rule is gated by a frozenset test on the hit's term and reads a few tokens around
it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck10_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_vocative9 import Vocative9Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck10Rules"]

_OWN: Final = words.CLAIMS | words.WISHES | words.REMOVALS


class HateCheck10Rules(Vocative9Rules):
    """Group claims of evil, denial and theft; the writer's wish for a group's death or
    removal; the Italian "let's send them home" with a group after it."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words settled by their shape before the older rules read them."""
        term = hit.entry.term
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)
        if self._hc9_unsaid(ctx, hit):
            return Kind.OBJECT, NOT_SAID9_NOTE  # "stop saying immigrants steal our jobs"
        if term in words.CLAIMS:
            shaped = self._hc9_claimed(ctx, hit) and (
                term not in words.OURS_TAKEN
                or (hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in words.STOLEN)
            )  # "women are stealing our hearts" takes nothing
        elif term in words.WISHES and not self._hc9_writer_hates(ctx, hit):
            shaped = False  # "they want all muslims out" is someone else's wish
        else:
            shaped = self._hc10_doomed(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NOT_SAID9_NOTE)

    def _hc10_doomed(self, ctx: Context, hit: Hit) -> bool:
        """A named group after a wish or removal term in its clause, with its doom after
        the group when the term asks for one ("I hope all women die")."""
        tokens = ctx.tokens
        term = hit.entry.term
        clitic = term in words.CLITIC_REMOVALS
        end = min(len(tokens), hit.last + words.GROUP_REACH)
        for i in range(hit.last, end):
            if not clitic and ctx.pause_after(i - 1):
                return False
            group_end = self._group_end(tokens, i)
            if group_end <= 0:
                continue
            if term in words.REMOVALS and term not in words.NEEDS_DOOM:
                return True  # "rimandiamo a casa tutti i neri"
            stop = min(len(tokens), group_end + words.DOOM_REACH)
            for j in range(group_end, stop):
                if tokens[j] in words.DOOMS:
                    return True
                if ctx.pause_after(j):
                    return False
            return False
        return False
