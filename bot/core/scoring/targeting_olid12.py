"""Targeting rules of the olid12 round (issue 8, fifteenth session): a person or group
judged by a verb phrase, the shape of OLID's even-row misses the brief names first, and
three readings of older lexicon lines that named the reader where no one is meant.

- The habitual lie: "she lies all the time", "he lies constantly", "they lie about
  everything", "he always lies", "Pelosi keeps lying", "liberals lie every time". olid5
  reads a lie said of "he"/"she" as a claim of one falsehood, not abuse ("he lied about
  the date"); said as a habit (a frequency right after the verb, or "always"/"keeps"
  before it) it judges the person. The liar is "he"/"she"/"they", a name or a political
  group opening its clause; a report, a condition or a question keeps olid5's reading
  ("she said he lies all the time", "if he lies every time", "does he lie a lot?",
  "she lies in bed all day").
- "ruin everything" of "they", "he"/"she" after a bridge word ("they ruin everything",
  "they always ruin everything") or of a name opening its clause ("Trump ruins
  everything"): said of the person outright; "the rain ruins everything" stays a thing.
- "go away" / "shut up" wanted of a person spoken of ("they just need to go away", "he
  should go away", "she needs to shut up") or passed on to one ("tell him to shut up",
  "somebody tell Schiff to go away"): said of the person outright (the older rules kept
  it below the floor, or took "tell ... to" for a report); "I told my kids to shut up",
  "tell my alarm to shut up" stay clean.
- (A lexicon line, no rule) "is crap" of a person, as gamechat13's "is shit": "he is
  crap", "this guy is crap"; "the ending is crap" names no one.
- Readings that named the reader where no one is meant: "the pain won't go away", "it
  will go away" (a future or a denial, no order); "no one asked for a sequel" (a thing
  asked for; "no one asked for your opinion" stays); "you know nothing can stop us"
  ("nothing" the subject of a verb; "you know nothing about it" stays).

Cost: every hit pays up to four frozenset tests of its term. Only the round's terms go
on: a lie verb with olid5's note looks at three tokens after it and walks olid5's bridge
back (at most three tokens) to its subject; the others look at one to three tokens
around the hit. No regex, no walk past the clause, no new cue list.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as w5
from bot.core.scoring import olid12_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat18 import GameChat18Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.targeting_olid5 import NO_LIAR_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid12Rules"]

NOT_ORDER_NOTE: Final = "a thing that will or won't pass, not an order"
THING_ASKED_NOTE: Final = "a thing no one asked for, not the reader"
NO_CLUELESS_NOTE: Final = "no one said to have no clue"
HEDGED_NOTE: Final = "asked or supposed, not said of anyone"
PLAY_NOTE: Final = "everything destroyed in play or in a place, not a wrecker"
NOTHING_SUBJECT_NOTE: Final = "nothing the subject of a verb, not the reader's ignorance"

# Plural political groups ("liberals", "democrats"), as olid6 and olid11 read them.
_GROUPS: Final = o4.POLITICAL_GROUPS - o4.SINGULAR_GROUPS
_OWN_TERMS: Final = (
    w.LIE_TERMS | w.RUIN_TERMS | w.CLUE_TERMS | w.ASKED_TERMS | w.KNOW_NOTHING_TERMS | w.WANTED_GONE
)


class Olid12Rules(GameChat18Rules):
    """The habitual lie, "ruin everything" and "need to go away" of a person; "go away",
    "no one asked", "you know nothing" where no one is meant."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, read again for the round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        if term in w.LIE_TERMS:
            if note != NO_LIAR_NOTE:
                return target, note
            if term == w.LYING:
                called = _lying_called(ctx, hit)
                if called is not None:
                    return called
            habit = self._olid12_habit(ctx, hit)
            return habit if habit is not None else (target, note)
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if term in w.CLUE_TERMS:
            return self._olid12_clue(ctx, hit)
        if term in w.RUIN_TERMS:
            if term in w.DESTROY_TERMS and not _wrecks(ctx, last):
                return Kind.OBJECT, PLAY_NOTE  # "you destroy everything in ranked gg"
            start = ctx.sentence_start(first, SENTENCE_REACH)
            if not w.RUIN_HEDGES.isdisjoint(tokens[start:first]):
                return Kind.OBJECT, HEDGED_NOTE  # "if he ruins everything, we start over"
            if target is Kind.SECOND_PERSON or (target is Kind.THIRD_PERSON and note):
                return target, note
            if self._olid12_person_before(ctx, hit, w.RUIN_BRIDGE, w.RUINERS):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "they ruin everything"
            return target, note
        if term in w.WANTED_GONE:
            if (
                term == w.GO_AWAY
                and target is Kind.IMPERATIVE
                and self._olid12_passing(tokens, first)
            ):
                return Kind.OBJECT, NOT_ORDER_NOTE  # "the pain won't go away"
            if target in w.TOLD_READINGS and self._olid12_told_off(ctx, first):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "tell him to shut up"
            if target in w.SPOKEN_OF and not note and self._olid12_wanted_gone(ctx, first):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "they need to go away"
            return target, note
            if self._olid12_wanted_gone(ctx, first) or self._olid12_told_off(ctx, first):
                return (
                    Kind.THIRD_PERSON,
                    OUTRIGHT_NOTE,
                )  # "they need to go away", "tell him to shut up"
            return target, note
        following = tokens[last] if last < len(tokens) and not ctx.pause_after(last - 1) else ""
        if term in w.ASKED_TERMS:
            if (
                following == w.ASKED_FOR
                and last + 1 < len(tokens)
                and tokens[last + 1] in w.ASKED_THINGS
            ):
                return Kind.OBJECT, THING_ASKED_NOTE  # "no one asked for a sequel"
            return target, note
        if following in w.NOTHING_VERBS:  # a KNOW_NOTHING term
            return Kind.OBJECT, NOTHING_SUBJECT_NOTE  # "you know nothing can stop us"
        return target, note

    def _olid12_habit(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "she lies all the time", "he always lies": a lie told as a habit by a person
        or a political group opening its clause, or None."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        after = tokens[last : last + 2] if not ctx.pause_after(last - 1) else []
        start = ctx.sentence_start(first, SENTENCE_REACH)
        verb = first
        if first - 2 > start and (tokens[first - 2], tokens[first - 1]) == w.NO_PROBLEM:
            verb = first - 2  # "these liberals have no problem lying"
        liar = self._olid5_subject(ctx, verb, start, w5.LIE_BRIDGE, w5.LIE_REACH)
        if liar < 0:
            return None
        habitual = (
            verb < first
            or (after[:1] and after[0] in w.HABIT_AFTER)
            or (len(after) == 2 and (after[0], after[1]) in w.HABIT_AFTER_PAIRS)
        )
        if not habitual and w.HABIT_BEFORE.isdisjoint(tokens[liar + 1 : first]):
            return None
        if len(after) == 2 and after[1] in w5.POSTURES:
            return None  # "Rex is lying again on my bed"
        if _resting(ctx, last) or _reported_after(ctx, last):
            return None  # "he always lies in bed till noon", "..., says the tax office"
        said = tokens[liar]
        opener = liar
        if said in _GROUPS and liar > start and tokens[liar - 1] in w.GROUP_DETERMINERS:
            opener = liar - 1  # "these liberals", "the democrats"
        if said in w.LIARS:
            kind = Kind.THIRD_PERSON, OUTRIGHT_NOTE
        elif said in _GROUPS:
            kind = Kind.GROUP, POLITICAL_NOTE
        elif self._olid12_named(said, hit.entry.term, tokens[liar + 1 : first]):
            kind = Kind.THIRD_PERSON, OUTRIGHT_NOTE
        else:
            return None
        if not _opens_clause(ctx, opener, start) or ctx.ends_asking(first):
            return None  # "if he lies all the time", "she lies a lot?"
        if ctx.quoted(first, last):
            return None
        return kind

    def _olid12_clue(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "has no clue": the reader, "he"/"she"/"they", a name or a political group
        opening its clause, the phrase closing it (or before "what he is doing"); else
        no one ("I have no clue", "she has no clue it's a surprise")."""
        tokens = ctx.tokens
        first = hit.first
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if ctx.ends_asking(first) or not w.CLUE_HEDGES.isdisjoint(tokens[start:first]):
            return Kind.OBJECT, HEDGED_NOTE  # "if he has no clue, ask", "does he have no clue?"
        if _reported_after(ctx, hit.last):
            return Kind.OBJECT, HEDGED_NOTE  # "Trump has no clue, says my uncle"
        at = ctx.back_over(first, w.CLUE_BRIDGE, 2) - 1
        if at < start or ctx.pause_after(at) or not _clueless(ctx, hit.last):
            return Kind.OBJECT, NO_CLUELESS_NOTE
        said = tokens[at]
        if not _opens_clause(ctx, at, start):
            return Kind.OBJECT, NO_CLUELESS_NOTE  # "she said he has no clue"
        if said in w5.READERS:
            return Kind.SECOND_PERSON, ""  # "you obviously have no clue"
        if said in w.RUINERS or (
            hit.entry.term in w.SINGULAR_TERMS
            and self._olid6_name(said)
            and said not in self._cue_thing
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he has no clue", "Trump has no clue"
        if said in _GROUPS:
            return Kind.GROUP, POLITICAL_NOTE  # "liberals have no clue"
        return Kind.OBJECT, NO_CLUELESS_NOTE  # "I have no clue", "the police have no clue"

    def _olid12_told_off(self, ctx: Context, first: int) -> bool:
        """ "tell him to shut up", "someone tell Flake to go away": the order passed on
        to a person named by a pronoun or a name; never "I told my kids to shut up"."""
        tokens = ctx.tokens
        tell = first - 3
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if tell < start or tokens[first - 1] != "to" or tokens[tell] != w.TELL:
            return False
        told = tokens[first - 2]
        if told not in w.TOLD and not (self._olid6_name(told) and told not in self._cue_thing):
            return False
        return tell == start or ctx.pause_after(tell - 1) or tokens[tell - 1] in w.TELL_LEADS

    def _olid12_passing(self, tokens: list[str], first: int) -> bool:
        """A future or a denial before "go away" with a thing as its subject: "the pain
        won't go away", "it will go away"; never a person ("this moronic hag just won't go
        away", "this troll won't go away")."""
        at = first - 1
        if at < 1:
            return False
        before = tokens[at]
        if before == "t":
            at -= 1
            before = tokens[at] + "t"  # "won t", "doesn t"
        if before not in w.GO_AWAY_NOT_ORDER:
            return False
        at -= 1
        if at >= 0 and tokens[at] in w.GO_AWAY_BRIDGE:
            at -= 1  # "just won't go away"
        if at < 0:
            return False
        said = tokens[at]
        if said in w.PASSING_PRONOUNS:
            return True  # "it won't go away"
        if at < 1 or tokens[at - 1] not in w.THING_DETERMINERS:
            return False  # "this moronic hag just won't go away", "he won't go away"
        return not (self._olid5_people(said) or said in self._cue_name_noun)  # "the pain"

    def _olid12_named(self, said: str, term: str, between: list[str]) -> bool:
        """A name as the subject: a word no list knows, with a verb that agrees with one
        person ("Schiff lies", "Trump ruins everything", "Comey is lying"), not a plural
        ("cats lie all day", "cats ruin everything")."""
        if not self._olid6_name(said) or said in self._cue_thing:
            return False
        if term in w.SINGULAR_TERMS:
            return True
        return bool(between) and between[0] in w.SINGULAR_BRIDGE

    def _olid12_person_before(
        self, ctx: Context, hit: Hit, bridge: frozenset[str], people: frozenset[str]
    ) -> bool:
        """A person pronoun (over one bridge word) or a name opening its clause just
        before the hit: "they always ruin everything", "Trump ruins everything"."""
        tokens = ctx.tokens
        first = hit.first
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        if at > start and tokens[at] in bridge and not ctx.pause_after(at - 1):
            at -= 1
        if at < start or ctx.pause_after(at):
            return False
        said = tokens[at]
        if said not in people and not (
            hit.entry.term in w.SINGULAR_TERMS
            and self._olid6_name(said)
            and said not in self._cue_thing
        ):
            return False
        return _opens_clause(ctx, at, start) and not ctx.ends_asking(first)

    def _olid12_wanted_gone(self, ctx: Context, first: int) -> bool:
        """ "they (just) need to go away", "he should go away": going away wanted of a
        person pronoun opening its clause."""
        tokens = ctx.tokens
        at = first - 1
        if at >= 0 and tokens[at] in w.GO_AWAY_BRIDGE:
            at -= 1
        if at >= 1 and tokens[at] == "to" and tokens[at - 1] in w.NEED_TO:
            at -= 2
        elif at >= 0 and tokens[at] in w.SHOULD:
            at -= 1
        else:
            return False
        if at >= 0 and tokens[at] in w.GO_AWAY_BRIDGE:
            at -= 1
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if at < start or tokens[at] not in w.GONERS or ctx.pause_after(at):
            return False
        if tokens[first] == "go" and _trip(ctx, first + 2):
            return False  # "they just need to go away on vacation"
        return _opens_clause(ctx, at, start) and not ctx.ends_asking(first)


def _lying_called(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """ "@USER lying sack of crap", "what a lying scumbag": a name-call with "lying" as
    its whole sentence's head, said to the reader (opening the message) or outright."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if last >= len(tokens) or tokens[last] not in w.LYING_CALLED or ctx.pause_after(last - 1):
        return None
    start = ctx.sentence_start(first, SENTENCE_REACH)
    if first == start:
        return (Kind.SECOND_PERSON, "") if start == ctx.lead else None
    if first - 2 >= start and (tokens[first - 2], tokens[first - 1]) in w.LYING_LEADS:
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "what a lying snake"
    return None


def _clueless(ctx: Context, last: int) -> bool:
    """ "has no clue" closing its clause or before "what he is doing/talking about"."""
    tokens = ctx.tokens
    if ctx.closes_clause(last) or tokens[last] in w.CLUE_CLOSERS:
        return True
    if tokens[last] != w.CLUE_WHAT:
        return False
    end = ctx.sentence_end(last, w.CLUE_WHAT_REACH)
    return not w.CLUE_DOINGS.isdisjoint(tokens[last + 1 : end])


def _wrecks(ctx: Context, last: int) -> bool:
    """ "destroy everything" closing its clause or before the wrecker's own clause ("they
    destroy everything they touch"); "you destroy everything in ranked" is play."""
    if ctx.closes_clause(last):
        return True
    return ctx.tokens[last] in w.WRECK_AFTER


def _resting(ctx: Context, last: int) -> bool:
    """A place to rest within the lie verb's clause: "she lies all the time in the sun"."""
    tokens = ctx.tokens
    for index in range(last, min(len(tokens), last + w.RESTING_REACH)):
        if tokens[index] in w.RESTING_PLACES:
            return True
        if ctx.pause_after(index):
            return False
    return False


def _reported_after(ctx: Context, last: int) -> bool:
    """A source named after a pause in the lie's sentence: "..., says the tax office"."""
    tokens = ctx.tokens
    for index in range(last, ctx.sentence_end(last, SENTENCE_REACH)):
        if tokens[index] in w.REPORT_TAIL and ctx.pause_after(index - 1):
            return True
    return False


def _trip(ctx: Context, after: int) -> bool:
    """A trip named right after "go away" (token `after`): "... go away for the weekend"."""
    tokens = ctx.tokens
    if ctx.closes_clause(after):
        return False
    if tokens[after] in w.TRIP_AFTER:
        return True
    return tokens[after] == "for" and (
        after + 1 >= len(tokens) or tokens[after + 1] not in w.GONE_FOR
    )


def _opens_clause(ctx: Context, at: int, start: int) -> bool:
    """Token `at` opens its sentence, or follows a pause or a joining word."""
    if at == start or ctx.pause_after(at - 1):
        return True
    return ctx.tokens[at - 1] in w.CLAUSE_LEADS and (at - 1 == start or ctx.pause_after(at - 2))
