"""Targeting rules of the olid27 round (issue 8, twenty-fourth session): OLID replies that
say a person, the reader or a camp is full of it, or lacks a soul, a conscience, a spine
or class, in words the lexicon read of no one.

- Full of it: a lexicon term of olid27_words.FULL_TERMS ("full of it", "full of lies",
  "full of hot air", "full of bs") after a being verb over two adverbs, and before that a
  subject read as olid23 reads one: the reader ("@USER you are full of it", "ur so full
  of it", "Man you are full of nonsense"), "he" / "she" opening the sentence, a camp
  ("Liberals are full of hot air", "The Democrats are full of lies"), a name or a pointed
  person ("Schiff is full of lies", "this guy is full of bull"). Stay clean: "the bill is
  full of lies", "the world is full of hate" (a thing), "I am full of it today lol" (the
  writer: no being verb of the list), "he is not full of it" (denied), "is he full of
  it?" (asked), "She said he is full of it" (reported).
- A lack: a term of olid27_words.LACK_TERMS ("no soul", "no conscience", "no spine", "no
  class", "zero empathy") after a having verb, with the same subjects: "@USER you have no
  soul", "Pelosi has no soul", "Democrats have no backbone", "McConnell has no spine
  whatsoever". Stay clean: "This city has no soul", "the remake has no heart" (a thing),
  "I have no soul before coffee lol" (the writer), "he has no class on fridays", "he has
  no heart condition" (going on), "Does she have no conscience?" (asked), "if you have no
  conscience you will not care" (a condition), "you do not have no soul" (denied).

The term must close its clause or have a tail word after it (olid27_words.TAILS: "at
all", "whatsoever", "and ..."). Said to the reader the hit is second person; said of one
person it weighs as said outright (olid4's OUTRIGHT_NOTE); of a camp, a group. Outside
these shapes the terms are cancelled, and their words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS), so nothing else reads them.

Cost per hit: one frozenset test of the term; then one token after it, at most four back
over the verb and adverbs to the subject, the sentence start (cached) for a reporting
word. No regex, no new work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck35 import HateCheck35Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid22 import back_over_two
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_FULL_NOTE", "Olid27Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_FULL_NOTE: Final = "no person said to be full of it or to lack a soul"
_REPORT_REACH: Final = 8
_Reading = tuple[TargetKind, str]
_NONE: Final[_Reading] = (Kind.OBJECT, NOT_FULL_NOTE)


class Olid27Rules(HateCheck35Rules):
    """A person, the reader or a camp said to be full of it or to lack a soul."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms only in its shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.FULL_TERMS:
            return self._o27_said(ctx, hit, w.BEING)
        if term in w.LACK_TERMS:
            return self._o27_said(ctx, hit, w.HAVING)
        return target, note

    def _o27_said(self, ctx: Context, hit: Hit, verbs: frozenset[str]) -> _Reading:
        """ "you are full of it", "he has no soul": the verb and a person, the reader or
        a camp before the term, said whole; a thing, the writer, a question, a denial, a
        report or a condition judges no one."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or ctx.quoted_or_asked(first, last):
            return _NONE
        if not ctx.closes_clause(last) and tokens[last] not in w.TAILS:
            return _NONE  # "he has no class on fridays", "no heart condition"
        start = ctx.sentence_start(first, _REPORT_REACH)
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return _NONE  # "she said he is full of it", "if you have no conscience"
        verb = back_over_two(tokens, first - 1, w.ADVERBS)
        if verb < 0:
            return _NONE
        if verbs is w.BEING and tokens[verb] in w.READER_COPULAS:
            return self._o27_reader_at(ctx, verb)  # "ur full of it"
        if tokens[verb] not in verbs:
            return _NONE  # "he is not full of it", "I am full of it"
        subject = back_over_two(tokens, verb - 1, w.ADVERBS)
        if subject < 0:
            return _NONE
        if tokens[subject] in w.READERS:
            reader = self._o27_reader_at(ctx, subject)
            if reader is not _NONE:
                return reader  # "Man you are full of nonsense"
        if not self._olid24_someone(tokens, subject):
            return _NONE  # "this city has no soul", "the world is full of hate"
        aimed = self._olid23_subject(ctx, subject)
        return aimed if aimed else _NONE

    def _o27_reader_at(self, ctx: Context, at: int) -> _Reading:
        """The reader at token `at`, opening the sentence or after one retort opener."""
        if ctx.starts_sentence(at) or (
            at >= 1 and ctx.tokens[at - 1] in w.OPENERS and ctx.starts_sentence(at - 1)
        ):
            return self._olid23_reader(ctx, at)
        return _NONE
