"""Targeting rules of the insults20 round (issue 8): comment-section put-downs of another
commenter that the older rules read as about a thing or no one.

- The reader's words named with a stupidity word before them (insults20_words.JUDGED
  before a word of the thread's talk, SAID, or "thing to say"): after "your" ("spare us
  your moronic rants"), in an exclamation closing its clause ("what an idiotic
  comment", "such a brainless take"), after "that's a" ("that was an idiotic post"), or
  after "that" / "another" with the owner after it ("that stupid post of yours",
  "another idiotic comment from you") or closing the clause ("got a link for that
  idiotic comment?"). forum23 reads the predicate ("your comment is stupid") only.
  Clean: "what a stupid comment i made lol", "that stupid comment he made" (the clause
  goes on), "my idiotic comment", "the idiotic comments in that thread", "that isn't a
  stupid comment", "what a stupid game" (no talk), "is that a stupid comment?" (asked).
- The reader's mind or IQ found damaged or low, the round's own lexicon lines
  (insults20_words.OWN_TERMS, read only here and cancelled elsewhere): the reader
  opening the sentence, then hedges, modals and verbs of having or being ("you must
  have brain damage", "you clearly have mental issues", "you are a mental case"), or
  "your iq is" / "must be" with a low measure after it ("your iq is lower than a
  rock"). Clean: "my brother has brain damage", "i have mental issues too", "you don't
  have mental issues", "if you have mental problems, see a doctor", "your iq is high".

Cost per hit: one frozenset test of the term; then at most DEGREE_REACH + 4 tokens
back, TAILS_REACH or 2 ahead (the talk's noun and its owner), MIND_REACH back or
LOW_REACH ahead for the own terms, the sentence start (cached) and one quote and one
"?" test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults20_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision32 import Precision32Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_OF_READER_NOTE", "Insults20Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_OF_READER_NOTE: Final[str] = "a mind or an iq not the reader's"


class Insults20Rules(Precision32Rules):
    """The reader's words named with a stupidity word before them ("what an idiotic
    comment"), and the reader's mind or IQ found damaged or low ("you must have brain
    damage")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if target is not Kind.REPORTED and _i20_mind_of_reader(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "you must have brain damage"
            return Kind.OBJECT, NOT_OF_READER_NOTE  # "my brother has brain damage"
        if term not in w.JUDGED or target is Kind.SECOND_PERSON or target is Kind.REPORTED:
            return target, note
        if _i20_words_named(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "what an idiotic comment"
        return target, note


def _i20_talk_end(ctx: Context, after: int) -> int:
    """The token after the reader's talk named from token `after` on ("comment", "thing
    to say"), or -1."""
    tokens = ctx.tokens
    if after >= len(tokens) or ctx.pause_after(after - 1):
        return -1
    if tokens[after] in w.SAID:
        return after + 1
    if (
        tokens[after] in w.THING
        and after + 2 < len(tokens)
        and tokens[after + 1] == "to"
        and tokens[after + 2] in w.SAYING
    ):
        return after + 3
    return -1


def _i20_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, after interjections at most."""
    start = ctx.sentence_start(at, w.OPENER_REACH + 1)
    return at - start <= w.OPENER_REACH and all(t in w.OPENERS for t in ctx.tokens[start:at])


def _i20_words_named(ctx: Context, hit: Hit) -> bool:
    """ "your moronic rants", "what an idiotic comment", "that was an idiotic post",
    "that stupid post of yours": the reader's talk named with the judgement before it."""
    tokens = ctx.tokens
    end = _i20_talk_end(ctx, hit.last)
    if end < 0 or ctx.quoted(hit.first, hit.last):
        return False
    closes = ctx.closes_after(end, w.TAILS, w.TAILS_REACH)
    det = ctx.back_over(hit.first, w.DEGREES, w.DEGREE_REACH) - 1
    if det < 0 or ctx.pause_after(det):
        return False
    word = tokens[det]
    if word in w.YOUR:
        return True  # "spare us your moronic rants"
    if word in w.DEMONSTRATIVES:
        owned = end + 1 < len(tokens) and (tokens[end], tokens[end + 1]) in w.OWNED_BY
        return owned or (closes and word != "another")  # "that stupid post of yours"
    if word not in w.ARTICLES or det < 1 or not closes or ctx.ends_asking(hit.first):
        return False
    lead = tokens[det - 1]
    if lead == "such" and det > 1 and tokens[det - 2] in w.BEING:
        lead, det = "s", det - 1  # "that is such a dumb argument"
    if lead in w.EXCLAIMS:
        return _i20_opens(ctx, det - 1)  # "what an idiotic comment", "such a brainless take"
    if lead in w.BEING and det > 1 and tokens[det - 2] in w.POINTERS:
        return _i20_opens(ctx, det - 2)  # "that's a stupid comment"
    return lead in w.POINTERS and _i20_opens(ctx, det - 1)  # "thats a dumb take"


def _i20_mind_of_reader(ctx: Context, hit: Hit) -> bool:
    """ "you must have brain damage", "you are a mental case", "your iq is so low": the
    reader's mind or IQ, said whole by the writer."""
    tokens = ctx.tokens
    if ctx.quoted_or_asked(hit.first, hit.last):
        return False
    if hit.entry.term in w.IQ_TERMS:
        owner = hit.first - 1
        if owner < 0 or tokens[owner] not in w.YOUR or not _i20_opens(ctx, owner):
            return False
        for word in tokens[hit.last : hit.last + w.LOW_REACH]:
            if word in w.DENIALS:
                return False  # "your iq is not low"
            if word in w.LOW:
                return True  # "your iq is lower than a rock"
        return False
    reader = ctx.back_over(hit.first, w.MIND_BRIDGE, w.MIND_REACH) - 1
    return reader >= 0 and tokens[reader] in w.READER and _i20_opens(ctx, reader)
