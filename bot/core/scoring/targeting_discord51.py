"""Targeting rules of the discord51 round (issue 8): a member of a Discord server shut out
of the room, said of them to the room with a pronoun, a nick or a user mention, where no
older line held the room.

- The place: this round's own lines ("even in this server", "still in the gc", "even in
  here": discord51_words.PLACE_TERMS) right after the member (a pronoun, a user mention,
  "that kid", or a nick right after the copula), the copula and "why" before it opening
  its sentence (over "tf", "the hell" and chat's openers): "why is he even in this
  server", "why is <@1> still in the gc", "why tf is he even in vc", "bro why is kyle
  even in this gc".
- The new room: this round's own lines ("gc without", "server without": NEW_ROOM_TERMS)
  with "new" or "another" right before the room (over "a") or a making verb at most
  VERB_REACH tokens before it, the member right after "without" (a pronoun or a user
  mention): "lets make a new gc without her", "we should start a new server without
  <@1>", "new gc without her lol", "someone make a gc without <@3>".

Stay clean: bots, things and the room at large ("why is the bot even in this server",
"why is it even in this server", "why is everyone still in vc at 4am", "make a new gc
without the bots"), the writer ("why am i even in this server", "make a new gc without
me"), a real question or a kind word after the place (PLACE_EXCUSES: "why is he still in
the gc, i thought he left", "why is she even in this server? shes the best"), a reason
after the new room (NEW_ROOM_EXCUSES: "... she asked to be left out", "... would be
boring"), reports and leads ("she asked me why is he even in this server", "they made a
new gc without her"), negations and suppositions ("dont make a new gc without her", "if
we make a new gc without him"), questions other than a request ("why did you make a new
gc without her"; "can we make a new gc without <@1>?" stays a request) and quotes. This
round's lines out of the shapes are cancelled.

Cost per hit: a frozenset test of the term; then for the place at most two tokens for
the member, WHY_GAP_REACH back to "why", OPENER_REACH back to the sentence's start and
AFTER_REACH tokens on; for the new room one token for the member, VERB_REACH back for
"new" or the verb, LEAD_REACH back in the sentence and AFTER_REACH on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord51_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_hatecheck70 import HateCheck70Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHUT_OUT51_NOTE", "Discord51Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_SHUT_OUT51_NOTE: Final[str] = "no member shut out of the room"


class Discord51Rules(HateCheck70Rules):
    """A member's place in the room questioned ("why is he even in this server") or a new
    room called for without them ("lets make a new gc without her")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.PLACE_TERMS:
            member = _d51_placed(ctx, hit)
        elif term in w.NEW_ROOM_TERMS:
            member = _d51_left_out(ctx, hit)
        else:
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "lol why is he even in this server jk"
        if member < 0:
            return Kind.NONE, NOT_SHUT_OUT51_NOTE  # "im still in the gc"
        if user_mention_at(ctx, member):
            return Kind.MENTION, ""  # "why is <@1> still in the gc"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "lets make a new gc without her"


def _d51_placed(ctx: Context, hit: Hit) -> int:
    """The member whose place the line at `hit` questions ("why is he even in this
    server"), or -1: the member right before "even"/"still", the copula before them,
    "why" before it opening its sentence, no excuse or kind word after the room, not
    quoted."""
    tokens = ctx.tokens
    member = hit.first - 1
    if member < 2 or ctx.pause_after(member):
        return -1
    word = tokens[member]
    copula = member - 1
    if word in w.PEOPLE and tokens[copula] in w.POINTERS:
        copula -= 1  # "why is that kid even in the gc"
    elif word in w.NOT_NICKS:
        return -1  # "why is it even in this server", "why is everyone still in vc"
    if copula < 1 or tokens[copula] not in w.COPULAS:
        return -1  # "why is the bot even in this server": a nick follows the copula
    why = ctx.back_over(copula, w.WHY_GAP, w.WHY_GAP_REACH) - 1
    if why < 0 or tokens[why] not in w.WHY:
        return -1  # "he is still in the gc", "am i still in the gc"
    if not ctx.opens_after(why, w.OPENERS, w.OPENER_REACH):
        return -1  # "she asked me why is he even in this server"
    if ctx.any_ahead(hit.last, w.PLACE_EXCUSES, w.AFTER_REACH):
        return -1  # "... i thought he left", "... shes the best"
    if ctx.quoted(why, hit.last):
        return -1  # '"why is he even in this server" is such a mean thing to say'
    return member


def _d51_left_out(ctx: Context, hit: Hit) -> int:
    """The member a new room is called for without ("lets make a new gc without her"), or
    -1: a pronoun or a user mention right after "without", "new" before the room or a
    making verb before it, no negation, report or lead before that in its sentence, no
    reason after the member, not quoted, and asked only as a request."""
    tokens = ctx.tokens
    member = hit.last
    if member >= len(ctx.spans) or ctx.pause_after(member - 1):
        return -1  # "a new gc without, like, rules"
    if tokens[member] not in w.MEMBERS and not user_mention_at(ctx, member):
        return -1  # "make a new gc without the bots", "... without me"
    opened = _d51_made(ctx, hit.first)
    if opened < 0:
        return -1  # "a gc without him would be so boring"
    start = ctx.sentence_start(opened, w.LEAD_REACH)
    before = tokens[start:opened]
    if not w.NEGATORS.isdisjoint(before) or not w.LEADS.isdisjoint(before):
        return -1  # "dont make a new gc without her", "they made a new gc without her"
    if ctx.any_ahead(member + 1, w.NEW_ROOM_EXCUSES, w.AFTER_REACH):
        return -1  # "... she asked to be left out"
    if ctx.quoted(opened, member + 1):
        return -1
    if ctx.ends_asking(member) and w.ASKS.isdisjoint(before):
        return -1  # "should i feel bad for making a gc without her?"
    return member


def _d51_made(ctx: Context, room: int) -> int:
    """Where the making of the room at token `room` opens: "new" or "another" right before
    it (over "a", "our own") or a making verb at most VERB_REACH tokens before it in its
    clause; or -1."""
    tokens = ctx.tokens
    made = -1
    for i in range(room - 1, max(-1, room - 1 - w.VERB_REACH), -1):
        if ctx.pause_after(i):
            break  # "ok, new gc" keeps its "new"; "we made it, gc without him" does not
        if tokens[i] in w.MAKES:
            return i
        if tokens[i] in w.NEW and made < 0:
            made = i
    return made
