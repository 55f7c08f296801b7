"""Targeting rules of the discord54 round (issue 8): a member of a Discord server kept out
by a call to the room, a ban before "let <member> in", where no older line held the call.

- The door shut: this round's own "let him in" and "let her in" lines
  (discord54_words.LET_IN), or hatecheck15's "dont let" with a user mention and "in"
  right after it; the ban right before "let" over a short gap ("dont", "never",
  "nobody", "no one", "we shouldnt", "lets not", over "ever", "should", "pls"), opening
  its sentence over chat's openers and the room ("guys", "everyone", "we"), and the room
  or a standing word after "in" ("the vc", "again", "this time") or the line said whole:
  "no one let him in", "we shouldnt let her in", "lets not let him in the call", "dont
  ever let her in the vc again", "dont let <@1> in the server".

Stay clean: a reason after the call that makes it logistics or the member's own wish
(discord52_words.EXCUSES: "... the vc is full", "... until he verifies", "... hes
asleep", "... she asked to sit out"), the writer, things and game talk ("dont let me in
the vc im eating", "no one let the creeper in", "dont let them in our base"), bots, a
subject, a report or a question word before the ban ("why did no one let him in", "they
said no one let her in", "should we let him in?"), a place that is no room ("dont let him
in the base"), quotes and questions. This round's lines out of the shape are cancelled;
hatecheck15's "dont let" keeps its older reading out of it; discord18's "dont let him in"
lines, with a reason after them, are cancelled the same way ("dont let him in the call
hes asleep").

Cost per hit: a frozenset test of the term; then BAN_GAP_REACH back for the ban,
OPENER_REACH back to the sentence's start, TAIL_REACH on for a line said whole and
AFTER_REACH on for a standing word or an excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord54_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_hatecheck74 import HateCheck74Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_KEPT_OUT54_NOTE", "Discord54Rules", "ban_before_let"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_KEPT_OUT54_NOTE: Final[str] = "no member kept out by a call to the room"


class Discord54Rules(HateCheck74Rules):
    """A member kept out by a ban before "let <member> in" ("no one let him in", "we
    shouldnt let her in", "dont let <@1> in the server")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shape and cancelled out of it, "dont let" before a mention raised to it, and
        discord18's "dont let him in" with a reason after it cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS or note == JOKING_NOTE:
            return target, note  # "lol no one let him in jk"
        if term in w.OLDER_LET_IN:
            if target is Kind.THIRD_PERSON and ctx.any_ahead(hit.last, w.EXCUSES, w.AFTER_REACH):
                return Kind.NONE, NOT_KEPT_OUT54_NOTE  # "dont let him in the call hes asleep"
            return target, note
        if term in w.LET:
            mention = hit.last
            if mention + 1 >= len(ctx.tokens) or not user_mention_at(ctx, mention):
                return target, note  # "dont let them take baron"
            if ctx.tokens[mention + 1] != w.IN or not _d54_called(ctx, hit.first, mention + 2):
                return target, note  # "dont let <@1> in the server until he verifies"
            return Kind.MENTION, ""  # "dont let <@1> in the server"
        ban = ban_before_let(ctx, hit.first)
        if ban < 0 or not _d54_called(ctx, ban, hit.last):
            return Kind.NONE, NOT_KEPT_OUT54_NOTE  # "pls let him in", "why did no one ..."
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "no one let him in"


def ban_before_let(ctx: Context, let: int) -> int:
    """Where the ban before "let" at token `let` starts ("no one", "we shouldnt", "dont
    ever"), over a short gap, or -1 (discord60 reads its own "let" lines with it)."""
    tokens = ctx.tokens
    at = ctx.back_over(let, w.BAN_GAP, w.BAN_GAP_REACH)
    if at >= 1 and tokens[at - 1] in w.BANS and not ctx.pause_after(at - 1):
        return at - 1
    if at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.BAN_PAIRS:
        return at - 2
    return -1  # "pls let him in", "why didnt you let her in"


def _d54_called(ctx: Context, ban: int, after: int) -> bool:
    """The ban at token `ban` opens its sentence over chat's openers, the room or a
    standing word follows from token `after` (or the line is said whole), no reason
    follows, and the call is neither quoted nor asked."""
    if not ctx.opens_after(ban, w.OPENERS, w.OPENER_REACH):
        return False  # "they said no one let her in", "why did no one let him in"
    if not ctx.any_ahead(after, w.STANDING, w.AFTER_REACH) and not ctx.closes_after(
        after, w.TAILS, w.TAIL_REACH
    ):
        return False  # "dont let him in the base"
    if ctx.any_ahead(after, w.EXCUSES, w.AFTER_REACH):
        return False  # "... the vc is full", "... until he verifies"
    return not ctx.quoted_or_asked(ban, after)
