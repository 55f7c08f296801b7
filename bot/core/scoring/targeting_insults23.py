"""Guard rules of the insults23 round (issue 8): an identity group named in a sentence
whose hostile-looking word is aimed at no group (false flags of the insults file's
non-insults).

- A purge word ("ban all", "ban every", "deport all", "kick out every", "throw out
  all", "keep out all") whose own object is a thing or an organisation: "he would annul
  gay marriage and ban all insurance companies from covering birth control", "they want
  to ban all fireworks because immigrants keep setting them off", "the school will ban
  all phones in class, even for the jewish kids". Older rounds aim the purge at any
  group named in the sentence; its object, read over a few openers ("the", "of the") to
  the first pause or preposition, names no group and no person, so the purge is
  cancelled. Still aimed: "ban all muslims", "ban all gay teachers", "deport all of
  them, every last muslim", "ban all those people", "ban all mosques and muslims".
- An animal word closing a plain list of beings: "the flood killed men, women and
  animals alike", "any man, woman, child or animal", "women, children and their animals".
  Older rounds read "animals" as a slur of the group words "men" and "women". Still
  aimed: "muslims are animals", "blacks and other animals", "women are animals", "they
  act like men and animals", "refugees, rapists and animals", "muslims and their animal
  behaviour": a list whose words are not all plain beings, "other" before the animal, or
  a copula or likeness before the list.

Cost per hit: a term and note test; then at most OPENER_REACH + OBJECT_REACH tokens
ahead or LIST_REACH tokens back, each a set test. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults23_words as w
from bot.core.scoring.olid38_words import PERSON_HEADS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum34 import Forum34Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["LISTED_NOTE", "PURGED_THING_NOTE", "Insults23Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
PURGED_THING_NOTE: Final = "a thing or an organisation banned, not a group"
LISTED_NOTE: Final = "an animal in a list of beings, not a slur"
_TERMS: Final[frozenset[str]] = w.PURGES | w.ANIMALS


class Insults23Rules(Forum34Rules):
    """A group named beside a purge of a thing or a list of beings: no group attacked."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note != IDENTITY_NOTE or term not in _TERMS:
            return target, note
        if term in w.PURGES:
            if _i23_thing_purged(ctx, hit):
                return Kind.OBJECT, PURGED_THING_NOTE  # "ban all insurance companies"
        elif _i23_listed(ctx, hit):
            return Kind.OBJECT, LISTED_NOTE  # "men, women and animals alike"
        return target, note


def _i23_people(ctx: Context, word: str) -> bool:
    """A word that names people: a group, a person's noun or a pronoun."""
    if word in w.PEOPLE or word in PERSON_HEADS:
        return True
    cues = ctx.cues
    return any(word in cues[name] for name in w.PEOPLE_CUES)


def _i23_thing_purged(ctx: Context, hit: Hit) -> bool:
    """The purge's object, after its openers and up to a pause or a preposition, holds
    at least one word and no word that names people: a thing or an organisation."""
    tokens = ctx.tokens
    n = len(tokens)
    last = hit.last
    if last >= n or ctx.pause_after(last - 1):
        return False  # "ban all, these muslims": nothing purged in its clause
    at = ctx.skip_ahead(last, w.OBJECT_OPENERS, w.OPENER_REACH)
    stop = min(n, at + w.OBJECT_REACH)
    read = 0
    for i in range(at, stop):
        word = tokens[i]
        if word in w.OBJECT_ENDS:
            break
        if _i23_people(ctx, word):
            return False  # "ban all gay teachers", "deport all of them"
        read += 1
        if ctx.pause_after(i):
            break
    return read > 0


def _i23_listed(ctx: Context, hit: Hit) -> bool:
    """The animal word closes a list of plain beings joined by "and"/"or" or commas, and
    nothing before the list makes it a group's predicate or likeness."""
    tokens = ctx.tokens
    first = hit.first
    if first == 0:
        return False
    floor = max(0, first - w.LIST_REACH)
    at = first
    beings = 0
    joined = ctx.pause_after(first - 1) or tokens[first - 1] in w.LIST_WORDS
    while at > floor and not ctx.stop_after(at - 1):
        word = tokens[at - 1]
        if word in w.BEINGS:
            beings += 1
        elif word not in w.LIST_WORDS:
            break
        at -= 1
    if not joined or beings == 0:
        return False
    if at > 0 and not ctx.stop_after(at - 1):
        before = tokens[at - 1]
        if before in w.PREDICATES or _i23_people(ctx, before):
            return False  # "muslims are men and animals", "jews, dogs and animals"
    return True
