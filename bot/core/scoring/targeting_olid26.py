"""Targeting rules of the olid26 round (issue 8, twenty-third session): OLID replies that
call the reader or one person a bad kind of person, or a heap of filth, in words the
lexicon lacked.

- A bad kind of person: a judging adjective the lexicon lacks before a plain word for a
  person (olid26_words.KINDS: "bad person", "shady individual", "toxic woman", "sorry
  little man"), after the being verb of the reader or of one person with an article
  between: "@USER you are a bad person", "ur such a toxic person", "you are one mean
  individual", "he is a shady man", "she's a shallow person",
  "You are right he is a sorry little man". Stay clean: "bad people don't obey the law",
  "I am a bad person for eating all the pizza", "He plays a bad man in the new movie"
  (no reader, the writer, a part), "you are not a bad person" ("not" is no intensifier),
  "Am I a bad person?", "is he a shady guy?" (asked), "he said you are a bad person"
  (reported), "If you are a bad person you will be judged" (a condition), "you're a mean
  cook" (a role, no term).
- A heap of filth: "pile of garbage", "stack of trash", "bag of dung", "old fart"
  (olid26_words.HEAPS), after the same being verbs, with an article and a few describing
  words between: "you are a pile of garbage", "He is a lying stack of trash too.", "you are
  a silly old fart", "you are nothing but a pile of garbage". Stay clean: "the bill is a
  steaming pile of garbage", "my room is a heap of dung" (a thing), "I'm an old fart now
  haha" (the writer), "She told me I was a pile of garbage" (past, reported). No heap of
  "shit" or "crap": the term would hide the older profanity reading of a group
  ("immigrants are a pile of shit"), so "this game is a pile of shit" reads as before. A heap of
  "garbage" or "trash", older insult words, keeps the older rules' reading outside the
  shape, as the word alone had it ("that guy is a walking bag of garbage"); so does any
  heap the older rules read of a named group ("immigrants are a pile of shit").

Said to the reader the hit is second person; said of one person it weighs as said
outright (olid4's OUTRIGHT_NOTE), as "he is a terrible person" already does. Outside
these shapes the round's terms are cancelled (their words stay unknown to the other
rules, lexicon_compile._ROUNDS_OWN_TERMS), so nothing else reads them.

Cost per hit: one frozenset test of the term; then at most four run words, two subject
tokens and four tokens before the subject, eight ahead for a kind word. No regex, no new
work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum25 import Forum25Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CALLED_NOTE", "Olid26Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_CALLED_NOTE: Final = "no reader or person called a bad kind or a heap"


class Olid26Rules(Forum25Rules):
    """The reader or one person called a bad kind of person or a heap of filth."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed in its shapes only."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        heap = term in w.HEAPS
        if not heap and term not in w.KINDS:
            return target, note
        if target is Kind.REPORTED or ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.OBJECT, NOT_CALLED_NOTE  # "he said you are a bad person"
        called = _o26_called(ctx, hit.first, w.HEAP_RUN if heap else w.KIND_RUN)
        if called is None or ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH):
            if term in w.OLDER_FILTH or (target is Kind.GROUP and not note):
                return target, note  # "that guy is a walking bag of garbage", a group
                # the older rules named: "immigrants are a pile of shit"
            return Kind.OBJECT, NOT_CALLED_NOTE  # "this game is a pile of shit"
        if called:
            return Kind.SECOND_PERSON, ""  # "you are a bad person"
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he is a shady man"


def _o26_called(ctx: Context, first: int, run: frozenset[str]) -> bool | None:
    """Who the being verb before the term's run names: True the reader, False one
    person, None neither (or a condition, a denial or a report before the subject)."""
    tokens = ctx.tokens
    at = ctx.back_over(first, run, w.RUN_REACH)
    if at == first or not any(tokens[i] in w.ARTICLES for i in range(at, first)):
        return None  # "bad people", "you are not a bad person"
    subject = _o26_subject(tokens, at)
    if subject is None:
        return None
    start, reader = subject
    if ctx.pause_after(at - 1) or _o26_hedged(ctx, start):
        return None
    return reader


def _o26_subject(tokens: list[str], at: int) -> tuple[int, bool] | None:
    """The subject and being verb ending right before token `at`: where they start and
    whether they name the reader ("you are", "ur") or one person ("he is", "she's")."""
    if at >= 1:
        one = tokens[at - 1]
        if one in w.READER_ONE:
            return at - 1, True
        if one in w.THIRD_ONE:
            return at - 1, False
    if at >= 2:
        two = (tokens[at - 2], tokens[at - 1])
        if two in w.READER_TWO:
            return at - 2, True
        if two in w.THIRD_TWO:
            return at - 2, False
    return None


def _o26_hedged(ctx: Context, start: int) -> bool:
    """A condition, a denial or a report a few tokens before the subject, in its
    sentence: "if you are ...", "i don't think he is ...", "she said he is ..."."""
    first = ctx.sentence_start(start, w.SUBJECT_REACH)
    return not w.BEFORE_SUBJECT.isdisjoint(ctx.tokens[first:start])
