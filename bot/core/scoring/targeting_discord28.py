"""Targeting rules of the discord28 round (issue 8, twenty-second session): Discord lines
between teenagers that call a member a social flop, and that put a member's jokes, humor
or voice down.

- The reader called a social flop: the reader ("ur", "you're", "u r", "you are") right
  before the term (two adverbs at most between), opening its sentence after two chat
  openers at most: "ur so corny", "bro ur literally so dry", "you're unbearable", "ur
  corny af", "ur the corniest"; or told to stop: "stop being so corny", "pls stop being
  so dry". Terms: discord28_words.FLOPS. Stay clean: "that joke was so corny", "this
  chat is so dry today", "i'm so dry lol", "the heat is unbearable" (no reader), "ur not
  corny at all" ("not" is no adverb), "he said ur so dry" (the reader does not open the
  sentence), "ur so dry?" (asked), "ur so corny lol ily" (a kind word after it), "i need
  to stop being so dry" (the writer's).
- The reader's part put down: the reader's possessive, a part (THINGS: "jokes", "humor",
  "voice", "laugh", "personality", "texts") and its copula before the term, opening the
  sentence: "ur jokes are so corny", "your humor is so dry", "ur humor is trash", "your
  jokes are so bad bro", "ur jokes are so lame". The older terms (OLD_FLOPS) are aimed
  only in this shape; elsewhere their older readings stand. Stay clean: "my humor is so
  dry", "his jokes are so corny", "ur jokes arent corny", "ur jokes are so bad theyre
  good", "is ur humor so dry?".

A flop's term counts only as spelled ("so corn" reads as a typo of "so corny": cancelled).

Cost per hit: one frozenset test of the term for each list, its few words' spelling;
then at most two adverbs,
two reader tokens and two openers back (or the part and its copula, three more), eight
tokens ahead for a kind word. No regex, no new work for messages without these terms;
FLOPS's new words stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord28_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian32 import Italian32Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_FLOP_NOTE", "Discord28Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_A_FLOP_NOTE: Final = "a flop's word not said of the reader"


class Discord28Rules(Italian32Rules):
    """The reader called a social flop; the reader's jokes, humor or voice put down."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.FLOPS
        if not own and term not in w.OLD_FLOPS:
            return target, note
        if own and not _d28_as_spelled(ctx, hit):
            return Kind.OBJECT, NOT_A_FLOP_NOTE  # a typo's reading: "ur so corn"
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d28_aimed(ctx, hit, own)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "ur so corny", "ur humor is trash"
        if own:
            return Kind.OBJECT, NOT_A_FLOP_NOTE  # "this chat is so dry today"
        return target, note


def _d28_as_spelled(ctx: Context, hit: Hit) -> bool:
    """The hit's words as written, not a typo's reading ("ur so corn" is no "so corny")."""
    spans, folded, tokens = ctx.spans, ctx.folded, ctx.tokens
    if hit.last > len(spans):
        return False
    return all(folded[spans[i][0] : spans[i][1]] == tokens[i] for i in range(hit.first, hit.last))


def _d28_aimed(ctx: Context, hit: Hit, own: bool) -> bool:
    """The reader's part before any term; the reader or an order to stop before a flop's."""
    first = hit.first
    if _d28_part_put_down(ctx, first):
        return True  # "ur jokes are so corny", "ur humor is trash"
    return own and (_d28_reader_before(ctx, first) or _d28_told_stop(ctx, first))


def _d28_adverbs_back(ctx: Context, first: int) -> int:
    """Where the adverbs right before token `first` start ("ur literally so dry")."""
    return ctx.back_over(first, w.ADVERBS, w.ADVERB_REACH)


def _d28_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after two chat openers ("bro ur so dry")."""
    return ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _d28_reader_before(ctx: Context, first: int) -> bool:
    """ "ur (literally) so corny": the reader right before, opening the sentence."""
    tokens = ctx.tokens
    at = _d28_adverbs_back(ctx, first)
    if at >= 1 and tokens[at - 1] in w.READER_ONE:
        at -= 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.READER_TWO:
        at -= 2
    else:
        return False
    return _d28_opens(ctx, at)


def _d28_told_stop(ctx: Context, first: int) -> bool:
    """ "(pls) stop being so corny", the order opening its sentence."""
    tokens = ctx.tokens
    at = _d28_adverbs_back(ctx, first)
    return (
        at >= 2
        and tokens[at - 1] == w.BEING
        and tokens[at - 2] == w.STOP
        and _d28_opens(ctx, at - 2)
    )


def _d28_part_put_down(ctx: Context, first: int) -> bool:
    """ "ur jokes are (literally) so corny": the reader's part and its copula before."""
    tokens = ctx.tokens
    at = _d28_adverbs_back(ctx, first)
    return (
        at >= 3
        and tokens[at - 1] in w.THING_COPULAS
        and tokens[at - 2] in w.THINGS
        and tokens[at - 3] in w.POSSESSIVES
        and _d28_opens(ctx, at - 3)
    )
