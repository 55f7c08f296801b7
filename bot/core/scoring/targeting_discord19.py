"""Targeting rules of the discord19 round (issue 8, nineteenth session): Discord chat's
kind reasons after words that look like a jab, the room asking itself to kick one
member, a bare archetype called at the reader after an order.

- A member kept out or kicked, then a kind reason in the next clause: "dont invite him,
  he's busy tonight", "kick him from the vc, his mic is echoing", "remove him from the
  group chat, he asked to leave", "dont add her, she's on vacation". The next clause
  opens with the member (he, she, his, her) and names an excuse within six words. Stay
  aimed: "dont invite him, he's weird", "kick him from the gc, he's so annoying" (no
  excuse), "dont invite him he's busy" (no pause: the reason is read as said whole).
- A question jab, then a patient tail: "are u slow? no worries ill wait", "r u slow?
  take ur time". Stay aimed: "are u slow? hurry up", "are u slow or something".
- An archetype exclaimed, then the person it names placed in a clip: "what a karen lmao,
  the lady in the video i mean". Stay aimed: "what a karen lol", "what a karen, grow up".
- "i have ur address", then a delivery: "i have ur address, sending the package tmrw".
  Stay aimed: "i have ur address, see u soon", "i have ur address lol".
- A bare archetype closing an order that opens its sentence, a vocative: "stay single
  incel", "stay single forever incel lol". Stay clean: "stay away from that incel" (a
  determiner before it), "go watch the incel episode" (goes on).
- The room asks itself to kick a member, said whole: "can we kick her already", "can
  someone ban him pls", "can we just remove her". Stay clean: "can we kick the ball
  around" (no person), "can a mod kick him, he's spamming" (a request to moderators,
  chat9's reading), "can we kick her? she's afk" (an excuse, as above).
- "just disappear" sent whole, opening its sentence: "just disappear", "bro just
  disappear lol". Stay clean: "i just disappear when im sad", "just disappear into the
  bush". The lexicon's member terms, the member inside the term, are said of that
  member when the older rules found no one: "lets all leave when she joins", "cacciamola
  dal gruppo".

Cost: every hit pays one frozenset test of its term or of its note; a kind reason walks
at most three tokens to the pause (six over a room named, "from the group chat") and six
after it; an asked kick two tokens back and
three after; a vocative archetype four back. "just disappear" sent whole, and the
member terms (the member inside the term: "lets all leave when she joins"), are read
from this round's own sets. No regex, nothing for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_words as c9
from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord19_words as w
from bot.core.scoring.targeting_chat9 import NO_KICK_NOTE
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_precision18 import Precision18Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["EXCUSED_NOTE", "Discord19Rules"]

EXCUSED_NOTE: Final = "a kind reason follows, no jab"
_JABS: Final[frozenset[str]] = d18.CLOSED_JABS - d18.NEEDS_READER  # "are u slow"
_ARCHETYPES: Final[frozenset[str]] = d18.ARCHETYPES
_KICKS: Final[frozenset[str]] = c9.KICK_TERMS
_PERSONS: Final[frozenset[str]] = frozenset({"him", "her"})
_ROOM_WORDS: Final[frozenset[str]] = (
    d18.TAIL | d18.ROOM_LEADS | d18.ROOM_DETERMINERS | d18.ROOMS | c9.SPACES | w.ROOM_EXTRA
)
_NO_ONE: Final = (Kind.NONE, Kind.OBJECT)
_NOT_CALLED: Final = (Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON)
_KEPT_OUT_NOTES: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE})


class Discord19Rules(Precision18Rules):
    """A kind reason after a kept-out member, a question jab, an exclaimed archetype or a
    known address; the room asking itself to kick one member."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled or aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        term = entry.term
        if note == NO_KICK_NOTE and term in _KICKS and entry.tokens[-1] in _PERSONS:
            if _room_asks(ctx, hit) and _said_whole(ctx, hit.last):
                target, note = Kind.THIRD_PERSON, ""  # "can we kick her already"
            else:
                return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if not note and target in _NO_ONE:
            if term in w.MEMBER_TERMS:
                target = Kind.THIRD_PERSON  # "lets all leave when she joins"
            elif term in w.SEND_OFFS and _sent_off(ctx, hit):
                return Kind.IMPERATIVE, ""  # "just disappear"
        if not note and target in _NOT_CALLED and term in w.VOCATIVES and _called(ctx, hit):
            return Kind.IMPERATIVE, ""  # "stay single incel"
        if (
            target is Kind.THIRD_PERSON
            and note in _KEPT_OUT_NOTES
            and entry.category is Cat.EXCLUSION
        ):
            if _next_clause_has(ctx, hit.last, w.EXCUSES, True):
                return Kind.OBJECT, EXCUSED_NOTE  # "dont invite him, he's busy tonight"
            return target, note
        if term in _ARCHETYPES and note == OUTRIGHT_NOTE:
            if _next_clause_has(ctx, hit.last, w.MEDIA, False):
                return Kind.THIRD_PERSON, EXCUSED_NOTE  # "what a karen, the lady in the video"
            return target, note
        if note:
            return target, note
        if target is not Kind.SECOND_PERSON:
            return target, note
        if term in _JABS and _patient_after(ctx, hit.last):
            return Kind.OBJECT, EXCUSED_NOTE  # "are u slow? no worries ill wait"
        if term in w.ADDRESS_TERMS and _next_clause_has(ctx, hit.last, w.DELIVERIES, False):
            return Kind.OBJECT, EXCUSED_NOTE  # "i have ur address, sending the package"
        return target, note


