"""Targeting rules of the forum17 round (issue 8, seventeenth session): forum comments
(Reddit-like threads, news comment sections, replies on a social network) that pass a
derogatory verdict on a group of users or on a person, which the older rules read as
said of nothing or said too faintly to count.

- A verdict said of a group of users or followers, as its subject, closing its clause:
  "these people are brainwashed", "redditors are insufferable", "the people in this
  thread are so dense", "his supporters are delusional": a plural people noun, where
  they are ("in this thread", "here"), "are", fillers ("all so clearly"), the judging
  word, then a pause or the end. Clean: "these people are not stupid" (denied), "people
  are clueless about taxes" and "they were brainwashed by a cult" (narrowed to a topic
  or an agent), "most people are selfish when given the chance" (the verdict goes on:
  a description), "the movie was garbage" (no people).
- The same verdict on everyone of a kind: "anyone who voted for him is delusional",
  "people who believe this are braindead", "whoever wrote this is clueless".
- A person after "excuse for a": "what a pathetic excuse for a journalist". Clean: "what
  a pathetic excuse for a sequel".
- A name-call that names only people, after "the"/"this"/"that", with a relative clause
  or "in charge" after it, in a comment on its own (olid4 reads it in replies only): "the
  moron who wrote this", "the idiot in charge". Clean: "the idiot who wrote this was me",
  "the clown who came to the party was amazing", "an idiot who has no sense of humor"
  (an article describes someone).
- A verdict exclaimed of people: "how dumb they are", "how dumb are these people", "how
  pathetic he is". Clean: "how stupid is this rule", "how dumb i am lol".

Only hits the older rules left without a note and not aimed at the reader are read, and
only judging words at the outright floor (the words olid4 lifts for a political group):
reported speech, quotes, negation, self-talk and counter-speech keep their readings. A
verdict of a group weighs as said outright (USERS_NOTE, weighing.py).

Cost: three tests of the hit's category, weight and first token; then one token ahead
for the "excuse for a" and "in charge" shapes, at most four tokens back to
a verb and four (nine for "anyone who") back to its subject, at most eight ahead for
the writer owning a name-call. No work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum17_words as w
from bot.core.scoring import olid4_words
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck22 import HateCheck22Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["USERS_NOTE", "Forum17Rules"]

USERS_NOTE: Final = "said of a group of users"  # weighed as outright (weighing.py)
_UNREAD: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.GROUP, Kind.THIRD_PERSON})


class Forum17Rules(HateCheck22Rules):
    """A verdict said of a group of users, of everyone of a kind, of a person after
    "excuse for a", of a name-call a relative clause heads, and exclaimed."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in _UNREAD:
            return target, note
        entry = hit.entry
        if (
            entry.category is not Cat.INSULT
            or entry.weight < OUTRIGHT_FLOOR
            or entry.term in olid4_words.UNJUDGING
            or entry.tokens[0] in w.FEELINGS
            or ctx.quoted(hit.first, hit.last)
        ):
            return target, note
        tokens = ctx.tokens
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        excuse = hit.last - 1 if entry.tokens[-1] == w.EXCUSE[0] else hit.last
        if self._forum17_excuse_for(tokens, excuse):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "a pathetic excuse for a journalist"
        if entry.tokens[-1] in w.HEADS and self._forum17_headed(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "the moron who wrote this"
        if after in w.NARROWING and not ctx.pause_after(hit.last - 1):
            return target, note  # "clueless about taxes", "brainwashed by a cult"
        exclaimed = self._forum17_exclaimed(ctx, hit)
        if exclaimed is not None:  # "how dumb they are", "how pathetic is he"
            return exclaimed, USERS_NOTE if exclaimed is Kind.GROUP else OUTRIGHT_NOTE
        if entry.tokens[-1] in w.BIGOTRY_NAMES:
            return target, note  # "whoever asks if jews are even human is a bigot"
        verb = self._forum17_verb(ctx, hit)
        if verb < 1 or not ctx.closes_clause(hit.last):
            return target, note  # the verdict closes its clause: not "selfish when ..."
        start = ctx.sentence_start(verb, w.ANYONE_REACH)
        if not w.NEGATORS.isdisjoint(tokens[max(start, verb - w.WHERE_REACH) : hit.first]):
            return target, note  # "these people are not stupid"
        if tokens[verb] in w.ARE and self._forum17_users_before(ctx, verb, start):
            return Kind.GROUP, USERS_NOTE  # "these people are brainwashed"
        if self._forum17_anyone_before(ctx, verb, start):
            return Kind.GROUP, USERS_NOTE  # "anyone who voted for him is delusional"
        return target, note

    @staticmethod
    def _forum17_verb(ctx: Context, hit: Hit) -> int:
        """The "is"/"are" a few fillers before the verdict, in its clause, or -1."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(-1, hit.first - 1 - w.FILLER_REACH), -1):
            if ctx.pause_after(i):
                return -1
            word = tokens[i]
            if word in w.ARE or word in w.IS:
                return i
            if word not in w.FILLERS:
                return -1
        return -1

    @staticmethod
    def _forum17_users_before(ctx: Context, verb: int, start: int) -> bool:
        """A plural people noun right before the verb, where they are between."""
        tokens = ctx.tokens
        for i in range(verb - 1, max(start, verb - 1 - w.WHERE_REACH) - 1, -1):
            if tokens[i] in w.USERS:
                return True
            if ctx.pause_after(i) or tokens[i] not in w.WHERE:
                return False
        return False

    @staticmethod
    def _forum17_anyone_before(ctx: Context, verb: int, start: int) -> bool:
        """ "anyone who ... is", "people who ... are" opening the clause."""
        tokens = ctx.tokens
        for i in range(verb - 2, max(start, verb - w.ANYONE_REACH) - 1, -1):
            if tokens[i] in w.WHO and i - 1 >= start and tokens[i - 1] in w.ANYONE:
                return i - 1 == start or tokens[i - 2] in w.ANYONE_LEADS
            if tokens[i] in w.WHOEVER:
                return i == start  # "whoever wrote this is clueless"
        return False

    def _forum17_headed(self, ctx: Context, hit: Hit) -> bool:
        """A name-call right after a determiner, a relative clause or "in charge" right
        after it: "the moron who wrote this", "the idiots in charge"."""
        tokens = ctx.tokens
        last = hit.last
        if hit.first == 0 or ctx.closes_clause(last):
            return False
        if tokens[hit.first - 1] not in w.HEAD_LEADS:
            return False  # "an idiot who has no sense of humor" describes someone
        if tokens[last] == w.IN_CHARGE[0]:
            return last + 1 < len(tokens) and tokens[last + 1] == w.IN_CHARGE[1]
        first = hit.first
        if first >= 3 and tokens[first - 2] in w.WRITER_IS and tokens[first - 3] in w.WRITER:
            return False  # "we were the idiots who bought tickets first"
        end = ctx.sentence_end(last - 1, w.SELF_REACH)
        if any(tokens[i] in w.ME and tokens[i - 1] in w.IS for i in range(last + 1, end)):
            return False  # "the idiot who wrote this was me"
        return self._olid4_headed(ctx, hit)

    @staticmethod
    def _forum17_exclaimed(ctx: Context, hit: Hit) -> TargetKind | None:
        """ "how dumb they are", "how dumb are these people", "how pathetic is he": the
        people it is said of, or None."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0:
            return None
        how = first - 1 if tokens[first - 1] == w.HOW else first - 2
        if how < 0 or tokens[how] != w.HOW:
            return None
        if how < first - 1 and tokens[first - 1] not in w.FILLERS:
            return None  # "how many stupid ..." is no exclamation
        rest = tokens[last : last + 3]
        if len(rest) < 2 or ctx.pause_after(last - 1):
            return None
        if rest[0] in w.ARE or rest[0] in w.IS:
            subject = rest[1:]  # "how dumb are these people"
        elif rest[1] in w.ARE or rest[1] in w.IS:
            subject = rest[:1]  # "how dumb they are"
        else:
            return None
        if subject[0] in w.PRONOUNS:
            if subject[0] in ("these", "those"):
                return Kind.GROUP if len(subject) > 1 and subject[1] in w.USERS else None
            return Kind.GROUP if subject[0] == "they" else Kind.THIRD_PERSON
        if subject[0] in w.USERS:
            return Kind.GROUP
        return None

    @staticmethod
    def _forum17_excuse_for(tokens: list[str], at: int) -> bool:
        """ "excuse for a journalist": a role noun after "excuse for a"."""
        if at + 4 > len(tokens) or tokens[at] != w.EXCUSE[0] or tokens[at + 1] != w.EXCUSE[1]:
            return False
        return tokens[at + 2] in w.ARTICLES and tokens[at + 3] in w.ROLES
