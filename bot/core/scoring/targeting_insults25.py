"""Guard rule of the insults25 round (issue 8, thirty-fifth session): a bare list of
name-calls reported or mentioned as names, not said to anyone here.

- Reported: "moron, idiot, freak, i have heard them all", "loser, freak, weirdo, that is
  what they called me in school", "troll, shill, bot, call me whatever you want",
  "racist, bigot, nazi, the usual names when you run out of arguments", "freak, weirdo,
  loser, my old nicknames". The hit is one item of a list that opens its sentence
  (one-word items, each closed by a pause or a joiner, at least LIST_MIN of them words
  the lexicon holds, none the reader); within REPORT_REACH tokens after the list a
  calling verb (insults25_words.CALLING), a hearing verb (HEARING) or a noun naming the
  list as names (NAME_NOUNS) reports it. Older rounds read a line-opening name-call as
  hurled at the reader. precision21's named list needs a noun right after the list
  ("retard and faggot are words ..."); this reads a reporting clause. Still aimed: the
  reader in the clause before the report ("idiot, moron, clown, you have been called
  worse") or right after the verb ("nerd, geek, loser, everyone calls you that", "fool,
  clown, idiot, i called you that"), a name noun given to someone ("names for you",
  "words that describe you"), the writer calling another ("liar, cheat, fraud, i call
  him all three"), a clause with no report ("moron, idiot, freak, that is what you
  are", "freak, loser, creep, get away from me"), and a list with "you" in it ("you
  moron, you idiot, you freak").
- Mentioned: the same list inside its sentence after a listing opener ("as well as",
  "such as", "including": OPENERS, OPENER_PAIRS) in a sentence that names no reader:
  "cyber-bully is it now, as well as moron, idiot, freak...", "he got called all kinds
  of names, such as moron, idiot, loser". An older reading took the last item before
  "..." for a call closing the line. Still aimed: "you are a bully, as well as moron,
  idiot, freak..." (the reader named).

Cost per hit: a target, category and length test and one cached pause test (the hit a
list item); then at most LIST_REACH tokens each way, each a cached pause test and a
frozenset test, and one window of REPORT_REACH tokens. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults25_words as w
from bot.core.scoring import precision21_words as w21
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian55 import Italian55Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["REPORTED_LIST_NOTE", "Insults25Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
REPORTED_LIST_NOTE: Final[str] = "a list of name-calls reported as names heard or given"


class Insults25Rules(Italian55Rules):
    """A bare list of name-calls that opens its sentence, reported as names someone
    heard, was called or hands out."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if (
            target not in AIMED_KINDS
            or hit.last - hit.first != 1
            or hit.entry.category is Cat.PROFANITY
        ):
            return target, note
        if not _i25_item(ctx, hit.first):
            return target, note  # "you idiot lol": no list item
        start = _i25_list_start(ctx, hit)
        end = self._i25_list_end(ctx, start, hit)
        if end < 0:
            return target, note
        if ctx.starts_sentence(start):
            if _i25_reported(ctx, end):
                return Kind.REPORTED, REPORTED_LIST_NOTE  # "moron, idiot, i've heard them all"
        elif _i25_mentioned(ctx, start, end):
            return Kind.REPORTED, REPORTED_LIST_NOTE  # "... as well as moron, idiot, freak"
        return target, note

    def _i25_list_end(self, ctx: Context, start: int, hit: Hit) -> int:
        """The end of the bare list from token `start` past the hit: one-word items, each
        closed by a pause or a joiner, at least LIST_MIN of them lexicon words and none
        the reader; -1 when there is none."""
        tokens = ctx.tokens
        listed = self._lexicon.hit_words
        members = 0
        at = start
        stop = min(len(tokens), hit.last + w.LIST_REACH)
        while at < stop:
            word = tokens[at]
            if word in w.JOINERS:
                at += 1
                continue
            if not _i25_item(ctx, at):
                break  # "heard it all": the clause after the list
            if word in w.READER:
                return -1  # "you, idiot, ..."
            members += word in listed
            at += 1
        if at <= hit.first or members < w.LIST_MIN:
            return -1
        return at


