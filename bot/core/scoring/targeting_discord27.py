"""Targeting rules of the discord27 round (issue 8, twenty-second session): Discord lines
between teenagers that pin "skill issue" on a member, and that call a member stupid by a
comparison.

- "skill issue" pinned on the reader: the reader's own ("ur skill issue is showing",
  "your massive skill issue"), the reader having it ("u have a skill issue", "sounds
  like you've got a huge skill issue"), the reader as it ("ur the skill issue", "you're
  the real skill issue"), the reader's part after it ("skill issue on ur part", "skill
  issue on your end", "skill issue from u"), or a put-down vocative after it to the
  clause's end ("skill issue kid", "skill issue lil bro"). Stay clean, and cancelled: a
  bare "skill issue", "skill issue tbh", "skill issue bro" (a meme or a shrug, as older
  probes keep them), the writer's ("my skill issue", "skill issue on my part", "i have a
  skill issue"), a thing's ("skill issue on the devs part"), asked ("do u have a skill
  issue or is it ping?"), denied ("you don't have a skill issue", "ur not the skill
  issue"), quoted or reported.
- The reader likened to a dull thing: "ur as smart as a brick", "you're about as sharp
  as a spoon", "u r as bright as a potato", "bro ur as smart as a bag of rocks": the
  reader's copula right before "as" (two hedges at most between) and a dull thing after
  "a" (discord27_words.DULL). Stay clean: "ur as smart as a fox", "you're as sharp as a
  tack" (praise), "i'm as smart as a rock lol", "this bot is as smart as a brick" (not
  the reader), "is ur cat as smart as a dog?". "you have the brains of a rock" is
  forum4's said-of reading of "the brain of a", given the plural (targeting_forum4.py).

Cost per hit: one frozenset test of the term for each list; then "skill issue" reads at
most three tokens back over sizes, three more over adverbs to the reader, two ahead for
the reader's part and four to the clause's end; a comparison two tokens back and one
ahead. No regex, no new work for messages without these terms; their new words stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck30 import HateCheck30Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_LIKENED_NOTE", "NOT_PINNED_NOTE", "Discord27Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_PINNED_NOTE: Final = "skill issue said of no one, the writer or a thing"
NOT_LIKENED_NOTE: Final = "a comparison not of the reader to a dull thing"


class Discord27Rules(HateCheck30Rules):
    """ "skill issue" pinned on the reader; the reader likened to a dull thing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SKILL_ISSUE:
            if (
                target is not Kind.REPORTED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and _pinned(ctx, hit)
            ):
                return Kind.SECOND_PERSON, ""  # "ur skill issue is showing"
            return Kind.OBJECT, NOT_PINNED_NOTE
        if term in w.AS_SMART:
            if (
                target is not Kind.REPORTED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and _likened(ctx, hit)
            ):
                return Kind.SECOND_PERSON, ""  # "ur as smart as a brick"
            return Kind.OBJECT, NOT_LIKENED_NOTE
        return target, note


def _pinned(ctx: Context, hit: Hit) -> bool:
    """ "ur skill issue", "u have a skill issue", "ur the skill issue", "skill issue on
    ur part", "skill issue kid"."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    at = ctx.back_over(first, w.ISSUE_GAP, w.ISSUE_GAP_REACH) - 1
    if at >= 0:
        word = tokens[at]
        if word in w.POSSESSIVES:
            return True  # "ur skill issue is showing"
        if word in w.HAVE:
            had = ctx.back_over(at, w.HAVE_ADVERBS, 3) - 1
            return had >= 0 and tokens[had] in w.READERS  # "u have a skill issue"
        if word in w.READER_COPULAS or (
            word in w.COPULAS and at > 0 and tokens[at - 1] in w.READERS
        ):
            return True  # "you're the skill issue"
    if last + 1 < len(tokens) and not ctx.pause_after(last - 1):
        after = tokens[last]
        if after == w.FROM and tokens[last + 1] in w.READERS:
            return True  # "skill issue from u"
        if (
            after == w.ON
            and last + 2 < len(tokens)
            and tokens[last + 1] in w.POSSESSIVES
            and tokens[last + 2] in w.PARTS
        ):
            return True  # "skill issue on ur part"
    return _put_down_after(ctx, last)


def _put_down_after(ctx: Context, last: int) -> bool:
    """Only chat tags to the clause's end after the term, one of them a put-down
    ("skill issue kid", "skill issue lol clown"); "skill issue tbh" has none."""
    tokens = ctx.tokens
    at = last
    found = False
    while not ctx.closes_clause(at):
        if at - last >= w.TAIL_REACH:
            return False
        word = tokens[at]
        if word in w.PUT_DOWNS:
            found = True
        elif word not in w.TAGS:
            return False
        at += 1
    return found


def _likened(ctx: Context, hit: Hit) -> bool:
    """ "ur (about) as smart as a brick": the reader's copula before, a dull thing after."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if last >= len(tokens) or tokens[last] not in w.DULL:
        return False
    at = ctx.back_over(first, w.AS_GAP, w.AS_GAP_REACH) - 1
    if at < 0:
        return False
    word = tokens[at]
    return word in w.READER_COPULAS or (
        word in w.COPULAS and at > 0 and tokens[at - 1] in w.READERS
    )
