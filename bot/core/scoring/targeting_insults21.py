"""Targeting rules of the insults21 round (issue 8): a commenter sent back to the
nursery, and a commenter's brains measured low, with no hostile word the older rules know.

- The reader sent back to the nursery, an order: a verb of going ("get", "crawl",
  "head"...) opening its clause (maybe after olid5's send-off leads), then "back to /
  in / into your" and a child's place ("get back to your crib", "go crawl back into your
  playpen", "sgboy, get back to your cot"), or "back" opening the clause itself ("back to
  your sandbox, toddler"); "go back to sucking your thumb"; "run along" opening its clause
  and closing it after a child's name or a tail ("run along little boy", "run along now,
  sonny"). Clean: "the baby went back to her crib", "when you get back to your cot, text
  me", "did you get back in your crib ok?", "run along to the store for me", "the kids
  ran along the beach".
- The reader's brains measured low: a comparative of wits with the reader before it and
  "than you (really) are" closing the clause ("it makes you sound smarter than you are");
  the reader denied a flattering word "as you think" ("you're not as smart as you think
  you are", "you aren't half as clever as you think"); "iq of" and a low number, the
  reader close before ("you have an iq of about 40", "an iq of no higher than 20");
  "your last / only brain cell"; "dropped on your head" ("you must have been dropped on
  your head as a baby"); a faculty of the reader's likened to a child's ("you have the
  reading skills of a toddler"). Clean: "you're smarter than you think you are", "i'm not
  as smart as you think", "you're not as old as you think", "you have an iq of 140", "my
  last brain cell is on strike", "if you get dropped on your head, see a doctor", "you
  have the heart of a child".

The round's own lexicon lines (insults21_words.OWN_TERMS, en/insult.txt) are read only
here and cancelled elsewhere. Cost per hit: one frozenset test of the term; then at most
LEAD_REACH, READER_REACH or DENIAL_REACH + 3 tokens back, RUN_TAIL_REACH or
IQ_HEDGE_REACH ahead, the sentence start (cached) and one quote and one "?" test. No
regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults21_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat49 import GameChat49Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_NURSERY_NOTE", "Insults21Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_NURSERY_NOTE: Final[str] = "no reader sent to the nursery or found dim"
# Leet folding's letters back to the digits they stand for in a number ("2o", "i2o").
_UNFOLDED: Final[dict[int, int]] = str.maketrans("oi", "01")


class Insults21Rules(GameChat49Rules):
    """The reader sent back to the nursery ("get back to your crib"), and the reader's
    brains measured low ("you have an iq of about 40")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own terms aimed at the reader in
        its shapes, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return Kind.OBJECT, NOT_NURSERY_NOTE
        if term in w.SEND_TERMS or term in w.RUN_TERMS:
            if _i21_sent_off(ctx, hit):
                return Kind.IMPERATIVE, ""  # "get back to your crib"
        elif _i21_dim(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "you have an iq of about 40"
        return Kind.OBJECT, NOT_NURSERY_NOTE


def _i21_orders(ctx: Context, at: int) -> bool:
    """Token `at` opens an order: its clause starts there (a comma before it, "sgboy,
    get back ...") or only send-off leads come before it in the sentence."""
    if at == 0 or ctx.pause_after(at - 1):
        return True
    start = ctx.sentence_start(at, w.LEAD_REACH)
    return ctx.starts_sentence(start) and all(t in w.LEADS for t in ctx.tokens[start:at])


def _i21_sent_off(ctx: Context, hit: Hit) -> bool:
    """ "get back to your crib", "back to your playpen, toddler", "run along little boy":
    an order to the reader, not asked."""
    if ctx.ends_asking(hit.first):
        return False
    first = hit.first
    if hit.entry.term in w.RUN_TERMS:
        return _i21_orders(ctx, first) and ctx.closes_after(hit.last, w.RUN_TAILS, w.RUN_TAIL_REACH)
    verb = first - 1
    if verb < 0 or ctx.pause_after(verb):
        return _i21_orders(ctx, first)  # "back to your playpen, toddler"
    return ctx.tokens[verb] in w.GOING and _i21_orders(ctx, verb)


def _i21_dim(ctx: Context, hit: Hit) -> bool:
    """The reader's brains measured low in one of the round's shapes."""
    if ctx.ends_asking(hit.first) and hit.entry.term not in w.DROPPED_TERMS:
        return False  # "is your iq of 80 a problem?"; "did your mom drop you on your head?"
    term = hit.entry.term
    if term in w.SMARTER_TERMS:
        return _i21_smarter(ctx, hit)
    if term in w.THINK_TERMS:
        return _i21_not_as(ctx, hit)
    if term in w.IQ_TERMS:
        return _i21_low_iq(ctx, hit)
    if term in w.CELL_TERMS:
        return hit.first > 0 and ctx.tokens[hit.first - 1] in w.YOUR  # "your last brain cell"
    if term in w.DROPPED_TERMS:
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        before = ctx.tokens[max(start, hit.first - w.DENIAL_REACH) : hit.first]
        return w.DENIALS.isdisjoint(before) and w.CONDITIONS.isdisjoint(
            ctx.tokens[start : hit.first]
        )
    return _i21_childish(ctx, hit)


def _i21_reader_before(ctx: Context, at: int) -> bool:
    """The reader among the few tokens of the sentence before token `at`, the writer
    not."""
    start = max(ctx.sentence_start(at, w.READER_REACH), at - w.READER_REACH)
    before = ctx.tokens[start:at]
    return not w.READER.isdisjoint(before) and w.WRITER.isdisjoint(before)


def _i21_smarter(ctx: Context, hit: Hit) -> bool:
    """ "it makes you sound smarter than you are": a comparative of wits right before the
    hit, the reader before it, and the clause closing after "are"."""
    before = hit.first - 1
    if before < 1 or ctx.tokens[before] not in w.SMARTER or ctx.pause_after(before):
        return False
    return ctx.closes_clause(hit.last) and _i21_reader_before(ctx, before)


def _i21_not_as(ctx: Context, hit: Hit) -> bool:
    """ "you're not (half) as smart as you think": "as", a flattering word, "as" again,
    degrees, a denial, and the reader right before the denial's being verb."""
    tokens = ctx.tokens
    word = hit.first - 1
    if word < 1 or tokens[word] not in w.FLATTERING or tokens[word - 1] != "as":
        return False
    at = ctx.back_over(word - 1, w.DEGREES, w.DENIAL_REACH)
    if at < 2 or tokens[at - 1] not in w.DENIALS:
        return False
    return _i21_reader_before(ctx, at - 1)


def _i21_low_iq(ctx: Context, hit: Hit) -> bool:
    """ "you have an iq of about 40": a low number past a few hedges, the reader (or
    "your") a few tokens before."""
    tokens = ctx.tokens
    at = ctx.skip_ahead(hit.last, w.IQ_HEDGES, w.IQ_HEDGE_REACH)
    if at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    number = tokens[at]
    digits = number.translate(_UNFOLDED)  # folding reads "20" as "2o", "120" as "i2o"
    low = number in w.LOW_NUMBER_WORDS or (digits.isdigit() and int(digits) <= w.LOW_IQ)
    if not low:
        return False
    start = max(ctx.sentence_start(hit.first, w.READER_REACH), hit.first - w.READER_REACH)
    before = tokens[start : hit.first]
    return (not w.READER.isdisjoint(before) or not w.YOUR.isdisjoint(before)) and (
        w.WRITER.isdisjoint(before)
    )


def _i21_childish(ctx: Context, hit: Hit) -> bool:
    """ "you have the reading skills of a toddler": a faculty or two before the hit,
    "the", a verb of having with hedges, and the reader opening it."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.FACULTIES, w.FACULTY_REACH)
    if at == hit.first or at < 2 or tokens[at - 1] != "the":
        return False
    reader = ctx.back_over(at - 1, w.HAVING, w.HAVING_REACH) - 1
    if reader < 0 or reader == at - 2 or tokens[reader] not in w.READER:
        return False
    return not (reader > 0 and tokens[reader - 1] in w.CONDITIONS)
