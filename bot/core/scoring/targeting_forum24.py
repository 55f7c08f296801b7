"""Targeting rules of the forum24 round (issue 8, twenty-second session): a person of
the thread, named by their place in it, called a name outright.

- "the guy above is a moron", "the commenter above is braindead", "that commenter is
  clueless", "the poster above is an idiot", "il tizio sopra è un idiota": a pointer
  (forum24_words.POINTERS) and a person of the thread (a commenter, poster, redditor,
  user or "op"; or a guy, dude or person with a place after it: "above", "below",
  "here"), a being verb, at most three fillers (an article, degree words) and the
  insult, the pointer opening the sentence or after an interjection only. Read as
  said of a third person outright (olid4's OUTRIGHT_NOTE).
  Clean: "the guy above is right", "the guy below is a genius" (no name of
  forum24_words.NAMES: "genius" is praise as often as sarcasm), "the guy is a
  moron in the movie"-like story lines keep the older reading when no place or thread
  noun is there ("the guy in the video"), "i don't think the guy above is an idiot",
  "she said the commenter above is an idiot" (a clause before the pointer), "the guy
  above is not an idiot" (a negation between), "is the guy above an idiot?" (asked),
  a quoted line, "my guy above is clueless"-like owners (no pointer).

- "go back to r/politics where you belong", "go back to facebook where u belong": olid5's
  send-back order with any place, when "where you belong" follows within six tokens.
  Clean: "i want to go back to italy where i belong" (the writer's wish, "i"), "the
  team should go back to basics" (no order). The commenter's den ("go back to your
  echo chamber", "... your bubble") is read where the holes are: olid5_words.HOLES.

- The reader's reading judged ("reading comprehension", a lexicon term read only
  here): "your" just before ("work on your reading comprehension", "your reading
  comprehension is nonexistent"), "you have zero/no" before, or "not your" / "for you"
  within five tokens after ("reading comprehension isn't your strong suit", "... is
  hard for you huh"). Clean: "my reading comprehension isn't great" (a writer's or
  third person's word anywhere in the sentence), "your reading comprehension is great"
  (praise after), "reading comprehension tests are hard", "can you help my kid with
  reading comprehension" (no reader's reading), a quoted line.

Cost per hit: one string test of the term for "go back to", then at most six tokens
after it; one frozenset test of the hit's term (forum24_words.NAMES); then at most six
tokens back (fillers, the verb, a place, the person, the pointer), the sentence start
(cached), and one quote and one "?" test (cached). No regex, no new work for messages
without an insult hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum24_words as w
from bot.core.scoring import olid5_words as w5
from bot.core.scoring.olid4_words import PRAISE
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NO_SEND_OFF_NOTE
from bot.core.scoring.targeting_precision20 import Precision20Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum24Rules"]

_OPENER_REACH = 3  # at most this many interjection words before the pointer
_FILLER_REACH = 3  # at most this many fillers between the verb and the insult
READING_NOTE: Final = "no reader's reading judged"
_UNREAD: Final = frozenset({Kind.NONE, Kind.OBJECT})


class Forum24Rules(Precision20Rules):
    """A person of the thread, named by their place in it, called a name outright."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; an insult left aimed at nobody or a thing is
        read again for "the guy above is a moron"."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term == w5.SEND_BACK:
            if note == NO_SEND_OFF_NOTE and _f24_belongs(ctx, hit):
                return Kind.IMPERATIVE, ""
            return target, note
        if hit.entry.term in w.READING:
            if _f24_reading_judged(ctx, hit):
                return Kind.SECOND_PERSON, ""
            return Kind.OBJECT, READING_NOTE
        if hit.entry.term not in w.NAMES:
            return target, note  # most hits: one set look-up
        if target not in _UNREAD or hit.entry.category is not Cat.INSULT:
            return target, note
        if _f24_thread_person(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def _f24_thread_person(ctx: Context, hit: Hit) -> bool:
    """ "the guy above is a moron", "that commenter is clueless": the pointer, the
    person, the being verb and the insult, said outright."""
    tokens = ctx.tokens
    verb = hit.first - 1
    for _ in range(_FILLER_REACH):
        if verb >= 0 and tokens[verb] in w.FILLERS:
            verb -= 1
    if verb < 2 or tokens[verb] not in w.BEING or ctx.pause_after(verb):
        return False
    person = verb - 1
    placed = tokens[person] in w.PLACES
    if placed:
        person -= 1
    if person < 1 or not (
        tokens[person] in w.THREAD_PEOPLE or (placed and tokens[person] in w.ANYONE)
    ):
        return False
    pointer = person - 1
    if tokens[pointer] not in w.POINTERS:
        return False
    start = ctx.sentence_start(pointer, _OPENER_REACH + 1)
    if pointer - start > _OPENER_REACH or any(t not in w.OPENERS for t in tokens[start:pointer]):
        return False
    return not ctx.quoted_or_asked(hit.first, hit.last)


def _f24_belongs(ctx: Context, hit: Hit) -> bool:
    """ "go back to r/politics where you belong": an order opening its sentence (olid5's
    leads only, never "i want to"), and "where you belong" within a few tokens after."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, _OPENER_REACH + 1)
    if any(t not in w5.SEND_BACK_LEADS for t in tokens[start : hit.first]):
        return False
    end = min(ctx.sentence_end(hit.last - 1, w.BELONG_REACH + 3), len(tokens) - 2)
    for at in range(hit.last, min(end, hit.last + w.BELONG_REACH)):
        if tokens[at] == "where":
            return tokens[at + 1] in w.BELONG_YOU and tokens[at + 2] == "belong"
    return False


def _f24_reading_judged(ctx: Context, hit: Hit) -> bool:
    """ "work on your reading comprehension", "you have zero reading comprehension",
    "reading comprehension isn't your strong suit", "... is hard for you huh": the
    reader's reading judged; never the writer's or a third person's, nor praised."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    start = ctx.sentence_start(first, SENTENCE_REACH)
    end = ctx.sentence_end(last - 1, SENTENCE_REACH)
    if not w.OWN.isdisjoint(tokens[start:end]) or not PRAISE.isdisjoint(tokens[last:end]):
        return False  # "my reading comprehension isn't great", "your ... is great"
    if ctx.quoted(first, last):
        return False
    if first > start and tokens[first - 1] in w.YOUR:
        return True  # "work on your reading comprehension"
    if (
        first - 3 >= start
        and tokens[first - 1] in w.NONE_OF
        and tokens[first - 2] in w.HAVING
        and tokens[first - 3] in w.YOU
    ):
        return True  # "you have zero reading comprehension"
    after = tokens[last : min(end, last + w.READING_REACH)]
    for at, word in enumerate(after[:-1]):
        if word in w.DENIED and after[at + 1] in w.YOUR:
            return True  # "isn't your strong suit"
        if word in w.FOR and after[at + 1] in w.YOU:
            return True  # "is hard for you"
    return False
