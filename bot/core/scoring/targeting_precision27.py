"""Guard rules of the precision27 round (issue 8, twenty-eighth session): judging words
in a list said of a thing, not of the person near them.

- A list of judging words, joined by commas or "and", before a thing someone made or
  said: "she stands by her stupid, racist, moronic comments", "his stupid and lazy
  excuses", "they keep making dumb, lazy sequels", "another stupid, pointless poll",
  "he posted another dumb, racist meme". Older rounds read one judging word before such
  a noun as said of the thing ("her stupid comments"), but a list of them as said of the
  nearest person ("she", "they"). The hit and at least one more judging word
  (precision27_words.JUDGING, or an adjective by its ending: "bilious", "cretinous"),
  with only modifiers ("same", "so"), commas and joins between them, run up to a noun of
  precision27_words.THINGS. Still aimed: "he is stupid, lazy and useless" (no noun),
  "she is a stupid, lazy cow", "those stupid, racist idiots" (a person or a name-call
  ends the run), "a sad, pathetic excuse for a mother" ("for"/"of" after the noun),
  "he is stupid and lazy stuff like that..." (a copula before the list says it of the
  subject), "your stupid, racist comments", "you post dumb, lazy takes" (a reader's
  word in the sentence), any hit the older rules read at the reader, as an order, a
  mention or a reply (only third-person and group readings are lowered). One judging
  word keeps the older reading ("a retarded idea", "that pathetic behavior").

Cost per hit: one frozenset test of the hit's kind and last word; then at most
RUN_REACH tokens ahead and back (a frozenset test and a suffix test each) and, on a
found thing, a scan of the sentence for a reader's word. No regex, no new work for messages
without a judging word; no lexicon lines (the terms are older ones).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid30 import Olid30Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["LISTED_THING_NOTE", "Precision27Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
LISTED_THING_NOTE: Final = "a list of judging words said of a thing, not a person"
# The readings this round lowers: a person or a group the older rules found nearby.
_LOWERED: Final = frozenset({Kind.THIRD_PERSON, Kind.GROUP})


class Precision27Rules(Olid30Rules):
    """Judging words in a list before a thing ("her stupid, racist comments")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _LOWERED:
            return target, note
        last = ctx.tokens[hit.last - 1]
        if last in self._cue_name_noun or not _p27_judging(last):
            return target, note  # a name-call noun names a person
        if _p27_list_of_a_thing(ctx, hit):
            return Kind.OBJECT, LISTED_THING_NOTE  # "his stupid and lazy excuses"
        return target, note


def _p27_judging(word: str) -> bool:
    """A judging word of a list: a listed one or an adjective by its ending."""
    return word in w.JUDGING or word.endswith(w.JUDGING_ENDINGS)


def _p27_list_of_a_thing(ctx: Context, hit: Hit) -> bool:
    """The hit in a list of judging words (modifiers, commas and joins between them) that
    ends on a thing's noun, with no copula before the list, nothing after the noun that
    makes it a person, and no reader's word in the sentence."""
    tokens = ctx.tokens
    judged = 1
    end = min(len(tokens), hit.last + w.RUN_REACH)
    at = hit.last
    while at < end:
        if ctx.stop_after(at - 1):
            return False  # the sentence ended: "he is stupid. lazy comments too"
        word = tokens[at]
        if word in w.THINGS:
            break
        if _p27_judging(word):
            judged += 1
        elif word not in w.JOINS and word not in w.MODIFIERS:
            return False  # a person, a name-call or a verb ends the run
        at += 1
    else:
        return False
    if ctx.pause_after(at - 1):
        return False  # "he is dumb, comments aside": the noun opens a new phrase
    before = _p27_judged_before(ctx, hit.first)
    if before < 0:
        return False  # "he is stupid and lazy stuff like that is why"
    if judged + before < w.LIST_LEAST:
        return False  # one judging word: the older rules' reading stands
    after = at + 1
    if after < len(tokens) and tokens[after] in w.PERSON_AFTER and not ctx.pause_after(at):
        return False  # "a pathetic excuse for a father"
    start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
    stop = ctx.sentence_end(at, w.SENTENCE_REACH)
    return w.READER.isdisjoint(tokens[start:stop])


def _p27_judged_before(ctx: Context, first: int) -> int:
    """The judging words of the list before the hit at `first`, back over modifiers,
    commas and joins; -1 when a copula opens the list ("he is stupid and lazy ...")."""
    tokens = ctx.tokens
    judged = 0
    at = first - 1
    floor = max(0, first - w.RUN_REACH)
    while at >= floor and not ctx.stop_after(at):
        word = tokens[at]
        if word in w.COPULAS:
            return -1
        if _p27_judging(word):
            judged += 1
        elif word not in w.JOINS and word not in w.MODIFIERS:
            break
        at -= 1
    return judged
