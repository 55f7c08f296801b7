"""Targeting rules of the threats13 round (issue 8): the dare to meet and say it in
person.

- The words said again (this round's own threats13_words.EN_TERMS, "say that", "say it",
  "tell me that", "repeat that") as an order, in person: a mark after them over a few
  middle words ("say that irl", "say it in person", "say that again irl", "tell me that
  to my face irl"), the order opening its sentence over chat's openers ("go ahead say
  that irl"); or a meeting ordered first, its verb opening the sentence a few tokens
  before and joined to the words ("meet me irl and say that", "pull up n say that",
  "come to my house and say that", "meet me irl then say that").
- In Italian, this round's own IT_SAID ("dillo in faccia", "dimmelo di persona",
  "ripetimelo in faccia", "vieni qui a dirmelo") opening its sentence over chat's
  openers ("vieni a dirmelo in faccia", "vienimelo a dire in faccia"), or a dare of
  IT_DARES ("se hai il coraggio", "se hai le palle") right after the order ("ripetilo se
  hai il coraggio").
- The dare closes its clause, maybe over chat's tails ("... bro", "... i dare u", "... if
  u got the guts", "... se hai le palle", "... coglione").

Stay clean: friendly meetups ("meet me irl at the con and say hi", "pull up and say hi":
no words said again), a request to repeat ("say that again, i didnt hear"), the words
going on to someone else or a time ("say that in person to ur mom", "dillo in faccia a
tua madre che le vuoi bene", "dimmelo di persona domani"), a condition that dares nothing
("dimmelo in faccia, se ti piace"), the writer or anyone else the subject ("i would say
that irl", "he told me that in person"), reports before the words ("he said 'meet me
irl and say that' lol", "lei ha detto ..."), quotes, questions and jokes. This round's
own lines out of the shape are cancelled.

Cost per hit: a frozenset test of the term; then MARK_REACH tokens ahead for the mark,
MEET_REACH back for the meeting, OPENER_REACH back to the sentence's start, TAIL_REACH
ahead to the clause's close, DARE_REACH ahead of a condition after it and REPORT_REACH
back in the sentence for a report. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats13_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord56 import Discord56Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DARED_NOTE", "Threats13Rules", "dared_in_person"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_DARED_NOTE: Final[str] = "no dare to meet and say it in person"


class Threats13Rules(Discord56Rules):
    """The dare to meet and say it in person ("meet me irl and say that", "pull up and
    say that", "say it in person", "dillo in faccia se hai il coraggio")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        the shape, cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS or note == JOKING_NOTE:
            return target, note  # "meet me irl and say that jk"
        if dared_in_person(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "meet me irl and say that"
        return Kind.NONE, NOT_DARED_NOTE  # "say that again, i didnt hear"


def dared_in_person(ctx: Context, hit: Hit) -> bool:
    """The hit a dare to meet and say it in person, said by the writer and closing its
    clause: not quoted, asked nor reported."""
    term = hit.entry.term
    if term in w.EN_TERMS:
        end = _marked_after(ctx, hit.last)
        if end < 0:
            if not _meeting_before(ctx, hit.first):
                return False  # "say that again, i didnt hear"
            end = hit.last
        elif not ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH):
            return False  # "i would say that irl"
    elif term in w.IT_DARES:
        said = hit.first - 1
        if said < 0 or ctx.tokens[said] not in w.IT_SAYING:
            return False  # "se hai il coraggio, iscriviti"
        if not ctx.opens_after(said, w.OPENERS, w.OPENER_REACH):
            return False  # "glielo dico se hai il coraggio"
        end = hit.last
    else:
        if not ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH):
            return False  # "io glielo dico di persona"
        end = hit.last
    return (
        _closes(ctx, end)
        and not ctx.quoted_or_asked(hit.first, hit.last)
        and not _reported(ctx, hit.first)
    )


def _marked_after(ctx: Context, at: int) -> int:
    """The end of an in-person mark after the English words, over MIDDLE ("irl", "in
    person", "again irl", "to my face"); or -1."""
    mark = ctx.find_ahead(ctx.skip_ahead(at, w.MIDDLE, w.MARK_REACH), w.MARKS, 1)
    return mark + 1 if mark >= 0 else -1


def _meeting_before(ctx: Context, at: int) -> bool:
    """A meeting ordered before the words, its verb opening the sentence and joined to
    them right before: "meet me irl and say that", "pull up n say that"."""
    tokens = ctx.tokens
    if at == 0 or tokens[at - 1] not in w.JOINS or ctx.pause_after(at - 2):
        return False  # "pull up to the party, say that again"
    start = ctx.sentence_start(at, w.MEET_REACH)
    for i in range(at - 2, start - 1, -1):
        if tokens[i] in w.MEETS and ctx.opens_after(i, w.OPENERS, w.OPENER_REACH):
            return tokens[i + 1] != w.URGING  # not "come on and say it"
        if ctx.pause_after(i - 1):
            return False  # a pause between: another clause
    return False


def _closes(ctx: Context, end: int) -> bool:
    """The dare closes its clause at `end`, maybe over chat's tails, and no condition
    after it that dares nothing ("dimmelo in faccia, se ti piace")."""
    if not ctx.closes_after(end, w.TAILS, w.TAIL_REACH):
        return False  # "say that in person to ur mom"
    tokens = ctx.tokens
    after = ctx.skip_ahead(end, w.TAILS - w.CONDITIONS, w.TAIL_REACH)
    if after < len(tokens) and tokens[after] in w.CONDITIONS:
        return not w.DARES.isdisjoint(tokens[after : after + w.DARE_REACH])
    return True


def _reported(ctx: Context, at: int) -> bool:
    """A report before the words in their sentence: "he said 'meet me irl and say
    that'", "she told me pull up and say that", "lei ha detto ..."."""
    start = ctx.sentence_start(at, w.REPORT_REACH)
    return not w.REPORTS.isdisjoint(ctx.tokens[start:at])
