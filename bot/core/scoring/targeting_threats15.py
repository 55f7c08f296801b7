"""Targeting rules of the threats15 round (issue 8): a veiled threat at the reader said as
relief or luck that the two are apart, with no blow named (threats14 built the form with
one: "good thing ur not here or id punch u").

- The reader apart: the round's lines (threats15_words.OWN_TERMS), a relief then the
  reader's negated presence ("lucky ur not", "thing you re not", "glad u aint", "for you
  ur not", "fortuna che non sei", "male che non sei"), the relief said in full before it
  ("good thing", "thank god", "lucky that", "luckily for you", "meno male", "per
  fortuna"), then only a place of the writer's presence to the message's end, over chat's
  tails and "or else": "its a good thing ur not in front of me", "you're lucky you're not
  here", "glad ur not near me or else", "thank god ur not in front of me", "per fortuna
  che non sei qui", "meno male che non sei davanti a me". Who holds the relief weighs:
  the writer ("i'm glad", "we're lucky") needs "or else" in the close, a bare "glad" not
  told to the reader a place near the writer ("glad ur not near me", never a bare "glad
  ur not here"). threats9's Italian lines read the same way when the reader's "sei"
  follows ("sei fortunato che non sei vicino a me").
- The screen in the way: threats9's "lucky i cant" lines, which it cancels with no harm
  to the reader after, when a reach goes through the screen and the message closes on it:
  "ur lucky i cant reach thru the screen", "lucky for you i cant reach through my phone".

Stay clean: relief as relief, the message going on with its reason ("good thing ur not
here, its raining", "lucky you're not here, the party is boring", "glad ur not near me, i
have a cold", "glad ur not near me or else i'd eat your fries"), the writer's own
gladness ("i'm glad you're not here"), places that are not the writer's ("you're lucky
you're not in school today", "ur not in my lane"), a third party or the writer ("good
thing he's not near me": no line), a friendly reach ("... thru the screen to hug you"),
game talk unless said in real life, reports before the relief, questions and quotes. The
round's lines out of the shape are cancelled.

Cost per hit: a frozenset test of the term (most hits end there), or a string test of
threats9's note; then a look at most three tokens before the line for its relief,
threats9's INTENSIFIER_REACH back from it for its holder, CLOSE_REACH tokens to the
message's end, threats9's REPORT_REACH back in the sentence and GAME_REACH either side;
for the screen REACH_REACH tokens on and TAIL_REACH to the message's end. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats15_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian70 import Italian70Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats9 import (
    NOT_HELD_BACK9_NOTE,
    reader_held_lucky,
    said_by_writer,
)
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_APART_NOTE", "Threats15Rules", "apart_closes", "screen_in_the_way"]

# The note that cancels the round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_APART_NOTE: Final[str] = "no menace in relief that the reader is not near"


class Threats15Rules(Italian70Rules):
    """Relief or luck that the reader is not near the writer, the message closing on it
    ("its a good thing ur not in front of me", "you're lucky you're not here", "per
    fortuna che non sei qui"), or the writer's reach held back by the screen ("ur lucky i
    cant reach thru the screen")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's lines aimed at the reader in the
        shape and cancelled out of it, threats9's cancelled lines re-read."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if note == JOKING_NOTE:
                return target, note  # "good thing ur not here jk"
            relief = _relief_before(ctx, hit)
            if relief >= 0 and _said(ctx, hit, hit.last, _needed(ctx, hit, relief)):
                return Kind.SECOND_PERSON, ""  # "its a good thing ur not in front of me"
            return Kind.NONE, NOT_APART_NOTE  # "good thing ur not here, its raining"
        if note != NOT_HELD_BACK9_NOTE or not reader_held_lucky(ctx, hit):
            return target, note  # most hits
        if term in w9.IT_TERMS:
            at = hit.last  # "sei fortunato che non [sei] vicino a me"
            if (
                at < len(ctx.tokens)
                and ctx.tokens[at] in w9.READERS
                and _said(ctx, hit, at + 1, w.PLACES)
            ):
                return Kind.SECOND_PERSON, ""
        elif (
            hit.entry.tokens[-1] in w.CANTS
            and screen_in_the_way(ctx, hit.last)
            and _said(ctx, hit, -1, w.PLACES)
        ):
            return Kind.SECOND_PERSON, ""  # "ur lucky i cant reach thru the screen"
        return target, note


def apart_closes(ctx: Context, at: int, needed: frozenset[str]) -> bool:
    """Only closing words from token `at` to the message's end, at most CLOSE_REACH of
    them, one a place of the writer's presence and one `needed`: "[here]", "[in front of
    me rn]", "[near me or else]", "[vicino a me]"."""
    if not ctx.only_tags_after(at, w.CLOSING, w.CLOSE_REACH):
        return False
    rest = ctx.tokens[at:]
    return not w.PLACES.isdisjoint(rest) and not needed.isdisjoint(rest)


def screen_in_the_way(ctx: Context, at: int) -> bool:
    """A reach in the REACH_REACH tokens from `at`, then "thru" and a screen, the message
    closing on it over chat's tails: "[reach thru the screen]", "[punch through my
    phone rn]"."""
    tokens = ctx.tokens
    end = min(len(tokens), at + w.REACH_REACH)
    for i in range(at, end):
        if tokens[i] not in w.REACHES:
            continue
        through = i + 1
        if through >= len(tokens) or tokens[through] not in w.THROUGH:
            return False
        screen = ctx.skip_ahead(through + 1, w.SCREEN_GAP, 1)
        return (
            screen < len(tokens)
            and tokens[screen] in w.SCREENS
            and ctx.only_tags_after(screen + 1, w.SCREEN_TAILS, w.TAIL_REACH)
        )
    return False


def _relief_before(ctx: Context, hit: Hit) -> int:
    """Where the relief of the round's line starts, said in full: "good thing", "thank
    god", a relief before "that" or "for you" ("lucky that", "luckily for you", "good
    thing for you that"), "meno male"; "lucky", "glad", "thankful" and "fortuna" are one
    already. -1 if none."""
    tokens = ctx.tokens
    head = hit.entry.tokens[0]
    before = hit.first - 1
    if head == "thing":
        return before if _relief_at(ctx, hit.first) else -1  # "a good thing ur not"
    if before < 0:
        return -1 if head in w.LEANING else hit.first
    word = tokens[before]
    if head == "god":
        return before if word in w.THANKS else -1  # "thank god ur not ..."
    if head == "male":
        return before if word in w.MENO else -1  # "meno male che non sei ..."
    if head in w.THATS and word in w9.OBJECTS and before >= 2 and tokens[before - 1] in w.FORS:
        before -= 2  # "good thing for you that ur not ..."
    if head not in w.LEANING:
        return hit.first
    if not _relief_at(ctx, before):
        return -1
    return before - 1 if tokens[before] == "thing" else before  # "lucky that ur not"


def _relief_at(ctx: Context, at: int) -> bool:
    """A relief word at token `at`, "thing" only after "good"."""
    word = ctx.tokens[at]
    if word == "thing":
        return at >= 1 and ctx.tokens[at - 1] in w.GOODS
    return word in w.RELIEFS


def _needed(ctx: Context, hit: Hit, relief: int) -> frozenset[str]:
    """What the close must say besides a place, by who holds the relief at `relief`: the
    writer ("i'm glad", "we're lucky") a menace ("or else"); a bare "glad" ("glad ur not
    near me"), not told to the reader ("be glad", "you should be glad"), a place near the
    writer; the reader ("you're lucky", "lucky for you") or a relief at the luck ("good
    thing", "thank god", "per fortuna") any place."""
    tokens = ctx.tokens
    told = ctx.back_over(relief, w.HOLDER_GAP, w9.INTENSIFIER_REACH)
    holder = tokens[told - 1] if told >= 1 else ""
    if holder in w.WRITERS:
        return w.ELSES  # "i'm glad ur not here" is no threat; "... or else" is
    reader = holder in w9.READERS or w9.TOLD in tokens[told:relief]
    if tokens[relief] in w.GLADS and not reader and hit.entry.tokens[0] not in w.FORS:
        return w.NEAR_PLACES  # "glad ur not near me", never a bare "glad ur not here"
    return w.PLACES


def _said(ctx: Context, hit: Hit, close: int, needed: frozenset[str]) -> bool:
    """The shape closing the message from token `close` with what is `needed` (the
    screen's own check when negative), said by the writer: not quoted, asked, reported,
    nor game talk."""
    if close >= 0 and not apart_closes(ctx, close, needed):
        return False  # "good thing ur not here, its raining"
    # "is it a good thing ur not here?", "she said good thing ur not here or else"
    return said_by_writer(ctx, hit, hit.first)
