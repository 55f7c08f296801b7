"""Targeting rules of the discord55 round (issue 8): the moderators or the room asked to
remove a member of a Discord server, where the older lines left the call clean.

- The call: this round's own lines, who is asked right before a removing verb
  (discord55_words.CALLS: "mods ban", "mod kick", "someone mute", "pls ban", "admins
  timeout"), or its "timeout him"; or chat9's "kick him", "ban this" (left clean as a
  kick asked of the moderators or with no place named) and discord47's "mute" (no rally)
  with who is asked before the verb (ASKERS) or the moderators right after the member
  over chat's tails. The member right after the verb: a user mention, a pronoun, or
  "this"/"that" and a person; the call opening its sentence over chat's openers and who
  is asked: "mods ban <@1>", "can a mod kick him", "someone ban this kid", "pls kick
  <@3>", "can someone timeout <@5>", "ban him mods", "kick this kid mods".

Stay clean: a reason after the member that makes it a report of spam or a broken rule,
logistics or the member's own wish (EXCUSES: "mods ban <@1>, he posted a scam link",
"pls ban <@4> he keeps raiding", "mods kick him hes spamming"), the writer, bots and
things ("kick me from vc im afk", "ban the bot", "kick the ball", "ban morgana this
game"), a subject, a report, a negation or a question word before the verb ("he got
banned lol", "why did the mods kick him?", "mods dont ban him", "did someone mute
<@6>?"), a bare order nobody is asked to carry out ("kick him", "ban <@1>": a bot's
command or game talk) and quotes. A vote kick is the lobby's own tool, left as it was
("vote kick the afk"). This round's lines out of the shape are cancelled; the older lines
out of it keep their readings.

Cost per hit: a frozenset test of the term; then one or two tokens for the member,
OPENER_REACH back to the sentence's start, TAIL_REACH on for the moderators called last
and AFTER_REACH on for a reason. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord55_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_hatecheck75 import HateCheck75Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REMOVED55_NOTE", "Discord55Rules"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_REMOVED55_NOTE: Final[str] = "no member's removal asked of the moderators or the room"
# Older readings re-read: left clean at an object or at nobody (chat9's kick asked of
# the moderators or with no place, discord47's unrallied "mute").
_RE_READ: Final = frozenset({Kind.OBJECT, Kind.NONE})


class Discord55Rules(HateCheck75Rules):
    """A member's removal asked of the moderators or the room ("mods ban <@1>", "can a
    mod kick him", "someone ban this kid", "ban him mods")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the shape and cancelled out of it, the older kick and mute lines raised to the
        member in it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (term not in w.OLDER_TERMS or target not in _RE_READ):
            return target, note  # "kick him from the server": chat9 reads it
        if note == JOKING_NOTE:
            return target, note  # "mods ban him jk"
        verb = hit.first if term in w.OLDER_TERMS or term in w.TIMEOUTS else hit.last - 1
        member = removed_member(ctx, verb)
        if member < 0 or not _d55_called(ctx, hit, verb, member, own):
            return (Kind.NONE, NOT_REMOVED55_NOTE) if own else (target, note)
        if user_mention_at(ctx, verb + 1):
            return Kind.MENTION, ""  # "mods ban <@1>"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "can a mod kick him", "ban this kid mods"


def removed_member(ctx: Context, verb: int) -> int:
    """The last token of the member right after the removing verb at `verb` (a user
    mention, a pronoun, "this kid"), or -1 ("kick me", "ban the bot", "kick the ball")."""
    tokens = ctx.tokens
    at = verb + 1
    if tokens[verb] not in w.REMOVERS or at >= len(ctx.spans) or ctx.pause_after(verb):
        return -1  # "mods ban, pls"
    if tokens[at] in w.MEMBERS or user_mention_at(ctx, at):
        return at
    if tokens[at] in w.POINTERS and at + 1 < len(tokens) and tokens[at + 1] in w.PERSONS:
        return at + 1  # "this kid"
    return -1


def _d55_called(ctx: Context, hit: Hit, verb: int, member: int, own: bool) -> bool:
    """The removal asked: the call opens its sentence over chat's openers and who is
    asked, someone is asked (the own line's first word, an asker before the verb, or the
    moderators right after the member), no reason follows, and it is not quoted."""
    first = hit.first
    if first > 0 and ctx.tokens[first - 1] in w.MODERATORS and ctx.pause_after(first - 1):
        first -= 1  # "mods, ban him": the moderators hailed before a comma
    if not ctx.opens_after(first, w.CALLERS, w.OPENER_REACH):
        return False  # "he got banned", "why did the mods kick him", "mods dont ban him"
    if not own or hit.entry.term in w.TIMEOUTS:
        before = ctx.tokens[ctx.sentence_start(verb, w.OPENER_REACH) : verb]
        if w.ASKERS.isdisjoint(before) and not _d55_moderators_after(ctx, member + 1):
            return False  # "kick him", "lol ban her": nobody asked
    if ctx.any_ahead(member + 1, w.EXCUSES, w.AFTER_REACH):
        return False  # "... he posted a scam link", "... hes spamming"
    return not ctx.quoted(first, member + 1)


def _d55_moderators_after(ctx: Context, at: int) -> bool:
    """The moderators called from token `at` on over chat's tails ("ban him mods", "ban
    <@1> pls mods")."""
    after = ctx.skip_ahead(at, w.TAILS, w.TAIL_REACH)
    return after < len(ctx.tokens) and ctx.tokens[after] in w.MODERATORS
