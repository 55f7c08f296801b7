"""Targeting rules of the discord56 round (issue 8): a member of a Discord server shut out
by a call to the room, in the wordings discord47 and discord54 left.

- The room after the member: discord47's shunning verbs (discord56_words.SHUN: "ignore",
  "mute", "unfriend", "unadd", "ghost", "block", "avoid", ...) or its older "block him"
  lines, the member right after the verb (a pronoun for one person or a user mention),
  then the room called (ROOM: "guys", "everyone", "yall", "all", over "pls" or "rn"),
  the verb opening its sentence over chat's openers and the call closing its clause over
  chat's tails, before a pause or before the member's own clause (MEMBER_CLAUSE: "she
  always ..."): "ignore him guys", "unfriend her everyone", "mute <@7> everyone", "ghost
  him yall fr", "ignore him everyone, hes so annoying". Discord47
  (NOT_SHAPED47_NOTE) and discord22 (UNCALLED_NOTE) cancel these lines with no rally
  before the verb; only those two cancels are narrowed, and only in this shape.
- The member left out: this round's own lines "leave him out" and "leave her out",
  opening their sentence over chat's openers, "we should" or "lets", said whole or
  with the room or a standing word after them: "leave him out", "leave her out guys",
  "we should leave him out lol", "just leave her out next time".
- Nobody to answer the member: this round's own lines "reply to him", "respond to her"
  (and the other two), right after a ban that opens its sentence ("nobody", "no one";
  "dont" only with the room called in the sentence, since alone it may be advice to one
  reader), said whole or with the room or a standing word after them: "nobody reply to
  him", "no one respond to her", "dont reply to him guys", "guys dont respond to him".

Stay clean: a reason after the call (discord47's and discord52's excuses: "ignore him guys
hes tilted", "leave him out of the ranked stack, hes new" is logistics for a match, "nobody
reply to him hes afk"), the writer ("ignore me guys im tired", "leave me out of this"),
things, game talk, bots and spam ("ignore the tank guys", "leave him, go mid", "nobody
reply to the spam"), the member shielded ("leave him out of this, he did nothing"),
negations ("dont leave him out guys", "dont ignore her guys"), a subject, a report or a
question word before the call ("why did they leave her out", "she said ignore him guys",
"he said nobody reply to her"), "dont reply to him" said to one reader, quotes and
questions. This round's own lines out of their shapes are cancelled; the shunning verbs
keep the older readings out of theirs, and the older "block him everyone" lines are
cancelled only after a negation ("please dont block him everyone").

Cost per hit: a frozenset test of the term; then ROOM_REACH tokens on for the room,
BAN_GAP_REACH back for a ban, OPENER_REACH back to the sentence's start, TAIL_REACH on
for a line said whole and AFTER_REACH on for a standing word or an excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord56_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord22 import UNCALLED_NOTE
from bot.core.scoring.targeting_discord47 import NOT_SHAPED47_NOTE, user_mention_at
from bot.core.scoring.targeting_italian67 import Italian67Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHUT_OUT56_NOTE", "Discord56Rules"]

# The note that cancels this round's own lines out of the shapes (weighing zeroes any
# note it does not name).
NOT_SHUT_OUT56_NOTE: Final[str] = "no member shut out by a call to the room"
# The older cancels of a shun with no rally before the verb, narrowed for the room after
# the member.
_UNRALLIED: Final[frozenset[str]] = frozenset({NOT_SHAPED47_NOTE, UNCALLED_NOTE})


class Discord56Rules(Italian67Rules):
    """A member shut out by a call to the room, the room after the member ("ignore him
    guys"), the member left out ("leave her out guys") or unanswered ("nobody reply to
    him")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the shun with the room after the member raised
        from the older cancels, and this round's own lines aimed at the member in their
        shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS or note == JOKING_NOTE:
            return target, note  # "lol ignore him guys jk"
        if term in w.LEFT_OUT:
            if ctx.opens_after(hit.first, w.LEFT_OUT_OPENERS, w.OPENER_REACH) and _d56_standing(
                ctx, hit.first, hit.last
            ):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "leave him out guys"
            return Kind.NONE, NOT_SHUT_OUT56_NOTE  # "dont leave him out", "why did they ..."
        if term in w.ROOM_SHUNS:
            at = ctx.back_over(hit.first, w.BAN_GAP, w.BAN_GAP_REACH)
            if at >= 1 and ctx.tokens[at - 1] in w.NEGATORS and not ctx.pause_after(at - 1):
                return Kind.NONE, NOT_SHUT_OUT56_NOTE  # "please dont block him everyone"
            return target, note  # "block him everyone": the older reading stands
        if term in w.NO_REPLY:
            if _d56_no_reply(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "nobody reply to him"
            return Kind.NONE, NOT_SHUT_OUT56_NOTE  # "someone reply to him guys"
        if note not in _UNRALLIED:
            return target, note  # "everyone ignore her": discord47's reading stands
        member = hit.last - 1 if term in w.SHUN_PERSONS else hit.last
        if member >= len(ctx.tokens) or not (
            ctx.tokens[member] in w.MEMBERS or user_mention_at(ctx, member)
        ):
            return target, note  # "ignore the tank guys", "ignore me guys"
        if ctx.pause_after(member - 1) or not _d56_room_after(ctx, hit.first, member):
            return target, note  # "mute him lol", "ignore, him guys"
        if user_mention_at(ctx, member):
            return Kind.MENTION, ""  # "ignore <@3> guys"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "ignore him guys"


def _d56_room_after(ctx: Context, verb: int, member: int) -> bool:
    """The room called right after the member at token `member` (over a short gap), the
    verb at token `verb` opening its sentence, the call closing its clause or pausing, no
    excuse after it, neither quoted nor asked."""
    room = ctx.skip_ahead(member + 1, w.ROOM_GAP, w.ROOM_REACH)
    if room >= len(ctx.tokens) or ctx.tokens[room] not in w.ROOM or ctx.pause_after(room - 1):
        return False  # "mute him rn", "ignore him, everyone is lagging"
    if not ctx.opens_after(verb, w.OPENERS, w.OPENER_REACH):
        return False  # "she said ignore him guys", "dont ignore her guys"
    if not (
        ctx.pause_after(room)
        or ctx.closes_after(room + 1, w.TAILS, w.TAIL_REACH)
        or ctx.tokens[room + 1] in w.MEMBER_CLAUSE
    ):
        return False  # "ignore him all game"
    if ctx.any_ahead(member + 1, w.EXCUSES, w.AFTER_REACH):
        return False  # "ignore him guys hes tilted"
    return not ctx.quoted_or_asked(verb, room + 1)


def _d56_no_reply(ctx: Context, hit: Hit) -> bool:
    """A ban right before the reply opening its sentence ("nobody", "no one"; "dont" with
    the room called), the call standing or said whole."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.BAN_GAP, w.BAN_GAP_REACH)
    room = not w.ROOM.isdisjoint(tokens[max(0, at - w.OPENER_REACH) : hit.last + w.TAIL_REACH])
    if at >= 1 and not ctx.pause_after(at - 1) and tokens[at - 1] in w.ROOM_BANS:
        ban = at - 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.ROOM_BAN_PAIRS:
        ban = at - 2
    elif room and at >= 1 and tokens[at - 1] in w.BANS:
        ban = at - 1
    elif room and at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.BAN_PAIRS:
        ban = at - 2
    else:
        return False  # "someone reply to him guys", "dont reply to him, just block"
    return ctx.opens_after(ban, w.OPENERS, w.OPENER_REACH) and _d56_standing(ctx, ban, hit.last)


def _d56_standing(ctx: Context, first: int, after: int) -> bool:
    """The call from token `first` said whole (chat's tails only after token `after`) or
    with the room or a standing word after it, no reason after it, neither quoted nor
    asked."""
    if not ctx.closes_after(after, w.TAILS, w.TAIL_REACH) and not ctx.any_ahead(
        after, w.STANDING, w.AFTER_REACH
    ):
        return False  # "leave him out of this", "leave him out of the ranked stack"
    if ctx.any_ahead(after, w.EXCUSES, w.AFTER_REACH):
        return False  # "leave her out, shes asleep", "nobody reply to him hes afk"
    return not ctx.quoted_or_asked(first, after)
