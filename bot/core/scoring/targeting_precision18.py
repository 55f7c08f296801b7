"""Targeting rules of the precision18 round (issue 8, eighteenth session): clean lines
the chain over-read, in general shapes found in the even rows' false flags of the insult,
Gab, HateXplain, toxic-spans and OLID files and in friendly profanity. The round's other
fixes sit at their depth: precision16 reads "who ever invented mondays i hate you" as
"whoever ...", insults12 meets good news with "shut up" ("stfu you passed??"), and the
benign line "sleep when you're dead".

- A name-call that names someone the reader met, dated, married or works with, not the
  reader: "sounds like you ran into a real jerk", "you're dating a narcissist", "sounds
  like you work with idiots", "sorry you got stuck with a dumbass teammate", "hai
  incontrato un vero idiota", "ti è capitato un cretino in squadra": the reader, a few
  helpers, a verb of meeting, its particle, an article or "a bunch of", at most two
  intensifiers, then the name-call, in one clause. Stay aimed: "you are a real jerk" (no
  verb of meeting), "you ran into me you idiot", "you met your match, loser" (a vocative,
  no article), "you work like an idiot" (a manner), "you ran into a bunch of dumb
  muslims" (an identity group), "you met a real jerk: yourself".
- "round up" of people gathered: "round up the squad for ranked", "you round up the kids
  and i'll pack the car". Stay aimed: "round up the immigrants", "round up all the
  muslims".
- What a thing does to anyone, a generic "you": "alcohol makes you dumb", "sugar makes
  you fat", "social media makes you lazy", "l'alcol ti rende stupido"; a name-call only
  of a substance, a screen or a habit (precision18_words.MAKE_THINGS), a body word of
  any subject but a person or an identity. Stay aimed: a creed, a party or a person
  ("religion makes you stupid", "fox news makes you dumb": their followers derogated), the
  reader's looks ("that haircut makes you look fat": "look" stands between), a subject
  that is the reader's, a deed or a pronoun ("your attitude makes you ugly", "believing
  that makes you stupid", "that makes you stupid", "what makes you so dumb"), a name-call
  with an article ("that makes you an idiot"), and a word of prejudice, whose subject is
  a sign of belonging ("a maga hat makes you racist").
- "shut up" in the passive, no order: "women won't be shut up anymore", "i refuse to be
  shut up". Stay orders: "just shut up", "be quiet and shut up".

Only readings the older rules left without a note are read. Cost per hit: one frozenset
test of its term ("shut up", "round up"), else one test of its category and of the token
before it (a reader or an intensifier for the making shape, an article, intensifier or
particle for the meeting shape); only then a walk of at most ten tokens back (meeting),
five back to a subject (making), four ahead ("round up"). No regex, no new work for
messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision18_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian22 import Italian22Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GATHER_NOTE", "MADE_NOTE", "MET_NOTE", "PASSIVE_NOTE", "Precision18Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
MET_NOTE: Final = "a name-call of someone the reader met"
MADE_NOTE: Final = "what a thing does to anyone"
PASSIVE_NOTE: Final = "said in the passive, no order"
GATHER_NOTE: Final = "people gathered, not rounded up"
_MET_AIMED: Final = (Kind.SECOND_PERSON, Kind.GROUP, Kind.THIRD_PERSON)
_GATHER_AIMED: Final = (Kind.SECOND_PERSON, Kind.GROUP, Kind.IMPERATIVE)
# The token right before a name-call that may open the shape (its determiner, intensifier
# or, bare plural, its particle).
_MET_BEFORE: Final[frozenset[str]] = w.MET_DETERMINERS | w.MET_INTENSIFIERS | w.MET_PARTICLES
_MADE_BEFORE: Final[frozenset[str]] = w.MAKE_READERS | w.MAKE_GAP | w.MAKE_VERBS_IT
_MADE_CATEGORIES: Final = (Cat.INSULT, Cat.BODY_SHAMING)


class Precision18Rules(Italian22Rules):
    """A name-call of someone the reader met; "round up" of a team or the kids; what a
    thing does to anyone; "shut up" in the passive."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note:
            return target, note
        entry = hit.entry
        first = hit.first
        if entry.term in w.SHUT_UP:
            if _p18_passive(ctx, first):
                return Kind.NONE, PASSIVE_NOTE  # "women won't be shut up anymore"
            return target, note
        if entry.term in w.ROUND_UP:
            if target in _GATHER_AIMED and _p18_gathered(ctx, hit):
                return Kind.OBJECT, GATHER_NOTE  # "round up the squad for ranked"
            return target, note
        if (
            target is Kind.SECOND_PERSON
            and entry.category in _MADE_CATEGORIES
            and first >= 3
            and ctx.tokens[first - 1] in _MADE_BEFORE
            and self._cue_accusation.isdisjoint(entry.tokens)  # "a maga hat makes you racist"
            and self._p18_made(ctx, hit)
        ):
            return Kind.NONE, MADE_NOTE  # "weed makes you stupid"
        if (
            target not in _MET_AIMED
            or entry.category is not Cat.INSULT
            or first < 3
            or ctx.tokens[first - 1] not in _MET_BEFORE
        ):
            return target, note
        if self._p18_met(ctx, hit):
            return Kind.THIRD_PERSON, MET_NOTE  # "sounds like you ran into a real jerk"
        return target, note

    def _p18_met(self, ctx: Context, hit: Hit) -> bool:
        """ "you ran into a real jerk": intensifiers, an article, a particle, a verb of
        meeting and the reader with its helpers before the name-call, in one clause; no
        identity group named right after it."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - 1 - w.MET_REACH)
        while at > floor and (tokens[at] in w.MET_INTENSIFIERS or tokens[at] in w.MET_DETERMINERS):
            if ctx.pause_after(at):
                return False
            at -= 1
        if tokens[at] in w.MET_PARTICLES and not ctx.pause_after(at):
            at -= 1
        if at < 1 or tokens[at] not in w.MET_VERBS or ctx.pause_after(at):
            return False
        verb = at
        at -= 1
        while at >= 0 and verb - at <= w.MET_REACH and not ctx.pause_after(at):
            word = tokens[at]
            if word in w.MET_READERS:
                nxt = tokens[hit.last] if hit.last < len(tokens) else ""
                # not "a bunch of dumb muslims", nor "a real jerk: yourself"
                return nxt not in self._cue_identity and nxt not in w.MET_TURNED
            if word not in w.MET_HELPERS:
                return False
            at -= 1
        return False

    def _p18_made(self, ctx: Context, hit: Hit) -> bool:
        """ "weed makes you stupid", "l'alcol ti rende stupido": at most one intensifier,
        the generic reader and a verb of making right before the word, in one clause,
        after a subject of its own that is no one's deed, pronoun, question or identity;
        for a name-call, a substance, a screen or a habit."""
        tokens = ctx.tokens
        at = hit.first - 1
        if tokens[at] in w.MAKE_GAP and not ctx.pause_after(at - 1):
            at -= 1
        if at < 2 or ctx.pause_after(at) or ctx.pause_after(at - 1):
            return False
        if tokens[at] in w.MAKE_READERS and tokens[at - 1] in w.MAKE_VERBS:
            verb = at - 1
        elif tokens[at] in w.MAKE_VERBS_IT and tokens[at - 1] in w.MAKE_READERS_IT:
            verb = at - 1  # "ti rende": the subject stands before "ti"
        else:
            return False
        start = ctx.sentence_start(verb, w.MAKE_REACH)
        if start >= verb or tokens[verb - 1] in w.MAKE_PRONOUNS:
            return False  # "makes you stupid", "that makes you stupid": no thing named
        thing = hit.entry.category is Cat.BODY_SHAMING  # "sugar makes you fat"
        for i in range(start, verb):
            word = tokens[i]
            if (
                word in w.MAKE_KEPT
                or word.endswith("ing")
                or word in self._cue_identity
                or ctx.pause_after(i)
            ):
                return False  # "your attitude makes you ugly", "believing that makes you ..."
            thing = thing or word in w.MAKE_THINGS
        return thing  # "religion makes you stupid" stays aimed


def _p18_gathered(ctx: Context, hit: Hit) -> bool:
    """ "round up the squad", "round up all the kids": determiners, then a noun of people
    gathered (a team, the kids, friends), in one clause."""
    tokens = ctx.tokens
    end = min(len(tokens), hit.last + 4)
    for i in range(hit.last, end):
        word = tokens[i]
        if word in w.GATHERED:
            return True
        if word not in w.GATHER_GAP or ctx.pause_after(i):
            return False
    return False


def _p18_passive(ctx: Context, first: int) -> bool:
    """ "won't be shut up", "refuse to be shut up", "been shut up": "been"/"being" right
    before, or "be" with a denial at most two words before it, in one clause."""
    tokens = ctx.tokens
    if first < 1 or ctx.pause_after(first - 1):
        return False
    word = tokens[first - 1]
    if word in w.PASSIVE_TOLD:
        return True
    if word not in w.PASSIVE_WISHED:
        return False
    for i in range(first - 2, max(-1, first - 4), -1):
        if ctx.pause_after(i):
            return False
        if tokens[i] in w.PASSIVE_DENIED:
            return True
    return False
