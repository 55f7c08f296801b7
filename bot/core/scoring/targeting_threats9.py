"""Targeting rules of the threats9 round (issue 8): a veiled threat at the reader said
with luck, the writer's harm held back only by what stops them.

- The luck: this round's own lines (threats9_words.OWN_TERMS: "lucky i dont", "lucky
  for you im not", "thing for you i cant", "fortunato che non", "ringrazia che non"), the
  reader held lucky right before "lucky" (or "glad", "thankful", "grateful") over the
  copula and INTENSIFIERS ("you're lucky", "ur so lucky", "count yourself lucky", "you
  should be grateful", "sei fortunato"), told to be glad ("be glad", "be thankful"
  opening the sentence) or said by the head itself ("lucky for you", "luckily for you",
  "good thing for you", "ringrazia", "fortuna tua").
- The harm held back, at most HARM_REACH tokens after the line: a harm verb with the
  reader right after it ("kill you", "beat ur ass", "get my hands on you") or the
  reader's clitic before it ("non ti trovo"), knowing where the reader lives ("know
  where you live", "so dove abiti"), or the writer not there, the line closing on it
  over TAILS ("im not there rn", "we're not in person", "non sono li").
  "you're lucky i don't kill you", "ur lucky im not there rn", "count yourself lucky i
  cant reach you", "lucky for you i dont know where you live", "sei fortunato che non ti
  trovo", "ringrazia che non so dove abiti".

Stay clean: luck as luck (no harm after: "you're lucky i didnt see the spoiler", "lucky
for you i dont have plans tonight", "you're lucky i'm not there, the party is so boring",
"sei fortunato che non piove"), games (game words near the line, not "irl": "you're
lucky i didn't ult"), the writer or others held lucky ("i'm lucky i wasn't there", "we're
lucky i don't know where they live"), reports and sayings before the reader ("she said
you're lucky i don't kill you"), questions and quotes. This round's lines out of the
shape are cancelled.

Cost per hit: a frozenset test of the term; then INTENSIFIER_REACH tokens back to the
reader, HARM_REACH tokens on (each harm at most OBJECT_REACH on to the reader, a home at
most OBJECT_REACH on, a presence TAIL_REACH tokens to the message's end) and
REPORT_REACH back in the sentence, GAME_REACH either side for game words. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian65 import Italian65Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "NOT_HELD_BACK9_NOTE",
    "Threats9Rules",
    "harm_held_back",
    "in_game_talk",
    "reader_held_lucky",
    "said_by_writer",
]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_HELD_BACK9_NOTE: Final[str] = "no harm held back from a reader held lucky"


class Threats9Rules(Italian65Rules):
    """A veiled threat at the reader said with luck ("you're lucky i don't kill you",
    "lucky for you i dont know where you live", "sei fortunato che non ti trovo")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        the shape and cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "ur lucky i dont kill u jk"
        if (
            reader_held_lucky(ctx, hit)
            and harm_held_back(ctx, hit.last)
            and not (in_game_talk(ctx, hit) and not ctx.in_real_life)
            and not ctx.quoted_or_asked(hit.first, hit.last)
        ):
            return Kind.SECOND_PERSON, ""  # "you're lucky i don't kill you"
        return Kind.NONE, NOT_HELD_BACK9_NOTE  # "you're lucky i didnt see the spoiler"


def reader_held_lucky(ctx: Context, hit: Hit) -> bool:
    """The reader is the lucky one of the line at `hit`: a reader word right before
    "lucky" or "glad" (over the copula and INTENSIFIERS), "be" opening the sentence ("be
    glad ..."), or a head that says it ("lucky for you", "good thing for you",
    "ringrazia"), with no report or saying before it in its sentence."""
    tokens = ctx.tokens
    head = hit.entry.tokens
    if head[0] == "thing":
        reader = hit.first - 1  # "good thing for you"
        if reader < 0 or tokens[reader] not in w.GOOD:
            return False
    elif head[0] in w.SELF_HEADED or head[1] in w.SELF_HEADED:
        reader = hit.first  # "lucky for you", "ringrazia", "fortuna tua"
    else:
        told = ctx.back_over(hit.first, w.INTENSIFIERS, w.INTENSIFIER_REACH)
        reader = told - 1
        if tokens[told] == w.TOLD and ctx.starts_sentence(told):
            reader = told  # "be glad i cant find you"
        elif reader < 0 or tokens[reader] not in w.READERS:
            return False  # "we're lucky ...", "i'm lucky ...", "not lucky"
    start = ctx.sentence_start(reader, w.REPORT_REACH)
    return w.REPORTS.isdisjoint(tokens[start:reader])  # "she said you're lucky ..."


def harm_held_back(ctx: Context, at: int) -> bool:
    """A harm to the reader in the HARM_REACH tokens from `at` on: a harm verb with the
    reader after it or its clitic before it, knowing where the reader lives, or a
    presence the message closes on."""
    tokens = ctx.tokens
    for i in range(at, min(len(tokens), at + w.HARM_REACH)):
        word = tokens[i]
        if word in w.HARMS:
            if tokens[i - 1] in w.IT_OBJECTS:
                return True  # "non ti trovo"
            reader = ctx.skip_ahead(i + 1, w.OBJECT_GAP, w.OBJECT_REACH)
            if reader < len(tokens) and tokens[reader] in w.OBJECTS:
                return True  # "kill you", "get my hands on you"
        elif word in w.KNOWS:
            if not w.HOMES.isdisjoint(tokens[i + 1 : i + 1 + w.OBJECT_REACH]):
                return True  # "know where you live", "so dove abiti"
        elif word in w.PRESENCES and ctx.only_tags_after(i + 1, w.TAILS, w.TAIL_REACH):
            return True  # "im not there rn", "we're not in person"
    return False


def in_game_talk(ctx: Context, hit: Hit) -> bool:
    """Game words within GAME_REACH tokens either side of the line at `hit`: the harm is
    a game's ("you're lucky i didn't ult", "lucky i don't have my main")."""
    near = ctx.tokens[max(0, hit.first - w.GAME_REACH) : hit.last + w.GAME_REACH]
    return not w.GAME_WORDS.isdisjoint(near)


def said_by_writer(ctx: Context, hit: Hit, at: int, reach: int = w.REPORT_REACH) -> bool:
    """The threat from token `at` to the end of `hit` is the writer's own and meant for
    real: not quoted or asked, no report or saying before `at` within `reach` in its
    sentence ("she said ..."), and no game talk around it unless said of real life. The
    later threats rounds (12, 14, 15, 16) ask this of their own shapes."""
    if ctx.quoted_or_asked(at, hit.last):
        return False
    start = ctx.sentence_start(at, reach)
    if not w.REPORTS.isdisjoint(ctx.tokens[start:at]):
        return False
    return not in_game_talk(ctx, hit) or ctx.in_real_life
