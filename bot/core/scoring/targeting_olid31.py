"""Rules of the olid31 round (issue 8, thirty-first session): a group derided as a
collective in tweet style.

- A plural name-call after a collective and "of" ("a bunch of clowns", "a pack of liars",
  "a pitiful bunch of cowards"), said as an exclamation ("what a bunch of hypocrites",
  "such a bunch of clowns"), as the verdict of a being verb ("they are a bunch of
  hypocrites", "democrats are nothing but a bunch of liars", "you guys are a bunch of
  clowns"), or bare as the whole clause ("@USER bunch of clowns"): the older rules read
  the plural word as a mention's or a third person's and weigh it just under the
  threshold; said this way it is as plain as "you are clowns", so it counts outright
  (olid4's OUTRIGHT_NOTE and floor).
- A contempt adjective with a collective ("what a sad bunch", "liberals are a pathetic
  lot", "they are such a sorry bunch", "such a sad bunch of people"): the round's own
  lexicon lines (olid31_words.OWN_TERMS), counted in the same frames when the verdict
  closes its clause or names people after "of"; cancelled anywhere else ("a sad group
  hug", "what a sad bunch of results", "the team was sad").

Clean in both: the writer's own side ("we are a bunch of clowns lol", "me and the boys
are a bunch of idiots", "our team is a sad bunch"), negation ("they aren't a bunch of
liars", "anything but a bunch of clowns"), questions ("are they a bunch of hypocrites?"),
quotes, reported and counter-speech ("he called us a bunch of clowns", "calling them a
bunch of liars is unfair"), and a literal collective with no frame ("a bunch of clowns
showed up at the party").

Cost per hit: a category test; then a few set tests over at most MODIFIER_REACH +
FILLER_REACH tokens before the collective and CLAUSE_REACH tokens of its clause. No
regex; four lexicon-free checks for messages without a collective.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid31_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_italian41 import Italian41Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["OWN_SIDE_NOTE", "UNFRAMED_NOTE", "Olid31Rules"]

# A note that cancels the round's own lines outside its frames (weighing.py zeroes it).
UNFRAMED_NOTE: Final = "a collective not called out as a verdict on its people"
# A note that cancels a name-call of the writer's own side ("we are a bunch of clowns").
OWN_SIDE_NOTE: Final = "the writer's own side called a collective"
# Older readings the round may raise: none, or a name-call said of a person.
_RAISED_NOTES: Final = frozenset({"", SAID_OF_NOTE})
_AIMED: Final = "aimed"
_READER: Final = "reader"
_OWN_SIDE: Final = "own side"


class Olid31Rules(Italian41Rules):
    """A group derided as a collective: "what a bunch of clowns", "what a sad bunch"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, raised or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.INSULT:
            return target, note
        if entry.term in w.OWN_TERMS:
            frame = _o31_frame(ctx, hit.first, hit.first) if _o31_closed(ctx, hit.last) else ""
            if frame and frame != _OWN_SIDE:
                return _o31_kind(frame), OUTRIGHT_NOTE  # "what a sad bunch"
            return Kind.NONE, UNFRAMED_NOTE  # "a sad group hug", "a sad bunch of results"
        first = hit.first
        if (
            note not in _RAISED_NOTES
            or entry.weight < OUTRIGHT_FLOOR
            or hit.last - first != 1
            or first < 2
            or ctx.tokens[first - 1] != "of"
            or ctx.tokens[first - 2] not in w.COLLECTIVES
        ):
            return target, note
        frame = _o31_frame(ctx, first - 2, first)
        if frame == _OWN_SIDE:
            return Kind.SELF, OWN_SIDE_NOTE  # "me and the boys are a bunch of idiots"
        if frame:
            return _o31_kind(frame), OUTRIGHT_NOTE  # "what a bunch of clowns"
        return target, note


def _o31_kind(frame: str) -> TargetKind:
    """The reader for "you guys are a bunch of clowns", else the group talked about."""
    return Kind.SECOND_PERSON if frame == _READER else Kind.GROUP


def _o31_closed(ctx: Context, last: int) -> bool:
    """A contempt collective closes its verdict: the clause ends, a chat tail follows, or
    people follow "of" ("a sad bunch of people"), not things ("a sad bunch of results")."""
    tokens = ctx.tokens
    if ctx.closes_clause(last) or ctx.only_tags_after(last, w.TAILS, w.TAIL_REACH):
        return True
    return last + 1 < len(tokens) and tokens[last] == "of" and tokens[last + 1] in w.PEOPLE


def _o31_said_whole(ctx: Context, head: int, word: int) -> bool:
    """An exclamation or a bare clause says its name-call whole: it closes the clause or
    only a chat tail follows ("what a bunch of liars lol"); a contempt collective
    (`word == head`) has its closing read by the caller."""
    end = word + 1
    return word == head or ctx.closes_clause(end) or ctx.only_tags_after(end, w.TAILS, w.TAIL_REACH)


def _o31_frame(ctx: Context, head: int, word: int) -> str:
    """How the collective at `head` (its modifiers read back) is said: "aimed" (an
    exclamation, a verdict on a third person or group, a bare clause), "reader" (a verdict
    on the reader), "own side" (a verdict on the writer's side), or "" (no frame,
    negated, asked, quoted, reported).
    `word` is the name-call's token, or `head` for a contempt collective."""
    tokens = ctx.tokens
    at = ctx.back_over(head, w.MODIFIERS, w.MODIFIER_REACH)
    start = ctx.sentence_start(head, w.CLAUSE_REACH)
    clause = tokens[start:head]
    if (
        not w.NEGATORS.isdisjoint(clause)
        or not w.REPORTING.isdisjoint(clause)
        or ctx.ends_asking(head)
        or ctx.quoted(head, word + 1)
    ):
        return ""
    if at > 0 and tokens[at - 1] in w.ARTICLES:
        at -= 1
    if ctx.starts_sentence(at):
        # "@USER bunch of clowns": bare, the whole clause (a contempt collective's own
        # closing is read by the caller)
        return _AIMED if _o31_said_whole(ctx, head, word) else ""
    if tokens[at] not in w.ARTICLES:
        return ""
    if tokens[at - 1] in w.EXCLAIMS and ctx.starts_sentence(at - 1):
        # "what a bunch of hypocrites", "such a sad lot"; not "what a bunch of clowns at
        # the circus today"
        return _AIMED if _o31_said_whole(ctx, head, word) else ""
    verb = ctx.back_over(at, w.FILLERS, w.FILLER_REACH) - 1
    if verb <= start or tokens[verb] not in w.COPULAS:
        return ""
    subject = tokens[start:verb]
    for i in range(len(subject) - 1, -1, -1):
        if subject[i] in w.SUBJECT_OPENERS:
            subject = subject[i + 1 :]  # "i think [they] are", "honestly [you guys] are"
            break
    if not w.WRITER_SIDE.isdisjoint(subject):
        return _OWN_SIDE  # "we are a bunch of clowns lol", "our team is a sad bunch"
    if not w.READER.isdisjoint(subject):
        return _READER  # "you guys are a bunch of clowns"
    return _AIMED  # "they are a bunch of hypocrites", "the media are a bunch of liars"
