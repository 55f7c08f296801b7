"""Targeting rules of the gamechat55 round (issue 8): a player in game chat put down as a
child, which the older rules read no hostile word in ("kid" was a cue only).

- The reader called one outright, opening the sentence past chat's openers: "ur a kid",
  "you're such a little kid", "u r such a kid", "you are a big baby", "lol ur such a kid".
- The reader named right before a bare "kid", a vocative: "u kid", "stfu u little kid",
  "you little kid".
- A player called one: a hero, a role, "this guy", "he" or "she", maybe after a pointer,
  opening the sentence before "is": "our mid is a kid", "this pudge is such a baby",
  "he is a little kid", "sk is a kid".
- The reader waved off: only dismissive words before "kid" from the line's opening on,
  "kid" closing it: "bye kid", "calm down kid", "keep crying kid", "ggwp kid"; or the
  child alone the whole line: "kid", "little kid lol" ("kid, you did great" stays clean).
Each closes its clause, maybe after chat's tails or before an order ("ur a kid go to
sleep").

Clean: the writer's own childhood and real children ("i was a kid when ...", "my kid is
crying", "my son is a little kid so ..."), generic you ("when ur a kid ..."), denials
and reassurance ("he is not a kid", "you are just a kid", "he's a kid, go easy on him",
"relax kid, you'll be fine"), "kiddo" alone, reports ("he said ur a kid",
"dont call him a kid"), questions and quotes ("are you a kid?", "is this pudge a kid?"),
"baby" alone ("brb my baby is awake").
The round's own lines outside these shapes are cancelled.

Cost per hit: a frozenset test of the term; PHRASE_REACH tokens back over the child's
phrase, at most two more to the reader or the copula, two to a pointed player and
LEAD_REACH (or DISMISS_REACH) to the opening; TAIL_REACH ahead, EASING_REACH ahead for
reassurance and one question test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat55_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid41 import Olid41Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_CHILD_CALLED_NOTE", "GameChat55Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_CHILD_CALLED_NOTE: Final[str] = "no player called a child"


class GameChat55Rules(Olid41Rules):
    """A player put down as a child: "ur a kid", "u little kid", "our mid is a kid", "bye
    kid"; the round's own lines cancelled elsewhere."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines read in its shapes and
        cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        called = _gc55_child_call(ctx, hit)
        if called is None:
            return Kind.NONE, NO_CHILD_CALLED_NOTE
        kind, start = called
        if ctx.quoted_or_asked(start, hit.last):
            return Kind.NONE, NO_CHILD_CALLED_NOTE  # "are you a kid?", "is he a kid?"
        return kind, OUTRIGHT_NOTE if kind is Kind.THIRD_PERSON else ""

    def _paired_call(self, ctx: Context, hit: Hit) -> bool:
        """italian4's two one-word name-calls, never with this round's child: in "stupid
        kid" (and the joined "garbagekid") the kid is the player gamechat9 reads it said
        of, not a second name-call to the reader."""
        if ctx.tokens[1 - hit.first] in w.CHILD_WORDS:
            return False
        return super()._paired_call(ctx, hit)


def _gc55_child_call(ctx: Context, hit: Hit) -> tuple[TargetKind, int] | None:
    """Who the child named by the hit is said of, and where the shape opens: the reader
    ("ur a kid", "u little kid", "bye kid") or a player ("our mid is a kid"); None when
    the clause runs on or nothing opens it."""
    tokens = ctx.tokens
    end = hit.last
    if not (
        ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
        or (end < len(tokens) and tokens[end] in w.ORDERS)
    ):
        return None  # "my kid is crying", "when ur a kid everything is fun"
    if end < len(tokens) and ctx.any_ahead(end, w.EASING, w.EASING_REACH):
        return None  # "he's a kid, go easy on him", "relax kid, you'll be fine"
    at = ctx.back_over(hit.first, w.PHRASE, w.PHRASE_REACH)
    called = w.ARTICLE in tokens[at : hit.first] or hit.entry.term in w.CALLED_TERMS
    if called:
        start = _gc55_reader_before(ctx, at)
        if start >= 0:
            return Kind.SECOND_PERSON, start  # "ur a kid", "you're such a big baby"
        start = _gc55_player_before(ctx, at)
        if start >= 0:
            return Kind.THIRD_PERSON, start  # "our mid is a kid", "he is a little kid"
        return None
    if at > 0 and tokens[at - 1] in w.READERS and ctx.opens_after(at - 1, w.LEADS, w.LEAD_REACH):
        return Kind.SECOND_PERSON, at - 1  # "u kid", "stfu u little kid"
    start = ctx.back_over(at, w.DISMISSALS, w.DISMISS_REACH)
    if start < at and ctx.starts_sentence(start):
        return Kind.SECOND_PERSON, start  # "bye kid", "calm down little kid"
    if (
        at == 0
        and hit.entry.term == w.BARE_CHILD
        and ctx.skip_ahead(end, w.TAILS, w.TAIL_REACH) == len(tokens)
    ):
        return Kind.SECOND_PERSON, at  # the whole line: "kid", "little kid lol"
    return None


def _gc55_reader_before(ctx: Context, at: int) -> int:
    """Where the reader right before token `at` starts ("ur", "you re", "you are"), when it
    opens its sentence past chat's openers; -1 otherwise ("he said ur a kid")."""
    tokens = ctx.tokens
    for size in (2, 1):
        start = at - size
        if start >= 0 and tuple(tokens[start:at]) in w.READER_RUNS:
            return start if ctx.opens_after(start, w.LEADS, w.LEAD_REACH) else -1
    return -1


def _gc55_player_before(ctx: Context, at: int) -> int:
    """Where the player before "is" and token `at` starts ("he", "our mid", "the enemy
    carry"), when it opens its sentence past chat's openers; -1 otherwise ("he is not a
    kid", "my son is a little kid")."""
    tokens = ctx.tokens
    subject = at - 2
    if subject < 0 or tokens[at - 1] not in w.COPULAS:
        return -1
    word = tokens[subject]
    if word in w.PLAYERS:
        subject = ctx.back_over(subject, w.POINTERS, w.POINTER_REACH)
    elif word not in w.PRONOUNS:
        return -1
    return subject if ctx.opens_after(subject, w.LEADS, w.LEAD_REACH) else -1
