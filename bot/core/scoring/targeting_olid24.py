"""Targeting rules of the olid24 round (issue 8, twenty-first session): tweets that say a
person, a pointed person or a camp is the problem.

- Someone said to be the problem or part of it: "@USER he is the problem", "she's part
  of the problem", "Trump is the problem", "this guy is clearly part of the problem",
  "liberals are the real problem", "the Democrats are the problem with this country",
  "he is part of the problem, not the solution", and the reader's copula misspelt as
  "your" ("your the problem", "then your part of the problem"). A lexicon term of
  olid24_words.PROBLEM_TERMS closing its clause (or with a tail of TAILS after it), a
  being verb before it over two adverbs, and before that a subject read as olid23 reads
  one: "he" / "she" opening the sentence, "they", a camp, a name or a determiner and a
  person noun (olid22). Clean: "money is the problem", "greed is the real problem", "gun
  control is not the problem", "social media is part of the problem" (a thing, a habit
  or an idea: no person), "that's the problem", "which is part of the problem" (no
  subject), "I am part of the problem", "we're the problem" (the writer's side),
  "everyone is part of the problem" (no one in particular), "is he the problem?",
  "he is the problem?" (asked), "he is not the problem" (denied: no being verb right
  before), "she said he is the problem", "maybe i am the problem", "if you agree then
  your part of the problem" (reported, hedged or conditional), "the problem is he never
  listens", "he is the problem solver" (going on), "these are the problem", "here's the
  problem with ..." (bare pointers and places: things as often). The terms are read only
  in this shape: any other reading of them is cancelled, so "the problem" aims nothing
  elsewhere.
- The same in Italian, whole terms with a pronoun: "sei tu il problema", "il problema
  sei tu", "siete parte del problema" (the reader), "è lui il problema", "il problema
  è lei" (a person), "sono loro il problema" (people). Clean: "non sei tu il problema"
  (denied), "sei tu il problema?" (asked), "forse sono io il problema" (the writer: no
  term), "se il problema sei tu, dimmelo" (conditional), "il problema sei tu che ..."
  (going on). "problema" anchors only these terms: loose to the other rules.

Cost per hit: one frozenset test of the term; then one token after it, four back over
the verb and adverbs to the subject, and the sentence start (cached) for a reporting
word. No regex, no new work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid24_words as w
from bot.core.scoring.olid23_words import NO_ONE
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian30 import Italian30Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid22 import back_over_two
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_PROBLEM_NOTE", "Olid24Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_PROBLEM_NOTE: Final = "no person said to be the problem"
_REPORT_REACH: Final = 8
_Reading = tuple[TargetKind, str]
_NONE: Final[_Reading] = (Kind.OBJECT, NO_PROBLEM_NOTE)
_GROUP: Final[_Reading] = (Kind.GROUP, "")


class Olid24Rules(Italian30Rules):
    """A person, the reader or a camp said to be the problem or part of it."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms only in its shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.PROBLEM_TERMS:
            return self._olid24_problem(ctx, hit)
        if term in w.IT_TERMS:
            return self._olid24_problema(ctx, hit, term)
        return target, note

    def _olid24_problema(self, ctx: Context, hit: Hit, term: str) -> _Reading:
        """ "sei tu il problema", "il problema sono loro"; denied, asked, reported or
        going on ("non sei tu il problema", "se il problema sei tu ...") no one."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if ctx.quoted_or_asked(first, last):
            return _NONE
        if first > 0 and tokens[first - 1] in w.IT_DENIALS:
            return _NONE
        if not ctx.closes_clause(last) and tokens[last] not in w.TAILS:
            return _NONE
        start = ctx.sentence_start(first, _REPORT_REACH)
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return _NONE
        if term in w.IT_READER_TERMS:
            return self._olid23_reader(ctx, last - 1)
        return (Kind.THIRD_PERSON, OUTRIGHT_NOTE) if term in w.IT_ONE_TERMS else _GROUP

    def _olid24_problem(self, ctx: Context, hit: Hit) -> _Reading:
        """ "he is the problem", "liberals are part of the problem", "your the problem";
        a thing, the writer, a question, a denial or a report judges no one."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or ctx.quoted_or_asked(first, last):
            return _NONE
        if not ctx.closes_clause(last) and tokens[last] not in w.TAILS:
            return _NONE  # "the problem is ...", "the problem solver"
        start = ctx.sentence_start(first, _REPORT_REACH)
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return _NONE  # "she said he is the problem", "maybe i am the problem"
        if tokens[first - 1] == w.READER_MISSPELT:
            lead = first - 2
            if ctx.starts_sentence(first - 1) or (
                lead >= 0 and tokens[lead] in w.READER_LEADS and not ctx.pause_after(lead)
            ):
                return self._olid23_reader(ctx, first - 1)  # "your the problem"
            return _NONE
        verb = back_over_two(tokens, first - 1, w.ADVERBS)
        if verb < 1 or tokens[verb] not in w.BEING:
            return _NONE  # "he is not the problem", "is he the problem"
        subject = back_over_two(tokens, verb - 1, w.ADVERBS)
        if subject < 0 or not self._olid24_someone(tokens, subject):
            return _NONE
        aimed = self._olid23_subject(ctx, subject)
        return aimed if aimed else _NONE

    def _olid24_someone(self, tokens: list[str], at: int) -> bool:
        """The subject's last word (and a bare word before it) may name someone: no
        thing, habit or idea, no bare pointer, no one in general."""
        word = tokens[at]
        if word in w.BARE_POINTERS or word in NO_ONE:
            return False
        words = tokens[at - 1 : at + 1] if at > 0 else [word]
        return not any(
            part in w.THINGS or (len(part) > 5 and part.endswith(w.THING_ENDINGS)) for part in words
        )
