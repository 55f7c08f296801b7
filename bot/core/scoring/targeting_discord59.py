"""Targeting rules of the discord59 round (issue 8): a mentioned member of a Discord server
whose removal the writer asks for in two shapes the older rules left clean.

- The ban deserved: a user mention opening its sentence over chat's openers and the
  moderators, "deserves", "needs" or "has earned" right after it (over softeners such as
  "really"), then the ban as a noun (this round's lines "a ban", "a perma ban", "a
  permanent ban", "a timeout", "a mute"; threat's older "a kick"), then the server or the
  room and the line said whole over chat's tails: "<@9> deserves a ban", "<@4> needs a
  perma ban asap", "mods <@8> needs a ban", "<@27> needs a ban from this server".
- The push out: "get" opening its sentence over chat's openers and who is asked, a user
  mention right after it and this round's lines "out of here", "outta here" right after
  the mention, said whole: "get <@9> out of here", "mods get <@21> out of here", "can
  someone get <@30> out of here".

Stay clean: a break, an appeal or a thing ("<@9> deserves a break", "<@9> needs a ban
appeal link", "<@40> needs a ban on junk food"), a negation or a past ("<@22> doesnt
deserve a ban", "<@15> got a ban yesterday"), the writer ("i deserve a ban lol", "get me
out of here"), game talk and logistics ("<@11> needs a timeout from the game, hes
tilted", "get <@9> out of the fire", "get <@21> out of here, hes stuck in the wall"),
another subject or a report ("they think <@8> deserves a ban", "i cant get <@5> out of
here", "she said get <@17> out of here"), questions, quotes and jokes. A bare "ban <@1>"
stays clean (discord55's choice): no line here reads a verb before a mention. This
round's lines out of the shapes are cancelled; "a kick" out of them keeps its reading.

Cost per hit: a frozenset test of the term (most hits end there); then SOFTENER_REACH
tokens back for the member, OPENER_REACH back to the sentence's start, PLACE_REACH on
for the place, then discord58's `said_whole` (its TAIL_REACH for the tails and AFTER_REACH
for a reason). No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord59_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_discord58 import said_whole
from bot.core.scoring.targeting_italian71 import Italian71Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REMOVED59_NOTE", "Discord59Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_REMOVED59_NOTE: Final[str] = "no mentioned member's ban or push out asked for"


class Discord59Rules(Italian71Rules):
    """A mentioned member said to deserve or need a ban ("<@9> deserves a ban") or pushed
    out of the room ("get <@9> out of here")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the mentioned
        member, this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.BANS:
            asked = note != JOKING_NOTE and _d59_ban_due(ctx, hit)
        elif term in w.OUT_TERMS:
            asked = note != JOKING_NOTE and _d59_pushed_out(ctx, hit)
        else:
            return target, note  # most hits
        if asked:
            return Kind.MENTION, ""
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_REMOVED59_NOTE  # "<@9> needs a ban appeal link"
        return target, note  # "a kick" keeps its older reading


def _d59_ban_due(ctx: Context, hit: Hit) -> bool:
    """A user mention opening its sentence, "deserves" or "needs" right before the ban,
    and the ban said whole: "<@9> deserves a ban", "mods <@8> needs a ban"."""
    due = hit.first - 1
    if due < 1 or ctx.tokens[due] not in w.DUE or ctx.pause_after(due):
        return False  # "<@15> got a ban yesterday", "i need a ban appeal form"
    member = ctx.back_over(due, w.SOFTENERS, w.SOFTENER_REACH) - 1
    if member < 0 or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "i deserve a ban lol", "<@22> doesnt deserve a ban"
    if not ctx.opens_after(member, w.OPENERS, w.OPENER_REACH):
        return False  # "they think <@8> deserves a ban", "does <@18> deserve a ban?"
    if not said_whole(ctx, hit.last, w.PLACES, w.PLACE_REACH, w.EXCUSES):
        return False  # "<@11> needs a timeout from the game, hes tilted"
    return not ctx.quoted_or_asked(member, hit.last)


def _d59_pushed_out(ctx: Context, hit: Hit) -> bool:
    """ "get" opening its sentence, a user mention right after it and the push out right
    after the mention, said whole: "get <@9> out of here", "mods get <@21> outta here"."""
    member = hit.first - 1
    get = member - 1
    if get < 0 or ctx.tokens[get] not in w.GETS:
        return False  # "im out of here", "lets get out of here"
    if ctx.pause_after(get) or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "get me out of here"
    if not ctx.opens_after(get, w.CALLERS, w.OPENER_REACH):
        return False  # "i cant get <@5> out of here", "she said get <@17> out of here"
    if not said_whole(ctx, hit.last, frozenset(), w.PLACE_REACH, w.EXCUSES):
        return False  # "get <@10> out of here with that take lmao"
    return not ctx.quoted_or_asked(get, hit.last)
