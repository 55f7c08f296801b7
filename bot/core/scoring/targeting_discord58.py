"""Targeting rules of the discord58 round (issue 8): a member of a Discord server whose
removal the writer asks for with the user mention before the verb or in a negated order,
which the older rules left clean.

- The mention first: a removal in the passive (this round's lines "be banned", "get
  banned", "get removed"; the older "be kicked", "get kicked", "be removed", "should be
  banned", "be banned from"), a modal right before it ("needs to", "should", "must", "has
  to", over softeners such as "really"), and a user mention right before the modal,
  opening its sentence over chat's openers and the moderators; then the server or the
  room left and the line said whole over chat's tails: "<@12> needs to be banned", "<@4>
  should get kicked", "mods <@7> must be removed from the server", "<@6> should get
  banned fr".
- The negated order: identity_attack's "dont let", "do not let" opening its sentence, a
  user mention right after it and the joining (join, rejoin, back), then the server or
  the room and the standing ("again", "ever") and the line said whole: "dont let <@55>
  join", "do not let <@3> back in", "pls dont let <@5> rejoin the server", "dont let <@8>
  join, mods".

Stay clean: a negation or a past tense ("<@9> shouldnt be banned", "<@12> was banned by
mistake, unban pls"), a subject that is not a mention opening its sentence ("they think
<@4> should be banned", "i should get banned lol", "the bot should be kicked"), a game's
queue, a ball, a raid or a reason after the removal or the joining (logistics or game
talk: "<@6> should get kicked from the queue, hes afk", "dont let <@9> join yet, the
server isnt ready", "dont let <@5> solo the boss", "dont let <@3> back down"), questions,
quotes and jokes. This round's lines out of the shape are cancelled; the older lines out
of it keep their readings.

Cost per hit: a frozenset test of the term (most hits end there); then MODAL_REACH tokens
back for the modal, OPENER_REACH back to the sentence's start, PLACE_REACH or ROOM_REACH
on for the place, TAIL_REACH more for the tails and AFTER_REACH for a reason. No
regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord58_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_discord57 import phrase_before
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats15 import Threats15Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REMOVED58_NOTE", "Discord58Rules", "modal_start", "said_whole"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_REMOVED58_NOTE: Final[str] = "no mentioned member's removal asked for"


class Discord58Rules(Threats15Rules):
    """A member's removal asked for with the mention first ("<@12> needs to be banned",
    "<@4> should get kicked") or in a negated order ("dont let <@55> join")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the mentioned
        member, this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.REMOVALS:
            asked = note != JOKING_NOTE and _d58_removal_asked(ctx, hit)
        elif term in w.DONT_LETS:
            asked = note != JOKING_NOTE and _d58_kept_out(ctx, hit)
        else:
            return target, note  # most hits
        if asked:
            return Kind.MENTION, ""
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_REMOVED58_NOTE  # "i dont wanna get banned"
        return target, note  # the older lines' readings


def modal_start(ctx: Context, verb: int) -> int:
    """The first token of a modal ending right before token `verb` ("needs to", "should",
    over softeners: "really needs to"), or -1."""
    at = phrase_before(
        ctx, verb, w.MODALS, softeners=w.SOFTENERS, reach=w.MODAL_REACH, most=w.MODAL_WORDS
    )
    return at if at < 0 else ctx.back_over(at, w.SOFTENERS, w.MODAL_REACH)


def said_whole(
    ctx: Context, at: int, room: frozenset[str], reach: int, excuses: frozenset[str]
) -> bool:
    """From token `at` on, at most `reach` `room` words and then the clause closing over
    chat's tails ("from the server fr", "again mods"), none of `excuses` after it ("...,
    hes afk", "..., he posted a scam link": logistics or a report of a broken rule)."""
    end = ctx.skip_ahead(at, room, reach)
    if not ctx.closes_after(end, w.TAILS, w.TAIL_REACH):
        return False  # "<@6> should get kicked from the queue", "dont let <@9> join yet"
    return not ctx.any_ahead(end, excuses, w.AFTER_REACH)  # "..., hes afk"


def _d58_removal_asked(ctx: Context, hit: Hit) -> bool:
    """A user mention opening its sentence, a modal, and the removal in the passive said
    whole: "<@12> needs to be banned", "mods <@7> must be removed from the server"."""
    if hit.entry.term in w.MODAL_TERMS:
        start = ctx.back_over(hit.first, w.SOFTENERS, w.MODAL_REACH)
    else:
        start = modal_start(ctx, hit.first)
    member = start - 1
    if member < 0 or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "i should get banned lol", "<@9> was banned by mistake"
    if not ctx.opens_after(member, w.OPENERS, w.OPENER_REACH):
        return False  # "they think <@4> should be banned"
    if not said_whole(ctx, hit.last, w.PLACES, w.PLACE_REACH, w.EXCUSES):
        return False  # "<@6> should get kicked from the queue, hes afk"
    return not ctx.quoted_or_asked(member, hit.last)


def _d58_kept_out(ctx: Context, hit: Hit) -> bool:
    """ "dont let" opening its sentence, a user mention and the joining right after it,
    said whole: "dont let <@55> join", "do not let <@3> back in here"."""
    tokens = ctx.tokens
    member = hit.last  # exclusive: the token right after "let"
    entry = member + 1
    if entry >= len(ctx.spans) or tokens[entry] not in w.ENTRIES:
        return False  # "dont let <@5> solo the boss"
    if ctx.pause_after(hit.last - 1) or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "dont let me join lol", "dont let the bot join"
    if not ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH):
        return False  # "she said dont let <@24> join"
    if not said_whole(ctx, entry + 1, w.ROOMS, w.ROOM_REACH, w.EXCUSES):
        return False  # "dont let <@9> join yet, the server isnt ready"
    return not ctx.quoted_or_asked(hit.first, entry)