def _i25_item(ctx: Context, at: int) -> bool:
    """Token `at` may be a one-word list item: a pause or a joiner closes it."""
    if ctx.pause_after(at):
        return True
    return at + 1 < len(ctx.tokens) and ctx.tokens[at + 1] in w.JOINERS


def _i25_list_start(ctx: Context, hit: Hit) -> int:
    """The first item of the list holding the hit, read back over one-word items closed
    by a pause or a joiner, never across a stop; the hit itself when none is before it."""
    tokens = ctx.tokens
    at = hit.first
    floor = max(0, at - w.LIST_REACH)
    while at > floor and not ctx.stop_after(at - 1):
        before = at - 1
        if tokens[before] not in w.JOINERS and not _i25_item(ctx, before):
            break
        at = before
    while tokens[at] in w.JOINERS and at < hit.first:
        at += 1
    return at


def _i25_mentioned(ctx: Context, start: int, end: int) -> bool:
    """The list, inside its sentence, follows a listing opener ("as well as", "such as",
    "including") and its sentence names no reader: the names are mentioned, not said to
    anyone ("cyber-bully is it now, as well as moron, idiot, freak...")."""
    tokens = ctx.tokens
    if start < 1 or not (
        tokens[start - 1] in w.OPENERS
        or (start > 1 and (tokens[start - 2], tokens[start - 1]) in w.OPENER_PAIRS)
    ):
        return False
    first = ctx.sentence_start(start, w.REPORT_REACH)
    last = ctx.sentence_end(end - 1, w.REPORT_REACH)
    return w.READER.isdisjoint(tokens[first:start]) and w.READER.isdisjoint(tokens[end:last])


def _i25_reported(ctx: Context, end: int) -> bool:
    """The clause after the list (from token `end`) reports it: a calling or hearing
    verb or a name noun, with the reader neither before it nor called by it, and no
    calling by the writer of someone else."""
    tokens = ctx.tokens
    stop = min(len(tokens), end + w.REPORT_REACH)
    for i in range(end, stop):
        word = tokens[i]
        if word in w.READER:
            return False  # "idiot, moron, clown, you have been called worse"
        if word in w.NAME_NOUNS:
            after = tokens[i + 1 : i + 1 + w.OBJECT_REACH]
            if not w21.AIMED_AFTER.isdisjoint(after):
                return False  # "names for you"
            return not _i25_given_to_reader(tokens, i + 1, stop)
        if word in w.CALLING or word in w.HEARING:
            if not w.READER.isdisjoint(tokens[i + 1 : i + 1 + w.OBJECT_REACH]):
                return False  # "everyone calls you that"
            if word in w.CALLING and _i25_writer_calls(ctx, i):
                return False  # "i call him all three"
            return not _i25_given_to_reader(tokens, i + 1, stop)
    return False


def _i25_given_to_reader(tokens: list[str], start: int, stop: int) -> bool:
    """The reader, later in the clause, as whom the names are about ("what everyone says
    about you", "names people use for guys like you"); not "call me whatever you want"."""
    return any(tokens[i] in w.READER and tokens[i - 1] in w.TO_READER for i in range(start, stop))


def _i25_writer_calls(ctx: Context, verb: int) -> bool:
    """The writer, in the active voice, calls someone other than themself by the verb at
    `verb`: "i call him all three", not "i have been called" or "i call myself that"."""
    tokens = ctx.tokens
    if verb + 1 < len(tokens) and tokens[verb + 1] in w.SELF:
        return False
    for i in range(verb - 1, max(-1, verb - 1 - w.SUBJECT_REACH), -1):
        if tokens[i] in w.PASSIVE:
            return False
        if tokens[i] in w.WRITER:
            return True
    return False
