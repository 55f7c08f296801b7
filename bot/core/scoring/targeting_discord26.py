"""Targeting rules of the discord26 round (issue 8, twenty-first session): Discord lines
between teenagers that call a member or a member's things mid, and a loss made a
member's in three more ways.

- The reader called mid: "ur mid lol", "you're mid ngl", "ur mid bozo", "ur mid and u
  know it", "bro ur mid", a bare "ur mid" in reply. The round's lexicon lines
  (discord26_words.MID_READER) count only with gloat tags (laughter, emoji, a vocative,
  "and everyone knows it") to the clause's end, a vocative opener before, or, bare, in a
  reply; hedged ones (MID_HEDGED, "ur kinda mid") said whole too. Stay clean
  (cancelled): "ur mid, i'll go top", "ur mid this game", "ur mid or top?" (a lane in a
  MOBA), a quoted line. Older lines keep "ur so mid", "ur mid af".
- The reader's things called mid: "ur taste is mid", "ur jokes are mid", "your whole
  personality is mid fr" ("is mid", "are mid", "r mid"): the reader's possessive opens
  the subject, at most three words before the copula, and only tags follow. Stay clean:
  "that movie is mid", "my art is mid", "this map is mid", "ur art is mid?" (asked), "ur
  art isn't mid" (no line), "ur mid game is so good" (no line).
- A loss made the reader's (discord25's "an L" lines, where it cancelled them): the
  reader's life or take called an L, "ur whole life is an L", "your take is such an L";
  the clause going on, "ur an L and everyone knows it"; an L told to a member who took
  it, with a gloat tag, "u took an L lol", "you just took such an L 💀". Stay clean:
  "my life is an L", "the season was an L", "u took an L, it happens, next time", "u took
  an L on that test? me too", "i took an L lol".

Cost per hit: one frozenset test of the term; then at most three tokens back over the
gap, three more to the possessive or two to the reader, and five ahead to the clause's
end (the "know it" tail four more). No regex, no new work for messages without these
terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord25_words as d25
from bot.core.scoring import discord26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord25 import NO_PERSON_NOTE
from bot.core.scoring.targeting_gamechat29 import GameChat29Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["LANE_NOTE", "NOT_READERS_NOTE", "Discord26Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
LANE_NOTE: Final = "mid as a lane or not said whole, not a member called mid"
NOT_READERS_NOTE: Final = "a thing not the reader's, or asked"
_TAIL_REACH: Final = 5
_Reading = tuple[TargetKind, str]


class Discord26Rules(GameChat29Rules):
    """The reader or the reader's things called mid; a loss made the reader's."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.MID_READER or term in w.MID_HEDGED:
            if target is Kind.REPORTED:
                return target, note  # "he said ur mid lol"
            return _mid_reader(ctx, hit, hedged=term in w.MID_HEDGED)
        if term in w.MID_THING:
            if target is Kind.REPORTED:
                return target, note
            if _readers_thing(ctx, hit.first) and _tags_after(ctx, hit) >= 0:
                return Kind.SECOND_PERSON, ""  # "ur taste is mid"
            return Kind.OBJECT, NOT_READERS_NOTE
        if term in d25.L_TERMS and note == NO_PERSON_NOTE and target is not Kind.REPORTED:
            return _readers_l(ctx, hit, target, note)
        return target, note


def _mid_reader(ctx: Context, hit: Hit, *, hedged: bool) -> _Reading:
    """ "ur mid lol", "bro ur mid", "ur mid" in reply, "ur kinda mid"; "ur mid, i'll go
    top" a lane."""
    if ctx.quoted(hit.first, hit.last):
        return Kind.OBJECT, LANE_NOTE
    tags = _tags_after(ctx, hit)
    if tags > 0 or (tags == 0 and _opened(ctx, hit.first, bare_reply=not hedged)):
        return Kind.SECOND_PERSON, ""
    return Kind.OBJECT, LANE_NOTE


