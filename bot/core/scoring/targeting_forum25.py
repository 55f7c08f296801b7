"""Targeting rules of the forum25 round (issue 8, twenty-third session): forum and
news-site comments that measure a commenter's wits by degree, and that name a person
after an exclamation's name-call.

- A commenter's wits measured: the reader opening the clause ("you", "u"; after a few
  openers, "wow, you ...", "surely you ..."), up to five modal words ("can't", "must",
  "really", "have to practice to"), "be", a degree ("that", "this", "more") and a word
  for a lack of wits (forum25_words.WITS): "you can't be that stupid", "You CAN'T really
  be that dumb.", "you have to be that ignorant to vote for him", "you couldn't be more
  stupid if you tried". The base read these as said of no one (the negation or the
  modal). Stay clean: "i can't be that stupid", "the law can't be that stupid" (no
  reader), "you don't have to be that smart" (no wits word), "he said you can't be that
  stupid" (the reader does not open the clause), "can you really be that naive?" and
  "you can't be that stupid?" (asked), '"you can't be that stupid" is his line' (quoted),
  "you can't be that dumb, you're the smartest person i know" (a kind word after).
- A person named after an exclamation's name-call: "what" opening the sentence, "a" or
  "an", at most two words, a person-noun (forum25_words.NAME_CALLS), then "this" or
  "that" and a person ("guy", "governor", "senator"), a copula, and the clause closes:
  "what a moron this governor is", "What a fool that man was.", "what an ignorant fool
  this poster is". A pronoun is no person here: "what a loser he is" keeps its older
  clean reading (test_scorer_precision). The base read "this governor" as
  a thing. Said of a person outright (olid4's OUTRIGHT_NOTE), as "this governor is a
  moron" already is. Stay clean: "what a fool i am" (the writer), "what a joke this bill
  is" and "what a clown show this hearing is" (a thing), "what a genius this guy is" (no
  name-call), "is what a moron this guy is the headline?" (asked), "she said "what an
  idiot this guy is"" (quoted), "what a clown this guy is, love him" (a kind word after).

Cost per hit: one frozenset test of the term for each shape; then at most eleven tokens
back (the degree, "be", five modals, the reader and three openers) or eight tokens around
the exclamation, and eight ahead for a kind word. No regex, no new lexicon words, no work
for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum25_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat32 import GameChat32Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum25Rules"]

_AIMED_AWAY: Final = frozenset({Kind.REPORTED, Kind.SELF})


class Forum25Rules(GameChat32Rules):
    """A commenter's wits measured by degree; a person named after "what a moron"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        wits = term in w.WITS
        if not wits and term not in w.NAME_CALLS:
            return target, note
        if (
            target in _AIMED_AWAY
            or ctx.quoted_or_asked(hit.first, hit.last)
            or ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return target, note
        if wits and _f25_wits_measured(ctx, hit.first):
            return Kind.SECOND_PERSON, ""  # "you can't be that stupid"
        if not wits and _f25_exclaimed_of(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "what a moron this governor is"
        return target, note


def _f25_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after a few openers and a comma ("wow, you
    can't ...", "Honestly, what an idiot ...")."""
    tokens = ctx.tokens
    floor = max(0, at - w.OPENER_REACH)
    while True:
        if ctx.starts_sentence(at):
            return True
        if at <= floor or tokens[at - 1] not in w.OPENERS:
            return False
        at -= 1


def _f25_wits_measured(ctx: Context, first: int) -> bool:
    """ "you (can't really) be that stupid": the reader opening the clause, modals, "be"
    and a degree right before the wits word."""
    tokens = ctx.tokens
    at = first - 2
    if at < 1 or tokens[at + 1] not in w.DEGREES or tokens[at] != w.BE:
        return False
    at = ctx.back_over(at, w.MODALS, w.MODAL_REACH)
    if at < 1 or tokens[at - 1] not in w.READERS:
        return False
    return _f25_opens(ctx, at - 1)


def _f25_exclaimed_of(ctx: Context, hit: Hit) -> bool:
    """ "what a (pathetic) moron this governor is": the exclamation opening its sentence,
    a person named after it with a copula, and the clause closing."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if tokens[first] in w.ARTICLES:  # "a tool" holds its article
        at = first
    else:
        at = first - 1
        floor = max(0, first - 1 - w.ADJECTIVE_REACH)
        while at > floor and tokens[at] not in w.ARTICLES and not ctx.pause_after(at):
            at -= 1
        if tokens[at] not in w.ARTICLES:
            return False
    if at < 1 or tokens[at - 1] != w.WHAT or not _f25_opens(ctx, at - 1):
        return False
    if not (
        last + 2 < len(tokens)
        and tokens[last] in w.DEMONSTRATIVES
        and tokens[last + 1] in w.PEOPLE
        and tokens[last + 2] in w.COPULAS
    ):
        return False  # "what a loser he is" stays the older reading (test_scorer_precision)
    end = last + 3
    return ctx.closes_clause(end) or tokens[end] in w.TAILS
