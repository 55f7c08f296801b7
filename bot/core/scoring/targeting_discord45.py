"""Targeting rules of the discord45 round (issue 8): death wishes, non-existence wishes
and exclusion aimed at the reader or the people in the room that the older rules read as
said of a thing or of no named group.

- A death term after a modal, the reader its subject opening the line: "you should all
  die", "you lot must die", "honestly y'all should all die". Or the writer's wish of
  death on the reader: "i want you all dead", "i hope you guys all die".
- A non-existence wish: the writer's "i wish" on the reader ("i wish you were never
  born", "i wish you'd never existed"), the reader's modal ("you should never have been
  born", "u should've never been born"), or made to wish it ("make them wish they never
  existed", "make you wish you were never born").
- Exclusion from the country: the reader, or a bare "they" opening the message (no one
  named before it in a chat line), with a modal run ("you people need to get out of our
  country", "they need to leave our country"), or the call opening its clause, maybe
  with the reader called after it ("get out of our country you people"). "go back" only
  to the reader's origin ("go back to your country").

Stay clean: wishes about things or the writer ("i wish this game never existed", "i
wish i was never born lol"), "i wish you were here", anything quoted, asked, reported or
denied ("the villain yells you should all die", "nobody thinks you should never have
been born"), a death term that runs on ("you should all die laughing at this clip"), an
invitation ("you should all come"), the writer's own trip ("we need to leave our country
for the holidays") or a "they" named or running on ("they need to leave our country by
friday or their visas expire").

Cost per hit: a frozenset test of the term; then at most READER_LONGEST tokens for the
reader, a bounded modal, gap or lead run back, TAIL_REACH tails ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord45_words as w
from bot.core.scoring import hatecheck55_words as h55
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord39 import d39_writer_does
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck55 import hc55_call_opens
from bot.core.scoring.targeting_insults22 import Insults22Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord45Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_BORN_NOTE: Final[str] = "no reader or room wished never born"


class Discord45Rules(Insults22Rules):
    """A death wish, a non-existence wish or an exclusion from the country aimed at the
    reader or the people in the room."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the reader's (a bare "they": a
        group's) in this round's shapes, its own line cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.NONE and target is not Kind.OBJECT:
            return target, note  # aimed already, or reported, negated, a group's
        term = hit.entry.term
        words = hit.entry.tokens
        start = -1
        aimed = Kind.SECOND_PERSON
        if term in w.NEVER_BORN:
            start = _d45_never_born(ctx, hit.first)
        elif term in w.EXILES:
            start, aimed = _d45_sent_off(ctx, hit)
        else:
            modal = words[0] in w.DEATH_MODALS and words[-1] in w.DEATH_ENDS
            if modal or term in w.WISHED_DEATHS:
                reader = _d45_reader_past(ctx, hit.first, w.DEATH_GAP, w.DEATH_GAP_REACH)
                start = _d45_reader_opens(ctx, reader) if modal else -1
                if start < 0 and term in w.WISHED_DEATHS:
                    start = _d45_wished(ctx, reader)
        if start >= 0 and not ctx.closes_after(_d45_origin_end(ctx, hit), w.TAILS, w.TAIL_REACH):
            start = -1
        own = (w.OWN_TERMS, NOT_BORN_NOTE)
        # "you should all die", "i wish you were never born"
        return self._hc55_settled(ctx, hit, start, (aimed, ""), own=own, kept=(target, note))


def _d45_reader_before(ctx: Context, end: int) -> int:
    """Where a reader phrase ending right before token `end` starts ("you", "y all",
    "you people", "all of you"), the longest first, or -1."""
    tokens = ctx.tokens
    for size in range(w.READER_LONGEST, 0, -1):
        if end - size >= 0 and tuple(tokens[end - size : end]) in w.READERS:
            return end - size
    return -1


def _d45_reader_opens(ctx: Context, start: int) -> int:
    """`start` if a reader starts there and opens its line or clause over a few leads
    ("honestly you should all die"), else -1."""
    return start if start >= 0 and hc43_opens(ctx, start, w.LEADS) else -1


def _d45_reader_past(ctx: Context, first: int, run: frozenset[str], reach: int) -> int:
    """Where the reader starts before a run of `run` words before token `first` ("you lot
    [should all]"); the run's first "all" may close the reader ("y all [should all]",
    "you [all need to]"). -1 if none."""
    at = ctx.back_over(first, run, reach)
    start = _d45_reader_before(ctx, at)
    if start < 0 and at < first and ctx.tokens[at] == w.ALL:
        start = _d45_reader_before(ctx, at + 1)
    return start