def _readers_l(ctx: Context, hit: Hit, target: TargetKind, note: str) -> _Reading:
    """ "ur whole life is an L", "ur an L and u know it", "u took an L lol"."""
    if ctx.quoted(hit.first, hit.last):
        return target, note
    tags = _tags_after(ctx, hit)
    if tags < 0:
        return target, note
    tokens = ctx.tokens
    first = hit.first
    at = ctx.back_over(first, d25.L_GAP, d25.L_GAP_REACH) - 1
    if at < 0:
        return target, note
    word = tokens[at]
    if word in d25.READER_COPULAS or (
        word in d25.COPULAS and at > 0 and tokens[at - 1] in d25.READERS
    ):
        return Kind.SECOND_PERSON, ""  # "ur an L and everyone knows it"
    if word in w.THING_COPULAS and _readers_thing(ctx, at):
        return Kind.SECOND_PERSON, ""  # "ur whole life is an L"
    if tags > 0 and _took(ctx, first):
        return Kind.SECOND_PERSON, ""  # "u took an L lol"
    return target, note


def _took(ctx: Context, first: int) -> bool:
    """ "u took an L", "you just took such an L": the reader took it, opening the line."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.TOOK_GAP, 2) - 1
    if at < 1 or tokens[at] not in w.TOOK:
        return False
    at = ctx.back_over(at, w.TOOK_ADVERBS, 2) - 1
    return at >= 0 and tokens[at] in w.READERS and _opened(ctx, at)


def _readers_thing(ctx: Context, copula: int) -> bool:
    """The reader's possessive opens the copula's subject, at most three words before it
    ("ur taste is", "your whole life is"); "that movie is", "my art is" are not."""
    tokens = ctx.tokens
    floor = max(0, copula - w.THING_REACH - 1)
    at = copula - 1
    while at >= floor:
        word = tokens[at]
        if ctx.pause_after(at):
            return False
        if word in w.POSSESSIVES:
            return at < copula - 1 and _opened(ctx, at)
        if word in w.NOT_THING:
            return False
        at -= 1
    return False


def _opened(ctx: Context, at: int, *, bare_reply: bool = False) -> bool:
    """Token `at` opens its sentence, maybe after one opener ("bro ur mid"); with
    `bare_reply`, only an opener or a reply lets a bare verdict count."""
    if ctx.starts_sentence(at):
        return not bare_reply or ctx.is_reply
    return at > 0 and ctx.tokens[at - 1] in w.OPENERS and ctx.starts_sentence(at - 1)


def _tags_after(ctx: Context, hit: Hit) -> int:
    """How many gloat tags follow the hit to its clause's end ("lol", "bozo", "and u know
    it"), or -1 when the clause goes on with other words or the sentence asks."""
    tokens = ctx.tokens
    at = hit.last
    tags = 0
    while not ctx.closes_clause(at):
        if at - hit.last >= _TAIL_REACH:
            return -1
        word = tokens[at]
        if word in w.GLOAT_TAGS:
            at += 1
        elif word == "and" and (end := _know_it(ctx, at)) > 0:
            at = end
        else:
            return -1
        tags += 1
    if ctx.ends_asking(hit.first):
        return -1
    if at >= len(tokens) and at > 0:
        rest = ctx.folded[ctx.spans[at - 1][1] :][: w.EMOJI_REACH]
        tags += any(mark in w.GLOAT_EMOJI for mark in rest)  # "ur mid 💀": no token
    return tags


def _know_it(ctx: Context, at: int) -> int:
    """ "and everyone knows it", "and u know it", "and we all know it" from token `at`
    ("and"): the token after "it", or -1."""
    tokens = ctx.tokens
    end = len(tokens)
    i = at + 1
    while i < end and i - at <= 2 and tokens[i] in w.KNOWERS:
        i += 1
    if i == at + 1 or i + 1 >= end or tokens[i] not in w.KNOW or tokens[i + 1] != "it":
        return -1
    return i + 2
