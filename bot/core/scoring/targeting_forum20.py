"""Targeting rules of the forum20 round (issue 8, nineteenth session): Reddit-like
comments that derogate a commenter or a group without a slur, which the older rules
leave unaimed, and one kind reason they read as a jab. The round's other parts sit where
they are made: the lexicon names "incels" and "neckbeards" as plurals ("this sub is full
of incels"), read by the usual rules; forum4 reads a plural place ("the comments are full
of idiots") and a circlejerk or an echo chamber of people ("this sub is a circlejerk of
morons").

- A group that cannot stop a behaviour: "vegans can't stop whining", "the mods never
  stop complaining", "op can't stop crying". The lexicon's forum20 "stop ..." lines
  count only with "can't", "never", "won't" between "stop" and a subject that is a camp,
  a community or a role of a thread (forum20_words.STOP_SUBJECTS), or before that
  subject in a question ("why can't liberals stop crying"). The same group always at it:
  "vegans are always whining", "all liberals do is whine", "boomers do nothing but
  complain". The reader too, "you're always whining", never of crying. Clean: "the baby
  can't stop crying", "i can't stop crying at this ending", "my kids are always whining"
  (no group), "the ending is so sad you can't stop crying", "stop whining" as an order, a
  quoted or reported line.
- A pet, a toddler or a rock said to argue better than the reader: "my dog makes better
  arguments than you", "my cat has more brain cells than you", "il mio gatto ha più
  neuroni di te". The lexicon's comparison lines count only with such a mocker before
  them in their sentence. Clean: "she makes better points than you" (a person, a
  debate), "better arguments than you think".
- A dismissal with an insult: "nobody cares what a bigot thinks", "nobody wants to hear
  from a racist", "no one cares what some troll says". An insult the older rules left
  unaimed, after "cares what" / "hear from" and a determiner, "nobody" / "no one" /
  "who" a few words before; read as said to the reader. Clean: "nobody cares what the
  weather does" (no insult), "he said nobody cares what a bigot thinks" (reported).
- "you people" and "people like you" as the subject of olid6's verdicts: "you people
  are insane", "people like you are sick"; olid6 reads them only of a political camp.
  The verdict must close its clause: "you people are insane at this game" stays clean.
- "people like you are why" / "the reason" with a kind reason after, no denial: "people
  like you are why i stay here", "people like you are the reason i have hope". Stay
  aimed: "people like you are why this site sucks", "people like you are why i left".

"anyone who thinks that is a racist" stays flagged, as the earlier forum rounds keep
"anyone who believes this is an idiot": a verdict on whoever holds a view.

Cost per hit: up to four frozenset tests of the term (or of the note and the term); then
at most five tokens back (a behaviour), six back (a comparison), nine back and one ahead
(a dismissal), three back (the reader's kind) or five ahead (a kind reason). No regex, no
new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as w
from bot.core.scoring import olid6_words as w6
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord20 import Discord20Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_GROUP_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["KIND_REASON_NOTE", "UNSHAPED_NOTE", "Forum20Rules", "kind_reason"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
UNSHAPED_NOTE: Final = "not said of a group or the reader in the round's shape"
KIND_REASON_NOTE: Final = "a kind reason, no jab"
_UNAIMED: Final = (Kind.NONE, Kind.OBJECT)


class Forum20Rules(Discord20Rules):
    """A group that cannot stop a behaviour, a pet that argues better than the reader, a
    dismissal with an insult, the reader's kind judged; a kind reason after "people like
    you are why"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.BEHAVIOURS or term in w.ONGOING or term in w.COMPARED:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return target, note
            if term in w.ONGOING:
                subject = _ongoing(ctx, hit)
                if subject is not None:
                    return subject, OUTRIGHT_NOTE if subject is Kind.THIRD_PERSON else ""
            elif term in w.BEHAVIOURS:
                subject = _not_stopping(ctx, hit)
                if subject is Kind.THIRD_PERSON:
                    return subject, OUTRIGHT_NOTE  # "op can't stop whining"
                if subject is not None:
                    return subject, ""  # "vegans can't stop whining"
            elif _mocked(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "my dog makes better arguments than you"
            return Kind.OBJECT, UNSHAPED_NOTE  # "stop whining", "the baby can't stop crying"
        if note == NOT_GROUP_NOTE:
            if term in w6.GROUP_CALLED and _reader_kind(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "you people are insane"
            return target, note
        if term in w.REASON_TERMS:
            if target is Kind.GROUP and not note and kind_reason(ctx, hit.last):
                return target, KIND_REASON_NOTE  # "people like you are why i stay here"
            return target, note
        if (
            not note
            and target in _UNAIMED
            and hit.entry.category is Cat.INSULT
            and _dismissed(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "nobody cares what a bigot thinks"
        return target, note


def _not_stopping(ctx: Context, hit: Hit) -> TargetKind | None:
    """ "can't", "never", "won't" between "stop" and a group as its subject, or before
    the subject in a question ("why can't liberals stop crying"), no pause: the group,
    the poster ("op can't stop whining") or the reader; None otherwise."""
    tokens = ctx.tokens
    denied = False
    for at in range(hit.first - 1, max(-1, hit.first - 1 - w.STOP_REACH), -1):
        if ctx.pause_after(at):
            return None
        word = tokens[at]
        if word in w.NOT_STOPPING:
            denied = True
        elif word not in w.STOP_FILLERS:
            lead = at - 1 if at > 0 and tokens[at - 1] == "the" else at
            if not denied and not (lead > 0 and tokens[lead - 1] in w.NOT_STOPPING):
                return None
            return _subject(word, hit.entry.term)
    return None


def _ongoing(ctx: Context, hit: Hit) -> TargetKind | None:
    """A group right before the ongoing behaviour, over "are", "do", "just": "vegans are
    always whining", "all liberals do is whine"; the poster or the reader, else None."""
    tokens = ctx.tokens
    for at in range(hit.first - 1, max(-1, hit.first - 1 - w.STOP_REACH), -1):
        if ctx.pause_after(at):
            return None
        word = tokens[at]
        if word not in w.ONGOING_FILLERS:
            return _subject(word, hit.entry.term)
    return None


def _subject(word: str, term: str) -> TargetKind | None:
    """Who a behaviour's subject names: the reader (not of crying), the poster, a group,
    or no one."""
    if word in w.READERS:
        return None if term in w.CRYING else Kind.SECOND_PERSON
    if word == "op":
        return Kind.THIRD_PERSON
    return Kind.GROUP if word in w.STOP_SUBJECTS else None


def _mocked(ctx: Context, hit: Hit) -> bool:
    """A mocker (a pet, a toddler, a rock) before the comparison in its sentence, and
    "than you" not followed by "think": the reader argues worse than it."""
    tokens = ctx.tokens
    last = hit.last
    if last < len(tokens) and tokens[last] in w.THAN_EXPECTED:
        return False  # "better arguments than you think"
    start = ctx.sentence_start(hit.first, w.COMPARE_REACH)
    return not w.MOCKERS.isdisjoint(tokens[start : hit.first])


def _dismissed(ctx: Context, hit: Hit) -> bool:
    """ "nobody cares what a bigot thinks": a determiner (one word after it at most)
    before the insult, a dismissing pair before that, the dismisser a few words back, and
    the insult ends the clause or names its opinion; not reported."""
    tokens = ctx.tokens
    first = hit.first
    det = first - 1
    if det >= 1 and tokens[det] not in w.DETERMINERS:
        det -= 1  # "some random troll", "a total bigot"
    if det < 2 or tokens[det] not in w.DETERMINERS:
        return False
    if (tokens[det - 2], tokens[det - 1]) not in w.DISMISS_PAIRS:
        return False
    if any(ctx.pause_after(at) for at in range(max(0, det - 5), first)):
        return False
    if w.DISMISSERS.isdisjoint(tokens[max(0, det - 5) : det - 2]):
        return False
    if not ctx.closes_clause(hit.last) and tokens[hit.last] not in w.OPINED:
        return False  # "nobody cares what a troll ate": the insult not the one opining
    start = ctx.sentence_start(det, w.COMPARE_REACH)
    return w.REPORTED.isdisjoint(tokens[start:det])


def _reader_kind(ctx: Context, hit: Hit) -> bool:
    """ "you people", "people like you" right before the verdict, which closes its
    clause: "you people are insane", not "you people are insane at this game"."""
    tokens = ctx.tokens
    first = hit.first
    if first < 2 or (tokens[first - 2], tokens[first - 1]) not in w.READER_KINDS:
        return False
    if tokens[first - 2] == "like" and (first < 3 or tokens[first - 3] not in w.KIND_LEADS):
        return False  # "people like you", not "i like you are"
    return ctx.closes_clause(hit.last)


def kind_reason(ctx: Context, last: int, kind: frozenset[str] = w.KIND_REASONS) -> bool:
    """A kind word (of `kind`: olid35 passes a longer list) within a few words after the
    reason, no denial among them."""
    words = ctx.tokens[last : last + w.REASON_REACH]
    return not kind.isdisjoint(words) and w.DENIALS.isdisjoint(words)
