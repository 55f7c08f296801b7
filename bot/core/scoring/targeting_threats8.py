"""Targeting rules for threats, campaigns and shut-outs with no swear word (issue 8,
threats8).

The phrases are lexicon lines under "threats8" comments; these rules read them:

- A campaign or shut-out that holds its person as a pronoun ("raid his dms", "nobody
  talk to her", "bloccatelo tutti") is aimed at that third person: the generic rules
  find no person outside the phrase and would call it talk about a thing. Not when the
  message names a program or a scam ("block the scam accounts everyone").
- A veiled threat (a meeting, a search, a warning; no harm named) that no earlier rule
  has read is a plan or banter when a treat, a meal or an outing follows it within
  reach ("so dove abiti, ti porto la torta", "you'll regret eating that taco") or a
  clock time ("ti vengo a prendere alle otto"); a game or safety call when a hazard
  follows a warning ("watch your back, sniper on the roof") or a game's thing follows
  it ("you're next in the queue"). A named harm ("hope your pc explodes next round")
  stays a threat whatever follows.
- An address found in a list ("in the signup sheet") is an organiser's look-up.

All run only on hits and look at a few tokens after the hit (bounded reach).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hateprobe7 import HateProbe7Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.threats8_words import (
    AT_PERSON,
    CLOCK,
    CLOCK_BEFORE,
    GAME_THINGS,
    HAZARDS,
    NOT_A_PERSON,
    RECORDS,
    TREATS,
    VEILED,
    WARNINGS,
)
from bot.core.scoring.verdict import TargetKind

__all__ = ["BANTER_NOTE", "GAME_CALL_NOTE", "LOOKUP_NOTE", "Threats8Rules"]

BANTER_NOTE: Final = "a plan or banter, not a threat"
GAME_CALL_NOTE: Final = "a warning about a hazard, not a threat"
LOOKUP_NOTE: Final = "an address looked up in a list"
_REACH: Final = 8  # tokens after a phrase read for a treat or a hazard
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_THREATS: Final = frozenset({Cat.THREAT})
_AT_PERSON_CATS: Final = frozenset({Cat.EXCLUSION, Cat.THREAT})


class Threats8Rules(HateProbe7Rules):
    """Campaigns aimed at the pronoun they hold; threat phrases in banter or a game."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), read for the threats8 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.tokens[-1] == "address" and _after_has(ctx, hit, RECORDS):
            return Kind.NONE, LOOKUP_NOTE  # "i'll find your address in the signup sheet"
        if entry.category in _AT_PERSON_CATS and entry.term in AT_PERSON:
            if not note and target in _UNAIMED and not _names_a_program(ctx):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "raid his dms", "nobody talk to her"
            return target, note
        if note or entry.category not in _THREATS or entry.term not in VEILED:
            return target, note  # an earlier rule's reading stands ("ti aspetto fuori dal bar")
        after = ctx.tokens[hit.last : hit.last + _REACH]
        if entry.term in WARNINGS and not HAZARDS.isdisjoint(after):
            return Kind.NONE, GAME_CALL_NOTE  # "watch your back, sniper on the roof"
        if not TREATS.isdisjoint(after) or _clock_time(after):
            return Kind.NONE, BANTER_NOTE  # "so dove abiti, ti porto la torta"
        if not GAME_THINGS.isdisjoint(after):
            return Kind.NONE, GAME_CALL_NOTE  # "you're next in the queue"
        return target, note


def _after_has(ctx: Context, hit: Hit, words: frozenset[str]) -> bool:
    """One of `words` within reach after the hit."""
    return not words.isdisjoint(ctx.tokens[hit.last : hit.last + _REACH])


def _clock_time(after: list[str]) -> bool:
    """ "alle otto", "at 8": a meeting set for a time is a plan."""
    for i in range(len(after) - 1):
        if after[i] in CLOCK_BEFORE:
            word = after[i + 1]
            if word.isdigit() or word in CLOCK:
                return True
    return False


def _names_a_program(ctx: Context) -> bool:
    """The message names a bot, spam or a scam: the campaign's "him" is no person."""
    return not NOT_A_PERSON.isdisjoint(ctx.tokens)