def _d45_writer_wishes(ctx: Context, verb: int) -> bool:
    """Token `verb` is the writer's wish verb ("i hope", "we really want"), the writer
    opening the line or clause."""
    if verb < 1 or ctx.tokens[verb] not in w.WISH_VERBS:
        return False
    writer = ctx.back_over(verb, w.WRITER_ADVERBS, w.WRITER_ADVERB_REACH) - 1
    return (
        writer >= 0
        and ctx.tokens[writer] in w.WRITERS
        and not ctx.pause_after(writer)
        and hc43_opens(ctx, writer, w.LEADS)
    )


def _d45_wished(ctx: Context, start: int) -> int:
    """ "i want you all dead", "i hope you guys all die": the reader starting at token
    `start`, the writer's wish verb before it; where the wish starts, or -1."""
    if start < 1 or not _d45_writer_wishes(ctx, start - 1):
        return -1
    return start - 1


def _d45_never_born(ctx: Context, first: int) -> int:
    """The non-existence term at token `first` wished on the reader: "i wish you were
    never born", "you should never have been born", "make them wish they never existed".
    Where the shape starts, or -1."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.HAD, 1)
    subject = _d45_reader_before(ctx, at)
    if subject < 0 and at > 0 and tokens[at - 1] in w.MADE_WISHERS:
        subject = at - 1  # "make them wish they": only under "make"
    elif subject < 0:
        modal = ctx.back_over(first, w.NEVER_MODALS, w.NEVER_MODAL_REACH)
        return _d45_reader_opens(ctx, _d45_reader_before(ctx, modal)) if modal < first else -1
    wish = subject - 1
    if wish < 1 or tokens[wish] != w.WISH or ctx.pause_after(wish):
        return -1
    if tokens[subject] not in w.MADE_WISHERS and _d45_writer_wishes(ctx, wish):
        return wish - 1
    made = _d45_reader_before(ctx, wish)
    if made < 0 and tokens[wish - 1] in w.MADE:
        made = wish - 1
    make = made - 1
    if made < 1 or tokens[make] not in w.MAKE:
        return -1
    return make if hc55_call_opens(ctx, make) or d39_writer_does(ctx, make) else -1


def _d45_sent_off(ctx: Context, hit: Hit) -> tuple[int, TargetKind]:
    """An exclusion from the country: the reader (or a bare "they" opening the message)
    and a modal run before it, or the call opening its clause. Where it starts and whom
    it aims at, or -1."""
    tokens = ctx.tokens
    if hit.entry.term == w.GO_BACK and _d45_origin_end(ctx, hit) == hit.last:
        return -1, Kind.SECOND_PERSON  # "go back to bed"
    at = ctx.back_over(hit.first, h55.MODAL_RUN, h55.MODAL_REACH)
    if at < hit.first and not h55.MODAL_WORDS.isdisjoint(tokens[at : hit.first]):
        if at == 1 and tokens[0] == w.THEY:
            return 0, Kind.GROUP  # "they need to leave our country"
        reader = _d45_reader_past(ctx, hit.first, h55.MODAL_RUN, h55.MODAL_REACH)
        return _d45_reader_opens(ctx, reader), Kind.SECOND_PERSON
    if at == hit.first and hc43_opens(ctx, hit.first, w.LEADS):
        return hit.first, Kind.SECOND_PERSON  # "get out of our country"
    return -1, Kind.SECOND_PERSON


def _d45_origin_end(ctx: Context, hit: Hit) -> int:
    """Where the hit's clause may close: past the reader's origin after "go back" ("to
    your country"), past a reader called after an exclusion ("get out of our country
    you people"), else right after the hit."""
    tokens = ctx.tokens
    end = hit.last
    if hit.entry.term == w.GO_BACK:
        for size in range(w.ORIGIN_LONGEST, 2, -1):
            if tuple(tokens[end : end + size]) in w.ORIGINS:
                return end + size
        return end
    if hit.entry.term in w.EXILES:
        for size in range(w.READER_LONGEST, 0, -1):
            if tuple(tokens[end : end + size]) in w.READERS:
                return end + size
    return end