def _pause_at(ctx: Context, last: int, room: bool = False) -> int:
    """The first token of the clause after the words ending before `last`, across at
    most a few chat tags (with `room`, a room named: "from the group chat"), or -1 when
    the words go on or end the message."""
    tokens = ctx.tokens
    skipped = _ROOM_WORDS if room else d18.TAIL
    reach = w.ROOM_REACH if room else w.PAUSE_REACH
    for at in range(last - 1, min(len(tokens) - 1, last - 1 + reach)):
        if at >= last and tokens[at] not in skipped:
            return -1
        if ctx.pause_after(at):
            return at + 1
    return -1


def _next_clause_has(ctx: Context, last: int, words: frozenset[str], member: bool) -> bool:
    """The clause after the words names one of `words` within a few tokens; with
    `member`, it opens with the member ("he's busy", "his mic is echoing")."""
    start = _pause_at(ctx, last, member)
    if start < 0:
        return False
    tokens = ctx.tokens
    if member and tokens[start] not in w.MEMBERS:
        return False
    return not words.isdisjoint(tokens[start : start + w.TAIL_REACH])


def _patient_after(ctx: Context, last: int) -> bool:
    """ "no worries", "take ur time", "np" opening the clause after a question jab."""
    start = _pause_at(ctx, last)
    if start < 0:
        return False
    tokens = ctx.tokens
    if tokens[start] in w.PATIENT_WORDS:
        return True
    return start + 1 < len(tokens) and (tokens[start], tokens[start + 1]) in w.PATIENT_TAILS


def _room_asks(ctx: Context, hit: Hit) -> bool:
    """ "can we", "can someone" right before the kick, maybe with "just" between, opening
    its sentence."""
    tokens = ctx.tokens
    at = hit.first
    if at > 0 and tokens[at - 1] in w.ASK_FILLERS:
        at -= 1
    if at < 2 or (tokens[at - 2], tokens[at - 1]) not in w.ROOM_ASKS:
        return False
    return ctx.starts_sentence(at - 2) or (at > 2 and ctx.starts_sentence(at - 3))


def _said_whole(ctx: Context, last: int) -> bool:
    """Only kick tags ("already", "pls", "out") after the kicked member, to the clause's
    end."""
    return closed_by(ctx, last, w.KICK_TAILS, reach=w.PAUSE_REACH)


def _said_tagged(ctx: Context, last: int) -> bool:
    """Only chat tags after the words ending before `last`, to the clause's end."""
    return closed_by(ctx, last, d18.TAIL, reach=w.PAUSE_REACH)


def _sent_off(ctx: Context, hit: Hit) -> bool:
    """The send-off opens its sentence (maybe after one opener) and only chat tags follow
    it to the clause's end."""
    first = hit.first
    opens = ctx.starts_sentence(first) or (
        first > 0 and ctx.starts_sentence(first - 1) and ctx.tokens[first - 1] in w.OPENERS
    )
    return opens and _said_tagged(ctx, hit.last)


def _called(ctx: Context, hit: Hit) -> bool:
    """A bare archetype closing its clause after an order that opens the sentence at most
    a few words before, no determiner or preposition right before it."""
    first = hit.first
    tokens = ctx.tokens
    if first < 1 or tokens[first - 1] in w.NOT_VOCATIVE or not _said_tagged(ctx, hit.last):
        return False
    for at in range(first - 1, max(-1, first - 2 - w.ORDER_REACH), -1):
        if ctx.pause_after(at):
            return False
        if tokens[at] in w.ORDERS and ctx.starts_sentence(at):
            return True
    return False
