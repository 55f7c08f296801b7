"""Targeting rules of the discord12 round (issue 8, thirteenth session): Discord
server slang aimed at a member that the older rules left unaimed or read too widely.

- A line of slang opening with "L", "ratio" or a dismissal before its name-call ("L
  bozo", "L + ratio + clown", "nobody cares bozo") is said to the reader: the older
  rules read the "l" as a person named before the insult ("l bozo" as "<someone>
  bozo"), a third person.
- "stay mad at <someone else>" ("stay mad at the devs not each other") is advice about
  whom to be angry with, not the taunt "stay mad"; "stay mad at me" stays the taunt.
- The group laughing at the reader ("the whole server is laughing at u") is a pile-on
  (lexicon lines); denied just before ("no one is laughing at you") it is comfort.
- "who asked" as a line of its own (with slang or a laugh beside it: "who asked lmao")
  dismisses the reader; a question that goes on ("who asked for pizza?") or a person
  before it ("the one who asked") does not. Its weight rose from 0.45 to 0.55 for this.
- "why are you even here" closes its clause as a dismissal; going on ("... at 3am, go
  sleep") it is a friend's question. "why r u even in <a server place>" ("in this
  server", "in the vc") counts; "why are you even in school today" does not.

Lexicon lines of the round: "ur not invited", "ur so irrelevant", "who even asked",
"doxx u"; doxxing joined discord11's exposure (never match talk) at its own depth.

Cost: one frozenset test of the hit's term (or, for the slang lead, of the line's first
token and the hit's category); only this round's terms reach a look at most four tokens
around the hit, in its clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord12_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_review14 import Review14Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord12Rules", "answered_by_writer"]

ADVICE_NOTE: Final = "anger sent at someone else, no taunt"
DENIED_NOTE: Final = "the pile-on denied"
ASKED_NOTE: Final = "a question that goes on, no dismissal"
_OWN_TERMS: Final = w.LAUGHING | w.WHY_HERE | w.WHY_IN | w.WHO_ASKED | w.NOT_INVITED | {w.STAY_MAD}
_UNAIMED: Final = frozenset({Kind.THIRD_PERSON, Kind.NONE})
_ASKED_AIMS: Final = frozenset({Kind.THIRD_PERSON, Kind.NONE, Kind.SECOND_PERSON})


class Discord12Rules(Review14Rules):
    """Slang lines led by "L", "stay mad at" others, denied pile-ons, "why are you even
    here" that goes on."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the discord12 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in _OWN_TERMS:
            return self._discord12_own(ctx, hit, target, note)
        if (
            not note
            and target in _UNAIMED
            and hit.entry.category is Cat.INSULT
            and ctx.tokens[0] in w.LEAD_WORDS
            and _slang_led(ctx, hit)
        ):
            return Kind.SECOND_PERSON, note  # "L bozo", "L + ratio + clown"
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "who asked" after a person ("the guy who
        asked lol") names who asked, though olid4 reads a name-call said of him."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term in w.WHO_ASKED and target is Kind.THIRD_PERSON:
            start = ctx.sentence_start(hit.first, SENTENCE_REACH)
            if any(word not in w.BESIDE_ASKED for word in ctx.tokens[start : hit.first]):
                return Kind.NONE, ASKED_NOTE
        return target, note

    def _discord12_own(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """This round's own terms, read in their clause."""
        tokens = ctx.tokens
        term = hit.entry.term
        end = ctx.sentence_end(hit.first, SENTENCE_REACH)
        last = hit.last
        if term == w.STAY_MAD:
            if (
                last + 1 < end
                and tokens[last] == "at"
                and tokens[last + 1] not in w.TAUNTED
                and tokens[last + 1] not in self._cue_second_person
            ):
                return Kind.OBJECT, ADVICE_NOTE  # "stay mad at the devs"
            return target, note
        if term in w.LAUGHING:
            start = max(ctx.sentence_start(hit.first, SENTENCE_REACH), hit.first - w.DENIER_REACH)
            if not w.DENIERS.isdisjoint(tokens[start : hit.first]):
                return Kind.NONE, DENIED_NOTE  # "no one is laughing at you"
            if tokens[last : last + 1] == ["know"] and tokens[last + 1 : last + 2] in (
                ["what"],
                ["who"],
            ):
                return Kind.NONE, ASKED_NOTE  # review15: "sick of you know who"
            return target, note
        if term in w.NOT_INVITED:
            if (
                tokens[last : last + 2] == ["to", "be"]
                and tokens[last + 2 : last + 3] != []
                and (tokens[last + 2] in w.MOODS)
            ):
                return Kind.OBJECT, ADVICE_NOTE  # review15: "you're not invited to be sad"
            return target, note
        if term in w.WHO_ASKED:
            if note or target not in _ASKED_AIMS:
                return target, note  # quoted, reported, a mention's
            start = ctx.sentence_start(hit.first, SENTENCE_REACH)
            if last < end and tokens[last] in self._cue_second_person:
                last += 1  # the reader asked of: "who even asked u", "who asked you lol"
            around = tokens[start : hit.first] + tokens[last:end]
            if any(word not in w.BESIDE_ASKED for word in around) or answered_by_writer(ctx, end):
                return Kind.NONE, ASKED_NOTE  # "who asked for pizza?", "the guy who asked"
            return Kind.SECOND_PERSON, note  # "who asked lmao", "L + who asked"
        if term in w.WHY_HERE:
            rest = tokens[last:end]
            if any(word not in w.CLOSERS for word in rest) or answered_by_writer(ctx, end):
                return Kind.NONE, ASKED_NOTE  # "why are you even here at 3am, go sleep"
            return target, note
        if w.PLACES.isdisjoint(tokens[last : min(end, last + w.PLACE_REACH)]):
            return Kind.NONE, ASKED_NOTE  # "why are you even in school today"
        return target, note


def answered_by_writer(ctx: Context, end: int) -> bool:
    """review15: the question ending at `end` is answered by the writer in the next
    sentence, so it was asked, not thrown: "who asked? me lol", "why are you even here?
    because we love you" (formspring4's "who would ever date you? me" too)."""
    return ctx.answered(end, w.ANSWERS)


def _slang_led(ctx: Context, hit: Hit) -> bool:
    """Only slang lead words ("l", "ratio", "nobody cares") stand before the name-call
    in its line."""
    first = hit.first
    if first == 0 or first > w.LEAD_REACH:
        return False
    if ctx.tokens[0] == "l" and _elided(ctx.folded):
        return False  # Italian's article: "l'asino del presepe è bellissimo"
    return all(word in w.LEAD_WORDS for word in ctx.tokens[:first])


def _elided(folded: str) -> bool:
    """The line's "l" is Italian's elided article ("l'asino"), not the slang "L"."""
    at = folded.find("l")
    return at >= 0 and folded[at + 1 : at + 2] in w.APOSTROPHES
