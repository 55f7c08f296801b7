"""Targeting rules of the italian68 round (issue 8): one member of a named group
pointed at with a demonstrative and put down in Italian, which the older rules read as
said of a thing ("sto", "questo" were no pointer; "quel marocchino" the coffee).

- The shape: a demonstrative ("quel", "quella", "questo", chat's "sto", "sta") opening
  its sentence (over a speaker's opener: "ma", "raga", "comunque"), a singular
  nationality or group noun, then an older insult or identity line read at an object,
  over the copula and its article (an identity line, a deed, right after it too),
  closing its clause or going on into a few tails: "quel marocchino è un ladro", "questo
  albanese è un delinquente", "sta rumena puzza da morire", "sto rumeno ruba sempre";
  never an insult line without its article ("sta rumena cucina benissimo",
  "quell'immigrato è malato") or going on ("quel cinese è un ladro di prezzi").
- "quel cinese" (the restaurant) and "quel marocchino" (the coffee) after a masculine
  pointer are read as a person only before a put-down of a person ("è un ladro", "è uno
  schifoso"); "questo cinese fa schifo", "sto marocchino è uno schifo" stay clean.

Clean: neutral mentions (no line: "quel marocchino del bar è simpatico"), news ("un
marocchino è stato arrestato": no pointer, "stato" breaks the run), negation ("quel
rumeno non è un ladro"), counter-speech and reports ("dire che quel rumeno ruba ... è
razzismo", "dice che quel rumeno è un ladro": the pointer not opening its sentence),
questions and quotes (italian57's unsaid reading), self-directed (no pointer). Only a
hit the older rules read at an object goes on; no lexicon lines.

Cost per hit: a target and category test, then a frozenset test of MEMBER_REACH tokens
before it; only then PREDICATE_REACH tokens back over the copula, TAIL_REACH tokens on
and OPENER_REACH tokens back from the pointer. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian68_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_threats13 import Threats13Rules
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["MEMBER_REACH", "Italian68Rules"]

# Tokens before a hit tested for a member at all: the member, the copula, an article and
# two adverbs ("quel marocchino è proprio un ladro").
MEMBER_REACH: Final[int] = w.PREDICATE_REACH + 1
# The put-downs read: insult and identity lines.
PUTDOWNS: Final[frozenset[Category | None]] = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})


class Italian68Rules(Threats13Rules):
    """One member of a named group pointed at with a demonstrative and put down ("quel
    marocchino è un ladro", "sta rumena puzza", "sto rumeno ruba sempre")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a put-down read at an object raised to the
        group when its subject is a pointed member."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.OBJECT or hit.entry.category not in PUTDOWNS:
            return target, note  # most hits
        window = ctx.tokens[max(0, hit.first - MEMBER_REACH) : hit.first]
        if w.MEMBERS.isdisjoint(window):
            return target, note
        if self._it68_pointed_member(ctx, hit) and not self._it57_unsaid(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _it68_pointed_member(self, ctx: Context, hit: Hit) -> bool:
        """A demonstrative opening its sentence and a member, then the hit over the
        copula: "quel marocchino è un ladro"; never "quel marocchino è uno schifo"."""
        tokens = ctx.tokens
        member = ctx.back_over(hit.first, w.PREDICATE_RUN, w.PREDICATE_REACH) - 1
        if member < 1 or tokens[member] not in w.MEMBERS:
            return False
        if hit.entry.category is not Cat.IDENTITY_ATTACK and w.ARTICLES.isdisjoint(
            tokens[member + 1 : hit.last]
        ):
            return False  # "sta rumena cucina benissimo", "quell'immigrato è malato"
        if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
            return False  # "quel cinese è un ladro di prezzi"
        pointer = tokens[member - 1]
        if pointer not in w.POINTERS or ctx.pause_after(member - 1):
            return False
        if (
            tokens[member] in w.THING_SENSES
            and pointer in w.MASCULINE_POINTERS
            and tokens[hit.last - 1] not in w.PERSON_PUTDOWNS
        ):
            return False  # "questo cinese fa schifo", the restaurant
        start = ctx.back_over(member - 1, w.OPENERS, w.OPENER_REACH)
        return ctx.starts_sentence(start)
