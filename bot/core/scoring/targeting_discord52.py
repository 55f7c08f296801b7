"""Targeting rules of the discord52 round (issue 8): a member of a Discord server shut out
by a call to the room, named by a pronoun or a user mention, where no older line held the
call.

- The invite withheld: a ban and the inviting verb, this round's own lines
  (discord52_words.BANNED_INVITES: "stop inviting", "dont invite", "no one invite",
  "lets not invite"; discord18's "dont invite her" and "dont add him" read again), the
  member right after, or the ban right before "let her join"/"let him back" (LET_IN);
  opening its sentence over chat's openers, and standing: the next time, ever again,
  back, everything or the room after the member (STANDING), or the line said whole:
  "dont invite her next time", "stop inviting him", "dont invite <@1> anymore", "stop
  adding her to the gc", "dont let her join", "dont let him back in".
- The removal: "from", "out of", "outta" or "off" and the room, this round's own lines
  (FROM_ROOMS: "from vc", "of the gc" after "out"), the member right before them and a
  removing verb before the member (REMOVERS; the older "kick him", "remove her" lines
  read their own), or this round's "uninvite" and the member right after it; the verb
  opening its sentence over chat's openers and the room called on ("can we", "someone",
  "can a mod", "lets"): "can we kick <@1> from vc", "get him out of the vc", "leave her
  out of the group chat", "someone uninvite <@2>".

Stay clean: bots, things and the writer ("can we kick the spam bot", "kick me from vc im
going to sleep", "dont invite me next time"), a reason after the member that makes it
moderation, logistics or the member's own wish (EXCUSES: "... he keeps spamming", "...
his mic is looping", "... she's away that week", "... the lobby is bugged", "... she
asked to leave"), a subject, a report, a negation or a question word before the call
("they kicked me from the gc", "why did they remove her from the gc", "please dont kick
<@3> from vc", "i never invite him because ..."), a withheld invite that is not standing
("dont invite him to the raid") and quotes. This round's lines out of the shapes are
cancelled; older lines out of them keep their readings, but for the older "kick him",
"remove her" lines called for with an excuse after them, cancelled the same way ("kick
him from vc his mic is looping").

Cost per hit: a frozenset test of the term; then one token for the member, BAN_GAP_REACH
back for the ban of "let", at most three more for "out", the member and the removing
verb, OPENER_REACH back to the sentence's start, TAIL_REACH on for a line said whole and
AFTER_REACH on for a standing word or an excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord52_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord18 import PLACE_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_discord51 import Discord51Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHUT_OUT52_NOTE", "Discord52Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_SHUT_OUT52_NOTE: Final[str] = "no member shut out by a call to the room"


class Discord52Rules(Discord51Rules):
    """An invite withheld from a member for good ("dont invite her next time", "stop
    inviting him") or a member removed from the room ("can we kick <@1> from vc")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shapes and cancelled out of them, discord18's "dont invite her" left clean
        raised to the member in them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if own:
            member = _d52_member(ctx, hit)
        elif term in w.OLDER_INVITES and note == PLACE_NOTE:
            member = _d52_withheld(ctx, hit.first, hit.last - 1)
        elif term in w.OLDER_REMOVAL_TERMS and target is Kind.THIRD_PERSON:
            return _d52_older_removal(ctx, hit, target, note)
        else:
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "lol stop inviting him jk"
        if member < 0:
            return (Kind.NONE, NOT_SHUT_OUT52_NOTE) if own else (target, note)
        if user_mention_at(ctx, member):
            return Kind.MENTION, ""  # "can we kick <@1> from vc"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "dont invite her next time"


def _d52_older_removal(
    ctx: Context, hit: Hit, target: TargetKind, note: str
) -> tuple[TargetKind, str]:
    """An older "kick him"/"remove her" line read at the member, called for over the
    room ("can we", "someone", "lets"), with a reason after it: moderation or the
    member's own wish, cancelled ("kick him from vc his mic is looping", "remove her
    from the gc she asked to leave"); else the older reading."""
    if not ctx.opens_after(hit.first, w.CALLERS, w.OPENER_REACH):
        return target, note  # "they kicked him from vc ..."
    if not ctx.any_ahead(hit.last, w.OLDER_REMOVAL_EXCUSES, w.AFTER_REACH):
        return target, note  # "kick him from the server"
    return Kind.NONE, NOT_SHUT_OUT52_NOTE


def _d52_member(ctx: Context, hit: Hit) -> int:
    """The member this round's own line at `hit` shuts out, or -1."""
    term = hit.entry.term
    if term in w.BANNED_INVITES:
        return _d52_withheld(ctx, hit.first, hit.last)
    if term in w.LET_IN:
        return _d52_let_in(ctx, hit)
    if term in w.UNINVITE:
        return _d52_called(ctx, hit.first, hit.last, hit.last + 1)
    return _d52_removed(ctx, hit)


def _d52_is_member(ctx: Context, at: int) -> bool:
    """Token `at` is a member: a pronoun ("him", "her") or a user mention."""
    return 0 <= at < len(ctx.spans) and (ctx.tokens[at] in w.MEMBERS or user_mention_at(ctx, at))


def _d52_withheld(ctx: Context, first: int, member: int) -> int:
    """The member an invite is withheld from for good, the ban opening at token `first`
    and the member at `member` ("stop inviting him", "dont invite her next time"), or -1:
    the member right after the verb, the ban opening its sentence, the withholding
    standing, no excuse after the member, not quoted."""
    if not _d52_is_member(ctx, member) or ctx.pause_after(member - 1):
        return -1  # "dont invite me next time", "stop inviting, him"
    if not ctx.opens_after(first, w.OPENERS, w.OPENER_REACH):
        return -1  # "i never invite him ...", "she told everyone to stop inviting me"
    after = member + 1
    standing = ctx.any_ahead(after, w.STANDING, w.AFTER_REACH)
    if not standing and not ctx.closes_after(after, w.TAILS, w.TAIL_REACH):
        return -1  # "dont invite him to the raid"
    return _d52_unexcused(ctx, first, member)


def _d52_let_in(ctx: Context, hit: Hit) -> int:
    """The member kept from joining ("dont let her join", "dont let him back in"): the
    pronoun inside the line, the ban right before "let" over a short gap, opening its
    sentence; no excuse after, not quoted. Its index, or -1."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.BAN_GAP, w.BAN_GAP_REACH)
    if at >= 1 and tokens[at - 1] in w.BANS:
        ban = at - 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.BAN_PAIRS:
        ban = at - 2
    else:
        return -1  # "let him join", "she wont let her join"
    if not ctx.opens_after(ban, w.OPENERS, w.OPENER_REACH):
        return -1  # "i dont let him join anymore, hes too young"
    return _d52_unexcused(ctx, ban, hit.first + 1)


def _d52_removed(ctx: Context, hit: Hit) -> int:
    """The member a removing verb sends out of the room named at `hit` ("kick <@1> from
    vc", "get him out of the gc"), or -1: the member right before the room, the verb
    right before the member."""
    tokens = ctx.tokens
    member = hit.first - 1
    if tokens[hit.first] == w.OF:
        if member < 0 or tokens[member] != w.OUT:
            return -1  # "the best of the server"
        member -= 1  # "get him out of the gc"
    verb = member - 1
    if verb < 0 or tokens[verb] not in w.REMOVERS or not _d52_is_member(ctx, member):
        return -1  # "the bot from vc", "kick me from vc"
    if ctx.pause_after(verb) or ctx.pause_after(member):
        return -1
    if (tokens[verb], tokens[member]) in w.OLDER_REMOVALS:
        return -1  # "kick him from the server": the older "kick him" reads it
    return _d52_called(ctx, verb, member, hit.last)


def _d52_called(ctx: Context, verb: int, member: int, last: int) -> int:
    """The member of a removal called for, the verb at token `verb` and the call's words
    ending before `last` ("someone uninvite <@2>", "can we kick <@1> from vc"), or -1: the
    member at `member`, the verb opening its sentence over the room called on, no excuse
    after, not quoted."""
    if not _d52_is_member(ctx, member):
        return -1  # "uninvite me"
    if not ctx.opens_after(verb, w.CALLERS, w.OPENER_REACH):
        return -1  # "they kicked me ...", "why would you uninvite him?"
    if ctx.any_ahead(last, w.EXCUSES, w.AFTER_REACH):
        return -1  # "... he keeps spamming", "... she asked to leave"
    return -1 if ctx.quoted(verb, last) else member


def _d52_unexcused(ctx: Context, first: int, member: int) -> int:
    """The member at `member`, unless an excuse follows it or the call from token `first`
    is quoted; else -1."""
    if ctx.any_ahead(member + 1, w.EXCUSES, w.AFTER_REACH):
        return -1  # "... she's away that week", "... its a surprise party for him"
    return -1 if ctx.quoted(first, member + 1) else member
