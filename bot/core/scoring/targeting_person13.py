"""Targeting rules of the person13 round (issue 8): the writer's promise of harm to a
third person.

- "i'm going to beat her up", "i'll break his legs", "i'll find where he lives", "ill
  make her pay", "i will kill that bitch": threat.txt's person13 lines name the harm and
  the third person; the rule counts them only with the writer's intent right before the verb ("i
  will", "i'll", "ill", "im gonna", "i'm going to", "i want to", maybe with "just" or
  "fucking" between) and, after "him" / "her", nothing that makes "her" a possessive or
  the verb a camera's or a game's ("i'll beat her score", "shoot her a text", "hurt her
  feelings"). "i will never hurt her", "i'm not going to kill him", "he said i will kill
  him" (reported) and any line with a game word (the older rules' gaming talk: "i will
  kill him in the next round") stay clean. A game's verbs ("kill", "shoot", "end",
  "hunt") with a bare "him" / "her" are callouts ("i'll kill him": gamechat6's clean
  lines) unless a real-life word follows ("i will kill him with my bare hands", "... irl").
- The older promise lines with the object left to the rules ("i will stab", "gonna
  murder") read "him" / "her" right after them the same way.

The other two person13 changes live at the depth of the rules they fix: a name-call
after judging words ("the mayor is a stupid bitch") in Chat6Rules._copula_before, and the
speech verb's reach ending at the writer's own clause ("you called me a rat so i will
kill you") in PersonRules._own_clause.

Cost: one frozenset test of the hit's term in `in_game`; only the person13 and older
promise terms (rare) reach a walk of at most four tokens before the hit and two after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from bot.core.scoring import person13_words as w
from bot.core.scoring.forum3_words import VULGAR
from bot.core.scoring.person13_words import KIN
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck15 import HateCheck15Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Person13Rules"]

UNPROMISED_NOTE: Final = "no harm the writer promises"  # cancels the hit
_TERMS: Final = w.PROMISES | w.OLDER_PROMISES
# Read by the older rules as nobody, a thing, or the writer ("i" opens the promise).
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})
_PRONOUNS: Final = frozenset({"him", "her"})


class Person13Rules(HateCheck15Rules):
    """The writer's promised harm to "him" / "her" is a threat at a third person."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a promise of harm to a third person aimed."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _TERMS or note or target is Kind.REPORTED:
            return target, note
        if term in w.PROMISES:  # this round's lines: a threat only as the writer's promise
            if self._p13_promised(ctx, hit, term, self._p13_intent):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # a threat said of him / her
            return Kind.OBJECT, UNPROMISED_NOTE  # "kill him first", "i'll beat her score"
        if target in _UNAIMED and self._p13_promised(ctx, hit, term, self._p13_older_intent):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "im gonna stab him"
        return target, note

    def _p13_promised(
        self, ctx: Context, hit: Hit, term: str, intent: Callable[[Context, Hit], bool]
    ) -> bool:
        """Not quoted, "him" / "her" harmed, and the writer's intent before it."""
        return (
            not ctx.quoted(hit.first, hit.last)
            and self._p13_object(ctx, hit, term)
            and intent(ctx, hit)
        )

    def _p13_object(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The harmed third person: "him" / "her" closing the threat or going on with it
        ("beat her up", "punch him in the face"), or a body part after "his" / "her"."""
        tokens = ctx.tokens
        at = hit.last
        if term in w.OLDER_PROMISES:
            if at + 1 < len(tokens) and tokens[at] in w.POINTERS:
                return self._p13_person(tokens[at + 1], tokens[at])  # "i will stab that idiot"
            if at >= len(tokens) or tokens[at] not in _PRONOUNS:
                return False
            at += 1
        elif term in w.POSSESSED:
            return at < len(tokens) and tokens[at] in w.BODY
        elif term in w.POINTED:
            return at < len(tokens) and self._p13_person(tokens[at], hit.entry.tokens[-1])
        # "make him pay", "beat his ass" close the threat or go on with it, never "kick his
        # ass at chess"
        verb = hit.entry.tokens[0] if term in w.PROMISES else hit.entry.tokens[-1]
        if verb in w.GAME_VERBS:  # "i'll kill him" is a callout; "... irl" is not
            return at < len(tokens) and tokens[at] in w.REAL_AFTER and self._p13_for(tokens, at)
        if ctx.closes_clause(at):
            return True
        return tokens[at] in w.FOLLOW and self._p13_for(tokens, at)

    @staticmethod
    def _p13_for(tokens: list[str], at: int) -> bool:
        """ "make him pay for this", never "... pay for dinner"; "punch him in the
        face", never "murder him in mario kart" (review13)."""
        word = tokens[at]
        if word == "in":
            return at + 1 >= len(tokens) or tokens[at + 1] in w.IN_WHERE
        if word != "for":
            return True
        return at + 1 < len(tokens) and tokens[at + 1] in w.FOR_WHAT

    def _p13_person(self, word: str, pointer: str) -> bool:
        """The person after "that" / "my": "that guy", "that bitch", "my boss"."""
        if word in KIN:
            return True
        if pointer == "my":
            return False
        return word in self._cue_person_noun or word in VULGAR  # not "that noob": a game's

    def _p13_intent(self, ctx: Context, hit: Hit) -> bool:
        """The writer's intent right before the verb, not negated: "i will", "i'll",
        "ill", "im gonna", "i'm going to", "i want to" ("i'll just kill him")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 8)
        i = hit.first - 1
        while i > start and tokens[i] in w.FILLERS:
            i -= 1
        if i < start:
            return False
        word = tokens[i]
        if word in w.WILL_ALONE:
            lead = i
        elif word in w.WILL:
            lead = i - 1
            if lead < start:
                return word in ("gonna", "wanna")  # "gonna kill him": the writer's own
            if tokens[lead] == "not" or tokens[lead] == "t":
                return False
            return tokens[lead] in w.SUBJECTS and self._p13_unnegated(tokens, start, lead)
        elif word == "to" and i - 1 >= start and tokens[i - 1] in w.TO_AFTER:
            lead = i - 2
            window = tokens[max(start, lead - 2) : lead + 1]
            if w.SUBJECTS.isdisjoint(window):
                return False
        else:
            return False
        return self._p13_unnegated(tokens, start, lead)

    def _p13_older_intent(self, ctx: Context, hit: Hit) -> bool:
        """An older promise line said by the writer: "i will stab", or "will hurt" /
        "gonna murder" with "i" / "im" just before it ("im gonna murder him")."""
        if hit.entry.tokens[0] in w.SUBJECTS:
            return True
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 8)
        lead = hit.first - 1
        window = tokens[max(start, lead - 1) : lead + 1]
        return not w.SUBJECTS.isdisjoint(window) and self._p13_unnegated(tokens, start, lead)

    def _p13_unnegated(self, tokens: list[str], start: int, lead: int) -> bool:
        """No negator between the clause's start and the intent ("i'm not going to")."""
        window = tokens[max(start, lead - 3) : lead + 1]
        return w.NEGATORS.isdisjoint(window) and self._cue_negation.isdisjoint(window)
