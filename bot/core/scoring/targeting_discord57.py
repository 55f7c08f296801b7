"""Targeting rules of the discord57 round (issue 8): a member of a Discord server kept out
by the room's own decision, where discord52's calls ("dont invite her", "dont let him
join") left the room's "we" unread.

- The decision: this round's own lines, a negation right before the inviting, adding or
  letting verb (discord57_words.OWN_TERMS: "not invite", "shouldnt add", "arent
  letting"), the room deciding right before the verb (DECLINES: "we shouldnt", "we
  should not", "were not", "we arent", "can we not", "lets not", over softeners such as
  "really"), opening its sentence over chat's openers; the member right after the verb,
  a pronoun for one person or a user mention, and for "let" the joining after him
  (ENTRIES); the decision standing (the next time, ever again, back, the room) or said
  whole: "we shouldnt invite him", "can we not let her join the vc", "lets not add him
  back", "were not inviting <@4> again", "we really shouldnt add her to the gc".

Stay clean: a reason after the member that makes it logistics (EXCUSES: "we shouldnt
invite her yet, the server isnt ready", "... hes busy tonight", "... till after the
match"), an invite withheld from one event only ("we shouldnt invite him to the raid"),
the writer, "them", bots and things ("we shouldnt invite me lol", "we shouldnt add the
bot back"), a subject that is not "we", a report or a question word before it ("they
shouldnt invite him", "she said were not inviting her", "why would we not invite him"),
a double negation ("we shouldnt not invite him"), questions and quotes. This round's
lines out of the shape are cancelled; no older line is read again.

Cost per hit: a frozenset test of the term; then DECLINE_REACH tokens back for the
decision, OPENER_REACH back to the sentence's start, two tokens for the member and the
joining, TAIL_REACH on for a line said whole and AFTER_REACH on for a standing word or
an excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord57_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_italian69 import Italian69Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DECLINED57_NOTE", "Discord57Rules", "decline_start", "phrase_before"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_DECLINED57_NOTE: Final[str] = "no member kept out by the room's own decision"


class Discord57Rules(Italian69Rules):
    """A member kept out by the room's own decision ("we shouldnt invite him", "can we
    not let her join", "lets not add him back")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shape and cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note == JOKING_NOTE:
            return target, note  # "lol we shouldnt invite him jk"
        if term in w.LET_IN and target is Kind.NONE:
            if _d57_declined(ctx, hit.first, hit.last):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "can we not let him join"
            return target, note  # "let him join", "dont let him join, hes afk"
        if term not in w.OWN_TERMS:
            return target, note
        member = hit.last
        after = _d57_entered(ctx, hit.last - 1, member)
        if after < 0 or not _d57_declined(ctx, hit.last - 1, after):
            return Kind.NONE, NOT_DECLINED57_NOTE  # "they shouldnt invite him", "... yet"
        if user_mention_at(ctx, member):
            return Kind.MENTION, ""  # "were not inviting <@4> again"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "we shouldnt invite him"


def decline_start(ctx: Context, verb: int) -> int:
    """The first token of the room's decision ending right before token `verb` ("we
    shouldnt", "can we not", "lets not", over softeners), or -1."""
    return phrase_before(
        ctx, verb, w.DECLINES, softeners=w.SOFTENERS, reach=w.DECLINE_REACH, most=w.DECLINE_WORDS
    )


def phrase_before(
    ctx: Context,
    verb: int,
    phrases: frozenset[tuple[str, ...]],
    *,
    softeners: frozenset[str],
    reach: int,
    most: int,
) -> int:
    """The first token of one of `phrases` (at most `most` words) ending right before
    token `verb` within `reach` tokens, read over `softeners` and never over a pause,
    or -1. A verb's helpers in front of it: the room's decision here, discord58's modal."""
    tokens = ctx.tokens
    words: list[str] = []
    at = verb
    floor = max(0, verb - reach)
    while at > floor and len(words) < most and not ctx.pause_after(at - 1):
        at -= 1
        if tokens[at] not in softeners:
            words.insert(0, tokens[at])
            if tuple(words) in phrases:
                return at
    return -1


def _d57_entered(ctx: Context, verb: int, member: int) -> int:
    """The token after the member at `member` that the verb at `verb` keeps out (after
    the joining for "let": "not let <@5> join"), or -1: no pause, a pronoun for one
    person or a user mention."""
    tokens = ctx.tokens
    if member >= len(ctx.spans) or ctx.pause_after(verb):
        return -1  # "we shouldnt invite, him"
    if not (tokens[member] in w.MEMBERS or user_mention_at(ctx, member)):
        return -1  # "we shouldnt invite me lol", "lets not add the bot"
    after = member + 1
    if tokens[verb] not in w.LETS:
        return after
    if after >= len(tokens) or tokens[after] not in w.ENTRIES or ctx.pause_after(member):
        return -1  # "lets not let him down", "we shouldnt let her, join ..."
    return after + 1


def _d57_declined(ctx: Context, verb: int, after: int) -> bool:
    """The room's decision right before the verb at `verb` opening its sentence, standing
    or said whole from token `after` on, no excuse after it, neither quoted nor asked."""
    first = decline_start(ctx, verb)
    if first < 0 or not ctx.opens_after(first, w.OPENERS, w.OPENER_REACH):
        return False  # "they shouldnt invite him", "she said were not inviting her"
    if not ctx.any_ahead(after, w.STANDING, w.AFTER_REACH) and not ctx.closes_after(
        after, w.TAILS, w.TAIL_REACH
    ):
        return False  # "we shouldnt invite him to the raid"
    if ctx.any_ahead(after, w.EXCUSES, w.AFTER_REACH):
        return False  # "we shouldnt invite her yet, the server isnt ready"
    return not ctx.quoted_or_asked(first, after)
