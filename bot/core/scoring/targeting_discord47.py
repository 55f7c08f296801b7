"""Targeting rules of the discord47 round (issue 8): the room turned against one member of
a Discord server, the social exclusion a bullied kid meets most, which no older line held
with a pronoun or a user mention for the member.

- The shun: the room rallied (discord47_words.RALLY: "everyone", "yall", "we should
  all", "lets all", "can we", "guys" before the verb in its sentence) to shut the member
  out, a pronoun or a mention right after the verb (SHUN: mute, block, unfriend, unadd,
  ghost, ignore; "leave ... on read"; the older "kick/ban/report him/her/them" lines,
  "kick" alone being threat's): "everyone mute her in vc", "we should all unfriend him",
  "can we mute <@1> in vc already", "lets all leave him on read".
- The ban on company: "dont", "nobody", "no one" or "stop" (FORBID) right before the verb
  of keeping company (SOCIAL: talk to, sit with, hang out with, be friends with,
  play with, add), then the member: "dont talk to her shes weird", "nobody sit with him
  tmrw", "no one talk to <@1> ever again", "stop talking to her everyone".
- The whole room's hate: "everyone", "everybody", "all", "whole" (WHOLE_ROOM) before
  "hates" (this round's) or "hate" (insult's), then the member: "everyone hates <@1>",
  "we all hate him", "the whole gc hates her"; and exclusion's older "nobody likes" with a
  mention after it ("nobody likes <@1>").

Stay clean: bots, spam and things ("everyone block the spam bot", "can we kick the bot
from vc": no person after the verb), the writer ("she said everyone should unfriend me",
"everyone at school ignores me, what do i do"), game talk, noise and a state that excuses
(EXCUSES after the member: "mute him hes tilted", "dont talk to him hes focusing on the
boss", "dont talk to her shes asleep"), a single speaker's shun with no rally ("mute him
lol"), negations ("nobody should block her", "please dont ignore her"), reports and
suppositions ("he told everyone to block her", "if everyone hates him"), questions other
than a request ("why does everyone hate her?"; "can we mute <@1>?" stays a request) and
quotes. This round's lines out of the shapes are cancelled; with no member beside them
and no user mention in the message the scorer drops them before any rule
(discord47_words.without_unshaped47).

Cost per hit: a frozenset test of the term; then one token for the member (two more for
"on read"), at most LEAD_REACH tokens back in the sentence for the rally, the ban, a
negator or a lead (FORBID_REACH for the ban's gap) and EXCUSE_REACH tokens on for an
excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord47_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_gamechat56 import GameChat56Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED47_NOTE", "Discord47Rules", "user_mention_at"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED47_NOTE: Final[str] = "no member of the room shut out or hated by the room"
# Older readings left as they are: aimed at someone other than a third person (counted
# already), or reported.
_KEPT: Final = frozenset({
    Kind.SECOND_PERSON, Kind.IMPERATIVE, Kind.GROUP, Kind.MENTION, Kind.REPLY, Kind.REPORTED,
})  # fmt: skip


class Discord47Rules(GameChat56Rules):
    """The room turned against one member ("everyone mute her in vc", "dont talk to her
    shes weird", "everyone hates <@1>")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shapes and cancelled out of them, the older "hate" and "nobody likes" raised
        to the member in them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (term not in w.OLDER_TERMS or target in _KEPT):
            return target, note  # an older line aimed at someone already, or reported
        if note == JOKING_NOTE:
            return target, note  # "lol everyone hates him jk"
        verb, member = _d47_member(ctx, hit)
        if member >= 0 and _d47_shaped(ctx, hit, verb, member):
            if user_mention_at(ctx, member):
                return Kind.MENTION, ""  # "can we mute <@1> in vc", "everyone hates <@1>"
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "everyone mute her", "dont talk to him"
        if own:
            return Kind.NONE, NOT_SHAPED47_NOTE  # "can we kick the bot from vc"
        return target, note


def user_mention_at(ctx: Context, index: int) -> bool:
    """Token `index` is a user mention ("<@123>" folds to "<ai23>", its token "ai23")."""
    start, end = ctx.spans[index]
    folded = ctx.folded
    return start > 0 and folded[start - 1] == "<" and folded[end : end + 1] == ">"


def _d47_member(ctx: Context, hit: Hit) -> tuple[int, int]:
    """The verb and the member right after it: a pronoun or a user mention ("mute her",
    "mute <@1>"), the pronoun that closes an older line ("block her"), or the one between
    "leave" and "on read" ("leave him on read"). Their indexes, or (-1, -1)."""
    tokens = ctx.tokens
    term = hit.entry.term
    if term in w.SHUN_PERSONS:
        return hit.first, hit.last - 1
    if term == w.ON_READ:
        verb, at = hit.first - 2, hit.first - 1  # "everyone leave her on read"
        if verb < 0 or tokens[verb] not in w.LEAVE:
            return -1, -1
    else:
        verb, at = hit.first, hit.last
        if at >= len(ctx.spans):
            return -1, -1
    if ctx.pause_after(at - 1):
        return -1, -1  # "can we kick, him"
    if tokens[at] not in w.PERSONS and not user_mention_at(ctx, at):
        return -1, -1  # "block the spam bot", "unfriend me"
    return verb, at


def _d47_shaped(ctx: Context, hit: Hit, first: int, member: int) -> bool:
    """The rally, the ban or the whole room before the verb (token `first`) in its
    sentence, nothing that negates, reports, supposes, asks or excuses before it, and no
    excuse after the member."""
    term = hit.entry.term
    start = max(ctx.sentence_start(first, w.LEAD_REACH), first - w.LEAD_REACH)
    before = ctx.tokens[start:first]
    if term in w.SOCIAL:
        opened = _d47_forbidden(ctx, first)
        if opened < 0:
            return False
        before = ctx.tokens[start:opened]  # "dont" and "nobody" are the ban, no negation
    elif term in w.NOBODY_LIKES:
        if not user_mention_at(ctx, member):
            return False  # "nobody likes her": the older reading's (said of a third person)
    elif term in w.HATERS:
        if w.WHOLE_ROOM.isdisjoint(before):
            return False  # "i hate him", "she hates her job"
    elif w.RALLY.isdisjoint(before):
        return False  # "mute him lol", "block her" (older lines read these)
    if not w.NEGATORS.isdisjoint(before) or not w.LEADS.isdisjoint(before):
        return False  # "nobody should block her", "he told everyone to block her"
    if not w.EXCUSES.isdisjoint(before):
        return False  # "someone keeps spamming, can we ban them"
    if ctx.quoted(first, member + 1) or (ctx.ends_asking(first) and w.ASKS.isdisjoint(before)):
        return False  # "why does everyone hate her?"; "can we mute <@1>?" is a request
    return not ctx.any_ahead(member + 1, w.EXCUSES, w.EXCUSE_REACH)


def _d47_forbidden(ctx: Context, first: int) -> int:
    """The ban right before the verb of company, over a short gap ("dont talk to", "nobody
    even sit with", "no one talk to", "don't ever talk to"), no subject before it: the
    index it opens at, or -1."""
    at = ctx.back_over(first, w.FORBID_GAP, w.FORBID_REACH)
    tokens = ctx.tokens
    if at >= 1 and tokens[at - 1] in w.FORBID:
        opened = at - 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.FORBID_PAIRS:
        opened = at - 2
    else:
        return -1
    if opened >= 1 and tokens[opened - 1] in w.SUBJECTS:
        return -1  # "i dont talk to him anymore": said of oneself, no ban
    return opened
