"""Targeting rules of the threats16 round (issue 8): a veiled threat at the reader said as
relief, held by nobody named, that the two are not together or that the writer cannot
reach the reader (threats9 reads the reader held lucky, threats15 the reader apart).

- Not together: the round's lines (threats16_words.OWN_TERMS), a relief said in full
  and "we" ("good thing we", "thank god were", "luckily we"), "re not", "arent" or "are
  not" after them, or threats9's "lucky we re not" lines, then only a place of meeting
  to the message's end, over chat's tails and "or else": "good thing we're not in the
  same room", "thank god we aren't face to face right now", "lucky we're not in person
  or else", "good thing we re not irl".
- Cannot reach: the round's lines with "i" ("good thing i", "thank god i", "luckily
  i") and "cant", "dont" or "couldnt" after them, or threats9's "lucky i cant"
  lines it cancels, then a harm verb at the reader ("get my hands on you", "find u",
  "reach you"; "see you" after "cant") or knowing where the reader lives, the message
  closing on it: "lucky i cant get my hands on you", "good thing i dont know where you
  live", "thank god i can't find you right now", "you're lucky i can't see you right
  now".
The round's lines give way to an older line of their length they overlap (matching.py:
"luckily we let them in" keeps "we let").
The relief is said in full ("good thing", "thank god", "luckily") and opens its sentence
over chat's openers ("its a good thing", "bro thank god"), or threats9's reader is held
lucky before it ("you're lucky", "be glad").

Stay clean: relief going on with its reason ("good thing we're not in the same room, i
have covid", "lucky i cant reach you by phone today"), a meeting that is no place ("thank
god we're not in the same class lol", "... same time zone"), the reach at a thing ("lucky
i cant get my hands on that skin, id be broke"), other people ("thank god i dont know
where she lives"), the writer's own relief ("i'm glad we're not in the same room", "we're
lucky ..."), a harm that did not happen ("luckily i didnt hit you", "thank god i didnt
see you"), jokes, game talk unless said in real life, reports,
questions and quotes. The round's lines out of the shape are cancelled.

Cost per hit: a frozenset test of the term (most hits end there), or a string test of
threats9's note; then at most two tokens after the round's lines for the held-back words,
OPENER_REACH back for the relief's opening (or threats9's INTENSIFIER_REACH for its
reader), CLOSE_REACH tokens to the message's end, or REACH_REACH on for the harm (each
threats9's OBJECT_REACH on) and TAIL_REACH to the end; threats9's REPORT_REACH back in
the sentence and GAME_REACH either side. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats16_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck83 import HateCheck83Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats9 import (
    NOT_HELD_BACK9_NOTE,
    reader_held_lucky,
    said_by_writer,
)
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_TOGETHER_NOTE", "Threats16Rules", "reach_closes", "together_closes"]

# The note that cancels the round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_TOGETHER_NOTE: Final[str] = "no menace in relief that writer and reader are apart"


class Threats16Rules(HateCheck83Rules):
    """Relief, held by nobody named, that writer and reader are not together ("good thing
    we're not in the same room") or that the writer cannot reach the reader ("lucky i cant
    get my hands on you", "good thing i dont know where you live")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's lines aimed at the reader in the
        shape and cancelled out of it, threats9's cancelled lines re-read."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (note != NOT_HELD_BACK9_NOTE or term not in w.LUCK_TERMS):
            return target, note  # most hits
        if note == JOKING_NOTE:
            return target, note  # "good thing we're not in the same room jk"
        if _threatened(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "good thing we're not in the same room"
        if own:
            return Kind.NONE, NOT_TOGETHER_NOTE  # "good thing we're not in the same class"
        return target, note  # "lucky i cant get my hands on that skin"


def together_closes(ctx: Context, at: int) -> bool:
    """Only closing words from token `at` to the message's end, at most CLOSE_REACH of
    them, one a place of meeting: "[in the same room]", "[face to face rn]", "[in person
    or else]"."""
    if not ctx.only_tags_after(at, w.TOGETHER_CLOSING, w.CLOSE_REACH):
        return False
    return not w.TOGETHER.isdisjoint(ctx.tokens[at:])


def reach_closes(ctx: Context, at: int, sees: bool) -> bool:
    """A harm at the reader in the REACH_REACH tokens from `at`, the message closing on it
    over TAILS: a harm verb (or "see" when `sees`) with the reader after it ("[get my hands
    on you]", "[find u rn]"), or knowing where the reader lives ("[know where you
    live]")."""
    tokens = ctx.tokens
    for i in range(at, min(len(tokens), at + w.REACH_REACH)):
        word = tokens[i]
        if word in w9.HARMS or (sees and word in w.SEES):
            reader = ctx.skip_ahead(i + 1, w9.OBJECT_GAP, w9.OBJECT_REACH)
            if reader < len(tokens) and tokens[reader] in w9.OBJECTS:
                return ctx.only_tags_after(reader + 1, w.TAILS, w.TAIL_REACH)
            return False  # "get my hands on that skin", "find my keys"
        if word in w9.KNOWS:
            for home in range(i + 1, min(len(tokens), i + 1 + w9.OBJECT_REACH)):
                if tokens[home] in w9.HOMES:
                    reader = tokens[home - 1] in w9.OBJECTS or tokens[home - 2] in w9.OBJECTS
                    return reader and ctx.only_tags_after(home + 1, w.TAILS, w.TAIL_REACH)
            return False  # "know where that restaurant is"
    return False


def _threatened(ctx: Context, hit: Hit) -> bool:
    """The line in the shape: its relief held by nobody named or by the reader, not
    together or held back closing the message, said by the writer (not quoted, asked,
    reported, nor game talk)."""
    held = hit.entry.tokens
    close = hit.last
    if hit.entry.term in w.OWN_TERMS and held[-1] != "not":
        close = _held_after(ctx, hit.last, held[-1])  # "good thing i [cant] ..."
        if close < 0:
            return False  # "good thing i have", "thank god we won"
        held = tuple(ctx.tokens[hit.first : close])
    if not (_opens_relief(ctx, hit) or reader_held_lucky(ctx, hit)):
        return False  # "i'm glad we're not in the same room", "we're lucky ..."
    if not w.WE.isdisjoint(held):
        if not together_closes(ctx, close):
            return False  # "good thing we're not in the same room, i have covid"
    elif w.UNABLE_WORDS.isdisjoint(held[-2:]):
        return False  # threats9's "lucky im not", "lucky i wasnt"
    elif not reach_closes(ctx, close, not w.CANTS.isdisjoint(held)):
        return False  # "lucky i cant reach you by phone today"
    # "why is it lucky i cant find you?", "she said good thing we're not in the same room"
    return said_by_writer(ctx, hit, hit.first)


def _opens_relief(ctx: Context, hit: Hit) -> bool:
    """The line's relief ("good thing", "thank god", "lucky", "luckily") opens its
    sentence over chat's openers ("its a good thing", "bro thank god"): held by nobody
    named."""
    return ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH)


def _held_after(ctx: Context, at: int, pronoun: str) -> int:
    """Where the held-back words after the round's line end ("good thing we [re not]",
    "thank god i [can t]"), from token `at`, by the line's `pronoun`; -1 if none."""
    tokens = ctx.tokens
    if pronoun == "we":
        held = w.HELD_APART
    elif pronoun == "were":
        held = w.HELD_WERE
    else:
        held = w.HELD_UNABLE
    for words in held:
        end = at + len(words)
        if tuple(tokens[at:end]) == words:
            return end
    return -1
