"""Targeting rules of the discord20 round (issue 8, nineteenth session): Discord chat's
labels sent whole, a member's place in the room questioned, the reader blamed for a dead
room; and readings that aimed words at the reader where no one is meant (advice, an
invitation, a jab named or talked about, the generic "you").

- An archetype's trait or a generation's brain sent as a label, said whole: "karen energy
  lol", "pick me behavior fr", "major karen energy", "the pick me energy is strong
  here", "gen z brain fr". Stay clean: "i have karen energy today tbh", "my gen z brain
  cant do taxes" (the writer's own), "is pick me behavior just insecurity" (talk of it,
  the clause goes on), "someone said i have pick me energy",
  "karen energy, the lady in the video" (a clip named next).
- A member's place questioned, said whole (chat tags or the room after it): "who invited
  him lol", "who let her in here", "why is she even here lol". Stay clean: "who invited
  him? he's so fun", "who let him in? oh wait i did lol" (a kind word next), "why is he
  even here so early, the event starts at 8" (the question goes on), "the guy who
  invited him lol" (no question: it does not open its sentence). The reader's word
  dismissed the same way: "didnt ask", "who even are u lmao"; "i didnt ask for this"
  stays the writer's own.
- The reader blamed for a dead room, where insults8 found no harm: "ur the reason this
  server is dead", "ur the reason everyone left the vc". Stay clean: "ur the reason this
  server is fun", "ur the reason i stayed in this server".
- A send-off given as advice, a kind reason in the rest of the line: "go outside, the
  weather is nice", "go outside and enjoy the sun". Stay aimed: "go outside, nobody
  likes u", "touch grass loser", "go outside lol".
- A send-off as an invitation: "go outside and touch grass with me tomorrow", "touch
  grass together sometime?". Stay aimed: "go outside with ur friends lol".
- A jab of two words or more named as a meme or a line: "the cope harder meme is so
  old", "that touch grass line never gets old". Stay aimed: "cope harder".
- A jab named as the subject of talk about a roast: "no wonder ur single is the meanest
  roast ever lol", "ur so dumb is such a weak comeback". Stay aimed: "ur so dumb lol",
  "no wonder ur single".
- The generic "you" of a thing that makes anyone dumber: "doomscrolling all night makes
  you dumber", "sugar makes you dumber". Stay aimed: "you make everyone dumber",
  "talking to him makes you dumber" (a person in the subject), "believing that makes
  you stupid" (a pronoun for the reader's words, precision18's).

Cost: every hit pays a test of its note; one with no note, a test of the token before
and after it (a jab named) and, aimed at the reader, of the token after it (a copula);
then one frozenset test of its term before any walk. A label walks at most two tokens
back and five ahead; a place five ahead and six into the next clause; the blamed reader
seven ahead; advice and an invitation eight; a roast six; the generic "you" eight back.
No regex, nothing for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord19_words as d19
from bot.core.scoring import discord20_words as w
from bot.core.scoring import precision18_words as p18
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_discord19 import EXCUSED_NOTE
from bot.core.scoring.targeting_insults8 import NO_HARM_BLAMED_NOTE
from bot.core.scoring.targeting_italian24 import Italian24Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "ADVICE_NOTE",
    "GENERIC_YOU_NOTE",
    "PLACE_ASKED_NOTE",
    "ROAST_TALK_NOTE",
    "Discord20Rules",
]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
ADVICE_NOTE: Final = "advice with a kind reason, no send-off"
ROAST_TALK_NOTE: Final = "talk about a roast, not a roast"
GENERIC_YOU_NOTE: Final = "a thing that makes anyone so, the generic you"
PLACE_ASKED_NOTE: Final = "a member's place asked, a kind word or a question going on"
_OWN_TERMS: Final[frozenset[str]] = w.LABELS | w.PLACE_TERMS | w.ADVICE_TERMS | w.DUMBER
_PLACE_TAIL: Final[frozenset[str]] = w.PLACE_TAIL | d18.TAIL
_THINGS: Final[frozenset[str]] = w.THINGS | p18.MAKE_THINGS
_NAMED_CATEGORIES: Final = (Cat.INSULT, Cat.EXCLUSION)
_PLACE_OPENERS: Final[frozenset[str]] = d19.OPENERS | w.PLACE_OPENERS
_LABEL_UNAIMED: Final = (Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SECOND_PERSON)


class Discord20Rules(Italian24Rules):
    """Labels and a member's place questioned, said whole; the reader blamed for a dead
    room; advice, talk about a roast and the generic "you" read as no one's."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note == NO_HARM_BLAMED_NOTE:
            if _room_dead(ctx, hit.last):
                return Kind.SECOND_PERSON, ""  # "ur the reason this server is dead"
            return target, note
        if note or target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if _named_thing(ctx, hit):
            return Kind.OBJECT, ROAST_TALK_NOTE  # "the cope harder meme is so old"
        if target is Kind.SECOND_PERSON and _roast_talk(ctx, hit):
            return Kind.OBJECT, ROAST_TALK_NOTE  # "ur so dumb is such a weak comeback"
        if term not in _OWN_TERMS:
            return target, note
        if term in w.LABELS:
            if _next_names(ctx, hit.last, d19.MEDIA):
                return Kind.THIRD_PERSON, EXCUSED_NOTE  # "karen energy, the lady in the video"
            if target in _LABEL_UNAIMED and _label_whole(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "karen energy lol"
            return target, note
        if term in w.PLACE_TERMS:
            if (
                not _place_opens(ctx, hit.first)
                or not _place_whole(ctx, hit.last)
                or _next_names(ctx, hit.last, w.KIND_AFTER)
            ):
                return Kind.OBJECT, PLACE_ASKED_NOTE  # "who invited him? he's so fun"
            if term in w.READER_PLACE:
                return Kind.SECOND_PERSON, ""  # "who invited u lol"
            return Kind.THIRD_PERSON, ""  # "who invited him lol"
        if term in w.ADVICE_TERMS:
            if target is Kind.IMPERATIVE and _invited(ctx, hit.last):
                return Kind.OBJECT, ADVICE_NOTE  # "go outside with me tomorrow"
            if target is Kind.IMPERATIVE and _advised(ctx, hit.last):
                return Kind.OBJECT, ADVICE_NOTE  # "go outside, the weather is nice"
            return target, note
        if target is Kind.SECOND_PERSON and _generic_you(ctx, hit.first):
            return Kind.OBJECT, GENERIC_YOU_NOTE  # "sugar makes you dumber"
        return target, note


def _label_whole(ctx: Context, hit: Hit) -> bool:
    """At most two lead words ("such", "major", "giving") before the label, opening the
    sentence; then chat tags, or "is strong here", to the clause's end."""
    tokens = ctx.tokens
    at = hit.first
    floor = max(0, at - w.LEAD_REACH)
    while at > floor and tokens[at - 1] in w.LEADS and not ctx.stop_after(at - 1):
        at -= 1
    if not ctx.starts_sentence(at):
        return False
    end = hit.last
    if end < len(tokens) and not ctx.pause_after(end - 1) and tokens[end] in w.COPULAS:
        if end + 1 >= len(tokens) or tokens[end + 1] not in w.STRONG:
            return False
        end += 2  # "the pick me energy is strong here"
    return closed_by(ctx, end, d18.TAIL | w.LABEL_TAILS | w.HERE, reach=w.PLACE_REACH)


def _place_opens(ctx: Context, first: int) -> bool:
    """The question opens its sentence, maybe after two openers ("bro", "idc"): not "the
    guy who invited him", "i didnt ask for this"."""
    tokens = ctx.tokens
    at = first
    floor = max(0, first - w.LEAD_REACH)
    while at > floor and tokens[at - 1] in _PLACE_OPENERS and not ctx.stop_after(at - 1):
        at -= 1
    return ctx.starts_sentence(at)


def _place_whole(ctx: Context, last: int) -> bool:
    """The question said whole: chat tags or the room named, then the clause's end."""
    return closed_by(ctx, last, _PLACE_TAIL, reach=w.PLACE_REACH)


def _next_names(ctx: Context, last: int, words: frozenset[str]) -> bool:
    """One of `words` in the first few words of the next clause: a kind word ("he's so
    fun"), a clip ("the lady in the video")."""
    tokens = ctx.tokens
    at = last
    end = min(len(tokens), last + w.PLACE_REACH)
    while at < end and not ctx.pause_after(at - 1):
        at += 1
    if at >= len(tokens) or not ctx.pause_after(at - 1):
        return False
    return not words.isdisjoint(tokens[at : at + w.NEXT_REACH])


def _room_dead(ctx: Context, last: int) -> bool:
    """A room then a dead word ("this server is dead"), or its members gone ("everyone
    left"), within a few words after "ur the reason", in its sentence."""
    tokens = ctx.tokens
    end = ctx.sentence_end(last, w.BLAME_REACH)
    room = False
    for at in range(last, end):
        word = tokens[at]
        if word in w.ROOM_NOUNS:
            room = True
        elif (room and word in w.DEAD_WORDS) or (
            at + 1 < end and (word, tokens[at + 1]) in w.MEMBERS_GONE
        ):
            return True
    return False


def _advised(ctx: Context, last: int) -> bool:
    """A kind reason (the weather, the sun, fresh air) in the rest of the line."""
    tokens = ctx.tokens
    return not w.ADVICE_REASONS.isdisjoint(tokens[last : last + w.ADVICE_REACH])


def _invited(ctx: Context, last: int) -> bool:
    """ "together", "with me", "with us" in the send-off's clause: an invitation."""
    tokens = ctx.tokens
    end = min(len(tokens), last + w.ADVICE_REACH)
    for at in range(last, end):
        if tokens[at] in w.TOGETHER:
            return True
        if at + 1 < end and (tokens[at], tokens[at + 1]) in w.WITH_US:
            return True
        if ctx.pause_after(at):
            return False
    return False


def _named_thing(ctx: Context, hit: Hit) -> bool:
    """A determiner before a jab of two words or more and a word for a meme or a line
    right after it: the jab named as a thing, not said ("the cope harder meme"); "the
    idiot thing you did" is a one-word name-call."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    entry = hit.entry
    return (
        len(entry.tokens) > 1
        and entry.category in _NAMED_CATEGORIES
        and first > 0
        and last < len(tokens)
        and tokens[first - 1] in w.NAMED_BEFORE
        and tokens[last] in w.NAMED_AFTER
    )


def _roast_talk(ctx: Context, hit: Hit) -> bool:
    """The jab opens its sentence (a few words before it at most), a copula follows it
    right away, then a word for a roast within a few words."""
    tokens = ctx.tokens
    last = hit.last
    if last >= len(tokens) or tokens[last] not in w.ROAST_COPULAS or ctx.pause_after(last - 1):
        return False
    if ctx.sentence_start(hit.first, w.SUBJECT_LEAD + 1) < hit.first - w.SUBJECT_LEAD:
        return False
    if not ctx.starts_sentence(ctx.sentence_start(hit.first, w.SUBJECT_LEAD)):
        return False
    found = ctx.find_ahead(last + 1, w.ROAST_WORDS, w.ROAST_REACH)
    return found > 0 and w.DENIED.isdisjoint(tokens[last + 1 : found])  # "is not a joke"


def _generic_you(ctx: Context, first: int) -> bool:
    """ "<a habit or a thing> ... makes you dumber": the sentence opens with a gerund or a
    thing, no person, pronoun or question in the subject (precision18's "believing that
    makes you stupid", "your attitude makes you ugly" stay aimed)."""
    tokens = ctx.tokens
    if first < 3 or tokens[first - 1] not in w.YOU or tokens[first - 2] not in w.MAKES:
        return False
    verb = first - 2
    start = ctx.sentence_start(verb, w.SUBJECT_REACH)
    if not ctx.starts_sentence(start) or tokens[verb - 1] in p18.MAKE_PRONOUNS:
        return False
    opener = tokens[start]
    if not (opener in _THINGS or (len(opener) > 5 and opener.endswith("ing"))):
        return False
    subject = tokens[start:verb]
    return w.NOT_GENERIC.isdisjoint(subject) and p18.MAKE_KEPT.isdisjoint(subject)
