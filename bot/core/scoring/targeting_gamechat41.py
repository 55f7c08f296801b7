"""Targeting rules of the gamechat41 round (issue 8, thirtieth session): game chat
that puts down plural third persons, "they" or "these guys", said to suck or to be trash
(the older rules read "they suck" as profanity alone and "they are trash" or "these guys
are useless" as said of no one in particular or of a thing).

- A plural subject opening its sentence, maybe after chat's openers ("lol", "gg",
  "omg", gamechat40_words.OPENERS): "they" (maybe "both" or "all" after it), "these" or
  "those" and a plural noun of people ("guys", "dudes", "kids", "two"), or "both of
  them", "all of em", "the two of them". Then the verdict: this round's "suck" lines
  (gamechat41_words.SUCK_TERMS, "they suck", "guys suck", "they really suck"), or an
  older verdict line (trash, garbage, useless, so bad, play like shit...) after a being
  or playing verb and intensifiers ("they're so trash", "these guys play like shit").
  Only gamechat40's chat tails follow to the sentence's end ("so bad", "ass", "lol",
  "at this game"). Read as said outright of them (olid4's OUTRIGHT_NOTE, with its floor).

"They" and "them" take up what came before them: only chat's words may come before
their sentence in the message ("gg | they suck"); "I bought new shoes. they are all
trash" names things.

Stay clean: "they suck at late game so push now", "they suck vs magic damage", "they're
trash at teamfights so split push", "they are useless without bkb" (a weak spot named:
strategy, not a put-down), "do they suck?", "they suck? no way" (asked), "he said they
suck" (reported), "they don't suck" (no line), "we suck" (the writer's side), "they suck
up all the farm", "these guys are trash talkers". The round's own lines are cancelled
outside the shape.

Cost per hit: one or two frozenset tests of the term; then at most a dozen tokens around
the hit, each tested against a frozenset. No regex, no new work for messages without
these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40
from bot.core.scoring import gamechat41_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat40 import gc40_tails_only
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_precision31 import Precision31Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_PUT_DOWN_NOTE", "GameChat41Rules", "gc41_verdict_subject"]

# Readings an older verdict line may be raised from: no one, a thing, a third person.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_PUT_DOWN_NOTE: Final = "'they suck' not said whole of them: strategy, asked or reported"


class GameChat41Rules(Precision31Rules):
    """Plural third persons said to suck or to be trash, with only chat's tails after."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to a put-down of them in this round's
        shape, its own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (term not in w.VERDICTS or note or target not in _UNAIMED):
            return target, note
        shaped = (
            not ctx.quoted_or_asked(hit.first, hit.last)
            and gc40_tails_only(ctx, hit.last)
            and (_gc41_own_subject(ctx, hit) if own else gc41_verdict_subject(ctx, hit))
        )
        if shaped:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "they suck", "these guys are trash"
        if own:
            return Kind.OBJECT, NOT_PUT_DOWN_NOTE  # "they suck at late game so push now"
        return target, note


def _gc41_own_subject(ctx: Context, hit: Hit) -> bool:
    """The subject of a "suck" line opens its sentence: "they suck", "these guys suck",
    "both of them suck"; the line's first word is the subject."""
    return _gc41_subject_opens(ctx, hit.first)


def gc41_verdict_subject(ctx: Context, hit: Hit) -> bool:
    """A plural subject, a being or playing verb and intensifiers, then an older verdict
    line: "they are trash", "these guys are useless", "they play like shit"."""
    tokens = ctx.tokens
    first = hit.first
    start = ctx.back_over(first, w.BETWEEN, w.BETWEEN_REACH)
    if not any(tokens[i] in w.VERBS for i in range(start, hit.last)):
        return False  # "they trash talk", "they so bad"
    subject = start - 1
    if subject < 0 or ctx.pause_after(subject):
        return False
    if (
        tokens[subject] in w.AFTER_PRONOUN
        and subject > 0
        and not ctx.pause_after(subject - 1)
        and tokens[subject - 1] in w.PRONOUNS
    ):
        subject -= 1  # "they both are trash"
    return _gc41_subject_opens(ctx, subject)


def _gc41_subject_opens(ctx: Context, subject: int) -> bool:
    """Token `subject` is a plural subject of people that opens its sentence after chat's
    openers: "they", "these guys", "both of them", "the two of them"."""
    tokens = ctx.tokens
    word = tokens[subject]
    if word in w.PRONOUNS:
        start = subject
    elif word in w.PEOPLE:
        start = subject - 1
        if start < 0 or ctx.pause_after(start) or tokens[start] not in w.POINTERS:
            return False  # "we suck", "the bots suck"
    elif word in w.OBJECT_PRONOUNS:
        start = subject - 2
        if start < 0 or tokens[start + 1] != w.OF or tokens[start] not in w.COUNTS:
            return False
        if ctx.pause_after(start) or ctx.pause_after(start + 1):
            return False
        if start > 0 and tokens[start] == w.TWO and tokens[start - 1] == w.THE:
            start -= 1  # "the two of them suck"
    else:
        return False
    opened = ctx.back_over(start, g40.OPENERS, g40.OPENER_REACH)
    if not ctx.starts_sentence(opened):
        return False
    if word in w.PEOPLE:
        return True
    # "they" and "them" take up what came before: only chat's words may ("gg. they suck");
    # "I bought new shoes. they are all trash" names things.
    lead = ctx.lead if ctx.lead <= opened else 0  # a mention that opens the message
    return opened - lead <= w.BEFORE_REACH and all(x in w.CHAT_BEFORE for x in tokens[lead:opened])
