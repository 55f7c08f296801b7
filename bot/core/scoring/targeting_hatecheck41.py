"""Targeting rules of the hatecheck41 round (issue 8, twenty-eighth session): hate about an
identity group whose subject carries a relative clause with the writer as its subject.

"every muslim i meet is scum", "the women i know are all stupid", "the black people i
work with are lazy", "all the women i've dated were whores", "the immigrants that i know
are filth": the writer's "i" (or "we") opens a clause between the group and its copula,
and older rounds, seeing "i" just before the insult, read it as self-directed (or, with
"every ... i see", as said of a thing). The functional suites write hate in this shape
("I have met many [group] and ..."), and so do people. The group (an identity word, or
an identity adjective with a people noun: "gay people", "trans women"), maybe "that",
"who" or "whom", the writer, at most hatecheck41_words.CLAUSE_REACH words of the clause,
a copula (is, are, was, were), at most FILLER_REACH words ("all", "a", "crazy"), then
the insult: aimed at the group.

Stay clean: "every muslim i meet is kind" (no insult), "the women i know think i am
stupid" (the writer's own copula), "the muslims i know are not terrorists", "the
immigrants i meet are no thieves" (denied), "no muslim i know is a terrorist", "not every
woman i meet is stupid" (a denial before the group), "the women i know hate being called
stupid", "the muslims i know are sick of being called terrorists" (reported), "the
whites i know are racist" (calling out prejudice, as the older rounds read it), "the
people i know are idiots" (no identity group: the older rounds' reading stands).

Cost: one frozenset test of the hit's category and of the target kind; then at most
FILLER_REACH + CLAUSE_REACH + 3 tokens back, each a frozenset test. No regex; nothing
for hits the earlier rules aimed, nor without a copula right before the insult.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck41_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.targeting_olid8 import NOT_ANIMAL_NOTE
from bot.core.scoring.targeting_precision27 import Precision27Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck41Rules"]

# The readings this round may overturn: the writer's own insult, or one said of a thing
# or of no one ("every immigrant i see is a thief" read as a thing).
_UNAIMED: Final = frozenset({Kind.SELF, Kind.OBJECT, Kind.NONE})
# Name-calls and attributes, said of the clause's head; a threat or an exclusion has
# another shape ("the women i know are going to ...").
_CATEGORIES: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.SEXUAL_HARASSMENT})
# The notes of readings that took the group for a thing ("every immigrant i see is a
# thief" as not said of a person, "every jew i know is a snake" as no person called an
# animal); any other note (negated, reported, joking) stands.
_THING_NOTES: Final = frozenset({"", NOT_SAID_OF_NOTE, NOT_ANIMAL_NOTE})


class HateCheck41Rules(Precision27Rules):
    """ "every muslim i meet is scum": a group, the writer's relative clause, a copula and
    an insult, aimed at the group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the group in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if note not in _THING_NOTES or target not in _UNAIMED:
            return target, note
        entry = hit.entry
        if entry.category not in _CATEGORIES or entry.tokens[-1] in w.OBJECT_TAKERS:
            return target, note  # "... are sick of racists": aimed at what follows
        if not self._cue_accusation.isdisjoint(entry.tokens):
            return target, note  # "the whites i know are racist": calling out prejudice
        if self._hc41_clause_head(ctx, hit.first) < 0:
            return target, note
        return Kind.GROUP, IDENTITY_NOTE  # "every muslim i meet is scum"

    def _hc41_clause_head(self, ctx: Context, first: int) -> int:
        """Where the identity group starts whose relative clause, with the writer as its
        subject, ends at the copula before token `first`; else -1."""
        tokens = ctx.tokens
        at = first - 1  # the copula, past a few filler words
        floor = max(0, first - 1 - w.FILLER_REACH)
        while at >= floor and tokens[at] not in w.COPULAS:
            if tokens[at] in w.FILLER_BLOCKS or ctx.pause_after(at):
                return -1
            at -= 1
        if at < floor or ctx.pause_after(at):
            return -1
        copula = at
        at -= 1  # the clause, back to the writer
        floor = max(0, copula - 1 - w.CLAUSE_REACH)
        while at >= floor and tokens[at] not in w.WRITERS:
            if tokens[at] in w.CLAUSE_BLOCKS or ctx.pause_after(at):
                return -1
            at -= 1
        if at < floor or at >= copula - 1 or at < 1 or ctx.pause_after(at - 1):
            return -1  # no writer in reach, or no verb after the writer ("i was")
        at -= 1
        if tokens[at] in w.RELATIVES:
            if at < 1 or ctx.pause_after(at - 1):
                return -1
            at -= 1
        start = self._group_ending_at(tokens, at, at + 1)  # "muslims", "gay people"
        if start < 0 or ctx.quoted(start, first):
            return -1
        for i in range(max(0, start - w.DENIAL_REACH), start):
            if tokens[i] in w.DENIALS and not ctx.stop_after(i):
                return -1  # "no muslim i know is a terrorist", "not every woman ..."
        return start
