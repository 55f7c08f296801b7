"""Targeting rules of the discord31 round (issue 8, twenty-fourth session): Discord lines
between teenagers that judge the reader's head or brain, throw a habit at the reader or
dismiss what the reader said in a whole line.

- The reader's head or brain judged: the reader's possessive ("ur", "your") right before
  the term, opening its sentence after two chat openers at most: "ur brain is empty",
  "your head is full of air", "bro ur brain is literally empty", "your brain is the size
  of a pea"; or "there's nothing in ur head" with only tags after it. Terms:
  discord31_words.HEADS, NOTHING_INS. Stay clean: "my brain is empty today", "his brain
  is empty fr" (no reader), "the chat is empty" (no head), "ur brain isnt empty"
  (denied: no term), "do you think my head is empty?" (asked).
- A habit thrown at the reader: the reader ("u", "you"; "ur", "you're" before an "-ing"
  form) right before the term (two adverbs at most between), opening its sentence after
  two chat openers at most: "you talk too much", "u literally never shut up", "ur always
  complaining", "omg you talk too much". Terms: HABITS, and the older OLD_HABITS, which
  take only chat's "ur", "u r" before an "-ing" form ("you are always complaining" is
  read as before, as hatecheck26's table asks) and keep their older readings elsewhere.
  Stay clean: "i talk too much lol", "my mom says i talk too much", "he said u talk too
  much lol" (reported), "do you think i talk too much?" (asked), "you talk too much but
  i love u" (a kind word after).
- What the reader said dismissed, said whole: the line is the dismissal, after a few
  openers at most ("ok and?", "literally", "bro") and before tags only: "nobody laughed",
  "no one laughed bro", "ok and? nobody cares". Terms: LAUGHS, and the older
  OLD_DISMISSALS, which keep their older readings outside the shape. Stay clean: "nobody
  laughed at my joke :(", "nobody cares about the score, just have fun".

Not built: "weird" with a second cue ("ur so weird stop talking"): a bare "weird" is
kept out of the lexicon and the round's time went to the three shapes above.

Cost per hit: one frozenset test of the term per list; then at most two adverbs, two
reader tokens and two openers back, three openers before a dismissal, four tags and ten
tokens ahead. No regex, no new work for messages without these terms; the new words stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord31_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck36 import HateCheck36Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_AT_THE_READER_NOTE", "Discord31Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_AT_THE_READER_NOTE: Final = "a head, a habit or a dismissal not aimed at the reader"


class Discord31Rules(HateCheck36Rules):
    """The reader's head judged, a habit thrown at the reader, a whole line's dismissal."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and term not in w.OLD_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d31_aimed(ctx, hit, term)
            and not _d31_kind_after(ctx, hit.last)
        ):
            return Kind.SECOND_PERSON, ""  # "ur brain is empty", "you talk too much"
        if own:
            return Kind.OBJECT, NOT_AT_THE_READER_NOTE  # "my brain is empty today"
        return target, note


def _d31_aimed(ctx: Context, hit: Hit, term: str) -> bool:
    """The term's shape: the reader's head, the reader's habit, or a whole-line dismissal."""
    if term in w.HEADS:
        return _d31_possessive_before(ctx, hit.first)
    if term in w.NOTHING_INS:
        return _d31_there_is_before(ctx, hit.first) and ctx.only_tags_after(
            hit.last, w.TAGS, w.TAG_REACH
        )
    if term in w.ALL_HABITS:
        return _d31_reader_before(ctx, hit.first, term)
    return _d31_line_opener_only(ctx, hit.first) and ctx.only_tags_after(
        hit.last, w.TAGS, w.TAG_REACH
    )


def _d31_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after two chat openers ("bro ur brain ...")."""
    return ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _d31_possessive_before(ctx: Context, first: int) -> bool:
    """ "ur brain is empty": the reader's possessive right before, opening the sentence."""
    return first >= 1 and ctx.tokens[first - 1] in w.POSSESSIVES and _d31_opens(ctx, first - 1)


def _d31_reader_before(ctx: Context, first: int, term: str) -> bool:
    """ "u (literally) never shut up", "ur always complaining": the reader right before
    (two adverbs at most between), opening the sentence."""
    tokens = ctx.tokens
    ing = term in w.HABIT_INGS
    two = w.OLD_READER_ING_TWO if term in w.OLD_HABITS else w.READER_ING_TWO
    at = ctx.back_over(first, w.ADVERBS, w.ADVERB_REACH)
    if at >= 1 and tokens[at - 1] in (w.READER_INGS if ing else w.READERS):
        at -= 1
    elif ing and at >= 2 and (tokens[at - 2], tokens[at - 1]) in two:
        at -= 2
    else:
        return False
    return _d31_opens(ctx, at)


def _d31_there_is_before(ctx: Context, first: int) -> bool:
    """ "there's nothing in ur head": only "there's" (or nothing) before, opening it."""
    return ctx.opens_after(first, w.THERE_IS, w.THERE_REACH)


def _d31_line_opener_only(ctx: Context, first: int) -> bool:
    """Only a few openers before the dismissal in the whole line: "ok and? nobody cares"."""
    lead = ctx.lead
    return first - lead <= w.DISMISS_REACH and all(
        token in w.DISMISS_OPENERS for token in ctx.tokens[lead:first]
    )


def _d31_kind_after(ctx: Context, last: int) -> bool:
    """A kind word in the next few tokens: "you talk too much but i love u"."""
    return not w.KIND_AFTER.isdisjoint(ctx.tokens[last : last + w.KIND_REACH])
