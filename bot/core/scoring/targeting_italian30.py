"""Targeting rules of the italian30 round (issue 8, twenty-first session): Italian
Telegram, Twitter and chat posts that judge a public figure named by surname, or say a
named group costs too much.

- A public figure's surname (italian30_words.FIGURES: "renzi", "la meloni", "di maio")
  opening its sentence as the subject of disgust or an insult: "renzi fa schifo",
  "salvini mi fa schifo", "la meloni è una vergogna", "salvini è uno schifo", "calenda
  fa pena", "di maio è un idiota", "la schlein è ridicola" (a name-call only over
  "è": "trump lied", "bitter obama" are English and left as they were). italian13 reads the disgust
  frames of a person only after a common first name ("marco fa schifo"); the older rules
  read a surname as a thing. Only "mi", "ci", "è", an article and a few adverbs stand
  between. The surname may also close a sentence the hit opens: "mi fa schifo
  salvini", "è una vergogna la meloni" ("mi fa schifo salvini quando parla" goes on and
  is left as it was). Clean: "renzi fa un discorso", "salvini è a roma" (no hit), "il traffico fa
  schifo" (no figure), "salvini non fa schifo" (denied), "secondo salvini l'italia fa
  schifo", "salvini: la sanità fa schifo", "renzi dice che il paese fa schifo" (the
  figure reports; the subject is something else), "chi dice che la meloni fa schifo
  non sa niente" (the figure does not open the sentence), "renzi è un genio" (a call
  that also praises), quoted words.
- A named group said to cost too much: "i disabili costano troppo allo stato", "gli
  immigrati ci costano troppo", "i rom costano troppo ai contribuenti". The hit is the
  older group-only "troppo" (dropped in a message naming no group), read as no group's
  deed; here a cost verb stands right before it and a named group, not governed by a
  preposition, before the verb. Clean: "la benzina costa troppo", "le case costano
  troppo" (no group), "i farmaci per i disabili costano troppo" (the group is not the
  subject), "i disabili non costano troppo" (denied), "dire che gli immigrati costano
  troppo è ignobile" (a saying), "costano troppo poco".

Cost per hit: a frozenset test of the term, then at most four tokens back to the
surname and two before it, or one token back to the verb and three to the group, each
a frozenset test. No regex, no new lexicon term, no work for messages without these
hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian30_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord26 import Discord26Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian30Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_CALLS: Final = frozenset({Cat.INSULT})


class Italian30Rules(Discord26Rules):
    """A public figure judged by surname; a named group said to cost too much."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED:
            return target, note
        term = hit.entry.term
        if term == w.TOO:
            if self._i30_costly_group(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "i disabili costano troppo"
            return target, note
        if term in w.DISGUST:
            if self._i30_figure(ctx, hit, called=False):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "renzi fa schifo"
        elif hit.entry.category in _CALLS and self._i30_figure(ctx, hit, called=True):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "di maio è un idiota"
        return target, note

    def _i30_figure(self, ctx: Context, hit: Hit, *, called: bool) -> bool:
        """ "[la] <surname> [mi|è|un ...] <hit>" opening its sentence, said, not quoted;
        a name-call only over the Italian "è" ("trump lied", "bitter obama" are English
        and left as they were)."""
        if hit.entry.term in w.PRAISE_TOO or ctx.quoted(hit.first, hit.last):
            return False
        if hit.first < 1:
            return not called and self._i30_figure_after(ctx, hit)
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.BETWEEN, w.BETWEEN_REACH) - 1
        if at < 0:
            return not called and self._i30_figure_after(ctx, hit)
        if ctx.pause_after(at) or (
            called and not any(word in w.COPULAS for word in tokens[at + 1 : hit.first])
        ):
            return False
        name = tokens[at]
        if name in w.FIGURES:
            first = at
        elif at > 0 and (tokens[at - 1], name) in w.PARTICLE_NAMES:
            first = at - 1
        else:
            return not called and self._i30_figure_after(ctx, hit)
        start = ctx.sentence_start(first, w.FIGURE_REACH)
        return first == start or (first == start + 1 and tokens[start] in w.BEFORE_FIGURE)

    @staticmethod
    def _i30_figure_after(ctx: Context, hit: Hit) -> bool:
        """ "[mi] <hit> [la] <surname>" alone in its sentence: "mi fa schifo salvini"."""
        tokens = ctx.tokens
        opens = ctx.back_over(hit.first, w.OPENING, 1)
        if opens != ctx.sentence_start(hit.first, w.FIGURE_REACH):
            return False
        at = hit.last
        if at < len(tokens) and tokens[at] in w.BEFORE_FIGURE and not ctx.pause_after(at - 1):
            at += 1
        if at >= len(tokens) or tokens[at] not in w.FIGURES or ctx.pause_after(at - 1):
            return False
        return ctx.closes_clause(at + 1)

    def _i30_costly_group(self, ctx: Context, hit: Hit) -> bool:
        """A named group, the subject, right before a cost verb right before "troppo"."""
        tokens = ctx.tokens
        verb = hit.first - 1
        if verb < 1 or tokens[verb] not in w.COST or self._hc9_unsaid(ctx, hit):
            return False
        if hit.last < len(tokens) and tokens[hit.last] in w.TOO_LITTLE:
            return False  # "costano troppo poco"
        at = ctx.back_over(verb, w.COST_BETWEEN, w.COST_REACH)
        if at < 1 or ctx.pause_after(at - 1):
            return False
        return any(
            self._group_end(tokens, i) == at and not self._hc9_governed(tokens, i)
            for i in range(max(0, at - 3), at)
        )
