"""Targeting rules of the threats10 round (issue 8): a veiled threat at the reader said
with the screen or the distance that protects them, the reader held lucky for it.

- The protection: this round's own lines (threats10_words.OWN_TERMS: the screen, "we re
  online", "screen between us", "this is the internet", "siamo online", "c e uno
  schermo"; the distance, "miles away", "live far", "other side of the world", "abiti
  lontano", "vivi a").
- The luck, at most LUCK_REACH tokens before the line in its clause: a luck word the
  reader holds ("you're lucky", "consider yourself lucky", "thank your lucky stars", "u
  should be glad", "sei fortunato"), told to the reader ("be glad" opening its sentence)
  or said for them ("lucky for you", "good thing for u", "thank god for you", "meno male
  per te"), or a head that says its reader ("ringrazia", "fortuna tua", "ti è andata
  bene").
- The line closes the message over TAILS, or a consequence follows ("... or you'd be
  done").
  "consider yourself lucky we're online", "ur lucky there's a screen between us fr",
  "good thing for you this is the internet", "ur lucky u live so far away", "ringrazia
  che siamo online", "sei fortunato che c'è uno schermo".

Stay clean: the screen or the distance as a convenience (the sentence goes on: "you're
lucky we're online, the store closed early today", "you're lucky you live far from the
office"), no luck ("we're online now", "stai lontano da me"), the writer or others held
lucky ("i'm lucky we're online", "we're lucky this is online"), reports before the luck
("he said you're lucky we're online"), game talk, questions and quotes. This round's
lines out of the shape are cancelled; so are discord16's lines that say the luck and the
screen together ("lucky we re online", "lucky this is the internet"), read here the same
way from their own "lucky" ("consider yourself lucky we're online", never "you're lucky
we're online, the store closed early today").

Cost per hit: a frozenset test of the term; then at most TAIL_REACH tokens to the
message's end, LUCK_REACH tokens back to the luck (INTENSIFIER_REACH further to its
reader), threats9's REPORT_REACH back in the sentence and GAME_REACH either side for game
words. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord16_words as w16
from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats10_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian66 import Italian66Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats9 import in_game_talk
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "LUCKY_LINES",
    "NOT_PROTECTED10_NOTE",
    "Threats10Rules",
    "closes_on_protection",
    "reader_luck_before",
]

# discord16's lines that say the luck and the screen together ("lucky we re online",
# "lucky this is the internet"): the longer line wins the tokens, so this round reads them
# too, the same way ("consider yourself lucky we're online").
LUCKY_LINES: Final[frozenset[str]] = w16.LUCKY

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_PROTECTED10_NOTE: Final[str] = "no reader held lucky for a screen or a distance"


class Threats10Rules(Italian66Rules):
    """A veiled threat at the reader said with what protects them ("consider yourself
    lucky we're online", "ur lucky u live so far away", "ringrazia che siamo online")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        the shape and cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            luck_from = hit.first
        elif term in LUCKY_LINES:
            luck_from = hit.first + 1  # the line's own "lucky": "lucky we re online"
        else:
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "ur lucky we're online jk"
        if not closes_on_protection(ctx, hit.last):
            return Kind.NONE, NOT_PROTECTED10_NOTE  # "..., the store closed early today"
        luck = reader_luck_before(ctx, luck_from)
        if (
            luck >= 0
            and not (in_game_talk(ctx, hit) and not ctx.in_real_life)
            and not ctx.quoted_or_asked(luck, hit.last)
        ):
            return Kind.SECOND_PERSON, ""  # "consider yourself lucky we're online"
        return Kind.NONE, NOT_PROTECTED10_NOTE  # "we're online now", "i'm lucky we're online"


def closes_on_protection(ctx: Context, last: int) -> bool:
    """The message ends after token `last - 1` over at most TAIL_REACH of TAILS (or
    numbers: "a 500 km"), or a consequence follows them ("... or you'd be done")."""
    tokens = ctx.tokens
    for i in range(last, min(len(tokens), last + w.TAIL_REACH)):
        word = tokens[i]
        if word in w.CONSEQUENCES:
            return True
        if word not in w.TAILS and not word.isdigit():
            return False
    return len(tokens) - last <= w.TAIL_REACH


def reader_luck_before(ctx: Context, at: int) -> int:
    """The token of a luck the reader holds in the LUCK_REACH tokens before `at`, with no
    pause between, and no report or saying before it in its sentence; or -1."""
    tokens = ctx.tokens
    floor = max(0, at - w.LUCK_REACH)
    for i in range(at - 1, floor - 1, -1):
        if ctx.pause_after(i):
            return -1  # "lucky you, you live miles away"
        if _held_luck(ctx, i):
            start = ctx.sentence_start(i, w9.REPORT_REACH)
            if w9.REPORTS.isdisjoint(tokens[start:i]):
                return i
            return -1  # "he said you're lucky we're online"
    return -1


def _held_luck(ctx: Context, i: int) -> bool:
    """Token `i` is a luck the reader holds: "you're lucky", "be glad", "lucky for you",
    "ringrazia", "fortuna tua", "ti è andata bene"."""
    tokens = ctx.tokens
    word = tokens[i]
    after = tokens[i + 1 : i + 3]
    if word in w.FOR_HEADS and len(after) == 2 and after[0] in w.FOR and after[1] in w.FOR_READERS:
        return True  # "lucky for you", "good thing for u", "meno male per te"
    if word in w.SELF_HEADED:
        return True  # "ringrazia che siamo online"
    if word == w.FORTUNE:
        return bool(after) and after[0] in w.YOURS  # "fortuna tua che ..."
    if word == w.WENT:
        return i >= 2 and tokens[i - 2] in w.IT_READERS  # "ti è andata bene che ..."
    if word not in w.LUCKY:
        return False
    told = ctx.back_over(i, w.INTENSIFIERS, w.INTENSIFIER_REACH)
    if told < i and tokens[told] == w.TOLD and ctx.starts_sentence(told):
        return True  # "be glad we're online"
    return told > 0 and tokens[told - 1] in w.READERS  # "you're lucky", "sei fortunato"
