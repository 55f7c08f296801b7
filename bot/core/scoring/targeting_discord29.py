"""Targeting rules of the discord29 round (issue 8, twenty-third session): Discord lines
between teenagers and young adults that tell a member to their face that the writer
can't stand them, and that liken the reader to a useless or dull thing.

- Dislike said to a face: the writer's "can't stand" ("cant stand", "cannot stand"),
  the writer ("i", over two adverbs at most) right before it or the term opening its
  sentence (after two chat openers at most), then the reader or a person present (you,
  u, yall, him, her) and only chat tags to the sentence's end: "i can't stand you",
  "i cant stand him", "ugh i literally cant stand u", "cant stand you fr", "i can't
  stand you guys". Stay clean: "i can't stand this song" (a thing), "i can't stand
  myself today" (the writer), "he can't stand you lol" (another's dislike, precision20),
  "can you stand him?" (asked), "i cant stand you being sad tho" (more after the
  person: a wish to keep them), "i cant stand you lol ily" (a kind word after it).
  Precision20's readings stand: "i can't stand women" stays aimed at the group, "he
  can't stand women" stays reported.
- The reader likened to a useless or dull thing: the reader's copula ("ur", "you're",
  "you are", "u r"), maybe "about", then a comparison (discord29_words.COMPARISONS:
  "as useful as a", "as funny as a", "as helpful as a"; or discord27's "as sharp as a")
  and a useless thing (USELESS: "chocolate teapot", "funeral", "wet napkin", "marble"):
  "ur as useful as a chocolate teapot", "you're as funny as a funeral", "you are as
  sharp as a marble". Stay clean: "my wifi is as useful as a chocolate teapot" (a
  thing), "i'm as useful as a broken controller today" (the writer), "you're as funny
  as a comedian fr" (praise), "is he as useful as a support main?" (asked).

Cost per hit: one frozenset test of the term; then two adverbs, the writer and two
openers back and four tags ahead (or the gap, two reader tokens back and one token
ahead), eight tokens ahead for a kind word. No regex, no new work for messages without
these terms; COMPARISONS's new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord27_words as d27
from bot.core.scoring import discord29_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord28 import Discord28Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_LIKENED_NOTE", "Discord29Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_LIKENED_NOTE: Final = "a comparison not of the reader to a useless thing"


class Discord29Rules(Discord28Rules):
    """Dislike said to a member's face; the reader likened to a useless or dull thing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        stand = term in w.STAND
        if not stand and term not in w.ALL_COMPARISONS:
            return target, note
        own = term in w.COMPARISONS
        if target is Kind.REPORTED or (target is Kind.SECOND_PERSON and not own):
            return target, note  # another's dislike ("he can't stand you"), or aimed before
        if (
            not ctx.quoted_or_asked(hit.first, hit.last)
            and (_d29_stood(ctx, hit) if stand else _d29_likened(ctx, hit))
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "i can't stand you", "ur as useful as a brick"
        if own:
            return Kind.OBJECT, NOT_LIKENED_NOTE  # "my wifi is as useful as a teapot"
        return target, note


def _d29_stood(ctx: Context, hit: Hit) -> bool:
    """ "(ugh) i (really) can't stand you (fr)": the writer's dislike of one present."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.STAND_GAP, w.STAND_GAP_REACH)
    if at >= 1 and tokens[at - 1] == w.WRITER:
        at -= 1
    if not ctx.opens_after(at, w.OPENERS, w.OPENER_REACH):
        return False  # "he can't stand you", "my sister cant stand him"
    last = hit.last
    if last >= len(tokens) or tokens[last] not in w.PRESENT:
        return False  # "i can't stand this song", "i can't stand myself"
    return _d29_only_tags(ctx, last + 1)


def _d29_only_tags(ctx: Context, at: int) -> bool:
    """Only chat tags from token `at` to its sentence's end ("you fr", "u anymore")."""
    tokens = ctx.tokens
    end = min(ctx.sentence_end(at - 1, w.TAIL_REACH + 1), len(tokens))
    if end - at > w.TAIL_REACH:
        return False
    return all(tokens[i] in w.TAILS for i in range(at, end))


def _d29_likened(ctx: Context, hit: Hit) -> bool:
    """ "ur (about) as useful as a chocolate teapot": the reader's copula, a useless thing."""
    tokens = ctx.tokens
    if hit.last >= len(tokens) or tokens[hit.last] not in w.USELESS:
        return False
    at = ctx.back_over(hit.first, w.AS_GAP, w.AS_GAP_REACH) - 1
    if at < 0:
        return False
    word = tokens[at]
    return word in d27.READER_COPULAS or (
        word in d27.COPULAS and at > 0 and tokens[at - 1] in d27.READERS
    )
