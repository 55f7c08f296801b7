"""Targeting rules of the forum18 round (issue 8, eighteenth session): Reddit-like
comments that abuse an affiliation (a political or ideological camp, a community, a
fandom, a generation, the round's professions) or the person replied to in Reddit's
register, which the older rules read as said of no one or too faintly to count.

- A verdict said of an affiliation as its subject, closing its clause: "vegans are
  insufferable", "sjws are garbage", "the incels are so pathetic": an affiliation
  plural (forum18_words.AFFILIATIONS) opening its clause, "are", fillers, the judging
  word, then a pause or the end. Clean: "not all cops are bad" (denied), "vegans are
  clueless about protein" (narrowed to a topic), "vegans are annoying when they preach"
  (the verdict goes on), "vegan diets are garbage" (no people).
- The same verdict said of every one of an affiliation, whom the writer has met or where
  they are between: "every vegan i've ever met is insufferable", "every mod on this
  site is a loser" (the older rules gave "i" the verdict). Clean: "every mod i know is
  great", "every time i post i feel like an idiot" (no affiliation).
- A verdict said of a community named as a place: "this sub is a cesspool", "this
  fandom is cancer", "the community is trash". Clean: "this game's balance is garbage",
  "this site is garbage" (a thing), "a community is a joke without rules" (none named).
- A swear word at an affiliation, closing its clause: a curse verb opening it ("fuck the
  mods", "screw all landlords") or "suck" said of the group ("vegans suck", "the cops
  fucking suck"); scorer.py wakes these groups from its swearing-only path. Clean:
  "fuck the mods' new rule", "vegans suck at cooking", "holy fuck the mods are fast".
- A name-call said back after a retort: "nice try bootlicker", "sure thing neckbeard",
  read by the older rules as said of a third person. Clean: "nice try by the clown"
  (no name-call closing the line), "sure, the shill said so" (the words go on), "ok
  trash" (a thing as often).
- A naming of anyone, the reader only inside its relative clause: "stop calling everyone
  you disagree with a shill" talks about a word, as "stop calling people shills" does.

Only hits the older rules left without a note and not aimed at the reader are read, and
only insults at the outright floor (the retort at any weight the older rules gave it):
reported speech, quotes, negation, self-talk and counter-speech keep their readings. A
verdict of a group weighs as said outright (USERS_NOTE, weighing.py).

Cost: three tests of the hit's category, weight and target; then at most five tokens
back to the verb, five more to its subject (six to "every") and one to the subject's
lead, two back to a retort, eight back to a naming verb, two ahead of a curse. One
set test in scorer.py for a message of swearing alone. No work for messages without a
hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum17_words as w17
from bot.core.scoring import forum18_words as w
from bot.core.scoring import olid4_words
from bot.core.scoring.targeting_compound import COMPOUND_NOTE
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_discord18 import Discord18Rules
from bot.core.scoring.targeting_forum17 import USERS_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["PLACE_NOTE", "Forum18Rules"]

PLACE_NOTE: Final = "a place, not its people"

_UNREAD: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.GROUP, Kind.THIRD_PERSON})
# Notes that weigh a name-call as said of someone rather than cancel it.
_SAID_NOTES: Final = frozenset(
    {OUTRIGHT_NOTE, SAID_OF_NOTE, NAMED_NOTE, POLITICAL_NOTE, IDENTITY_NOTE, COMPOUND_NOTE}
)
_SUBJECT_REACH: Final = 9  # tokens back from the verb to the opening of its sentence


class Forum18Rules(Discord18Rules):
    """A verdict said of an affiliation or a community, and a name-call said back
    after a retort."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.PLACE_NAMES and (not note or note in _SAID_NOTES):
            if self._forum18_judged(ctx, hit) is Kind.GROUP:
                return Kind.GROUP, USERS_NOTE  # "this sub is a cesspool"
            return target, PLACE_NOTE  # "the pond is a cesspool", "this city is a ..."
        if note:
            return target, note
        if target is Kind.SECOND_PERSON:
            if entry.category is Cat.INSULT and self._forum18_naming(ctx, hit):
                return Kind.REPORTED, note  # "stop calling everyone you disagree with a shill"
            return target, note
        if target is Kind.SELF:
            if self._forum18_every(ctx, hit):
                return Kind.GROUP, USERS_NOTE  # "every vegan i know is insufferable"
            return target, note
        if target not in _UNREAD:
            return target, note
        if entry.category is Cat.PROFANITY:
            if target in _UNREAD and self._forum18_cursed(ctx, hit):
                return Kind.GROUP, NAMED_NOTE  # "fuck the mods", "vegans suck"
            return target, note
        if entry.category is not Cat.INSULT or ctx.quoted(hit.first, hit.last):
            return target, note
        if target is Kind.THIRD_PERSON and self._forum18_retorted(ctx, hit):
            return Kind.SECOND_PERSON, note  # "nice try bootlicker"
        if entry.weight < OUTRIGHT_FLOOR or entry.term in olid4_words.UNJUDGING:
            return target, note
        if self._forum18_judged(ctx, hit) is Kind.GROUP:
            return Kind.GROUP, USERS_NOTE  # "vegans are insufferable", "this sub is trash"
        return target, note

    def _forum18_judged(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """Kind.GROUP when the verdict closes a clause whose subject is an affiliation
        ("vegans are insufferable") or a community named as a place ("this sub is a
        cesspool"), not denied; else None."""
        if not self._forum18_closes(ctx, hit.last) or ctx.asked_right_after(hit.last):
            return None  # said whole, not "annoying when ...", not asked ("... idiots?")
        verb = self._forum18_verb(ctx, hit)
        if verb < 1:
            return None
        tokens = ctx.tokens
        start = ctx.sentence_start(verb, _SUBJECT_REACH)
        if verb - 1 < start:
            return None
        if not w17.NEGATORS.isdisjoint(tokens[start : hit.first]):
            return None  # "not all cops are bad", "vegans are not idiots"
        if tokens[verb] in w17.IS and self._forum18_one_before(ctx, verb, start):
            return Kind.GROUP  # "every mod on this site is a loser"
        if tokens[verb] in w17.ARE and self._forum18_group_before(ctx, verb, start):
            return Kind.GROUP  # "vegans are insufferable", "all the cops here are scum"
        subject = tokens[verb - 1]
        lead = tokens[verb - 2] if verb - 2 >= start else ""
        if tokens[verb] in w17.IS and (
            (subject in w.COMMUNITIES and lead in w.COMMUNITY_LEADS) or lead == "r"
        ):  # "this sub is a cesspool", "r/whatever is a cesspool"
            return Kind.GROUP
        return None

    @staticmethod
    def _forum18_retorted(ctx: Context, hit: Hit) -> bool:
        """A name-call closing the line right after a retort that opens it:
        "nice try bootlicker", "sure thing neckbeard"."""
        first = hit.first
        if first == 0 or first > w.RETORT_REACH or hit.entry.term in w.THINGS:
            return False
        if hit.last != len(ctx.tokens) or ctx.pause_after(first - 1):
            return False
        return tuple(ctx.tokens[:first]) in w.RETORTS

    @staticmethod
    def _forum18_verb(ctx: Context, hit: Hit) -> int:
        """The "is"/"are" a few fillers or describing words before the verdict, or -1."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(-1, hit.first - 1 - w.VERB_REACH), -1):
            if ctx.pause_after(i):
                return -1
            word = tokens[i]
            if word in w17.ARE or word in w17.IS:
                return i
            if word not in w17.FILLERS and word not in w.DESCRIBING:
                return -1
        return -1

    @staticmethod
    def _forum18_naming(ctx: Context, hit: Hit) -> bool:
        """ "calling everyone you disagree with a shill": a naming verb, anyone as its
        object, the name-call at the end of the naming, no pause between."""
        tokens = ctx.tokens
        first = hit.first
        for i in range(first - 2, max(-1, first - 1 - w.NAMING_REACH), -1):
            if ctx.pause_after(i):
                return False
            if tokens[i] in w.NAMING:
                return tokens[i + 1] in w.ANYONE
        return False

    @staticmethod
    def _forum18_closes(ctx: Context, end: int) -> bool:
        """The verdict ending before `end` closes its clause, or names people and their
        scope next ("the worst people on the planet", "the dumbest humans alive")."""
        if ctx.closes_clause(end):
            return True
        tokens = ctx.tokens
        if tokens[end] not in w.PEOPLE or ctx.pause_after(end - 1):
            return False
        return ctx.closes_clause(end + 1) or tokens[end + 1] in w.SCOPES

    @staticmethod
    def _forum18_cursed(ctx: Context, hit: Hit) -> bool:
        """A swear word at an affiliation, closing its clause: a curse verb opening it
        ("fuck the mods", "screw all landlords") or "suck" said of the group ("vegans
        suck"). Not "fuck the mods' new rule" or "vegans suck at cooking"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if ctx.quoted(first, last):
            return False
        word = tokens[first]
        if word in w.SUCK:
            if first == 0 or not ctx.closes_clause(last) or ctx.pause_after(first - 1):
                return False
            if ctx.asked_right_after(last):
                return False  # "vegans suck? no they don't"
            group = first - 1
            if group >= 1 and tokens[group] in w.SUCK_FILLERS:
                group -= 1  # "the cops fucking suck"
            lead = tokens[group - 1] if group >= 1 else ""
            return tokens[group] in w.AFFILIATIONS and (
                group == 0 or lead in w.GROUP_LEADS or ctx.starts_sentence(group)
            )
        if word not in w.CURSES or not ctx.starts_sentence(first):
            return False
        at = last + 1 if last < len(tokens) and tokens[last] in w.CURSED_LEADS else last
        if at >= len(tokens) or ctx.pause_after(last - 1) or not ctx.closes_clause(at + 1):
            return False
        return tokens[at] in w.AFFILIATIONS

    @staticmethod
    def _forum18_group_before(ctx: Context, verb: int, start: int) -> bool:
        """An affiliation opening the clause before the verb, where it is between:
        "vegans are", "the incels here are", "mods on this sub are"."""
        tokens = ctx.tokens
        for i in range(verb - 1, max(start, verb - 1 - w17.WHERE_REACH) - 1, -1):
            if tokens[i] in w.AFFILIATIONS:
                return i == start or tokens[i - 1] in w.GROUP_LEADS
            if ctx.pause_after(i) or tokens[i] not in w17.WHERE:
                return False
        return False

    def _forum18_every(self, ctx: Context, hit: Hit) -> bool:
        """A verdict the older rules gave the writer, said of every one of an affiliation
        the writer has met: "every vegan i know is insufferable"."""
        entry = hit.entry
        if entry.category is not Cat.INSULT or entry.weight < OUTRIGHT_FLOOR:
            return False
        return self._forum18_judged(ctx, hit) is Kind.GROUP

    @staticmethod
    def _forum18_one_before(ctx: Context, verb: int, start: int) -> bool:
        """ "every vegan (i know) is": one of an affiliation after "every", whom the
        writer met or where they are between it and the verb."""
        tokens = ctx.tokens
        for i in range(verb - 1, max(start, verb - 1 - w.MET_REACH) - 1, -1):
            if tokens[i] in w.ONE_OF:
                return i > start and tokens[i - 1] in w.EVERY
            if ctx.pause_after(i) or tokens[i] not in w.MET:
                return False
        return False
