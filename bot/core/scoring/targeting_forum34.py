"""Targeting rules of the forum34 round (issue 8): put-downs of a third person in forum
and tweet comments that the older rules weighed just below the threshold or read as said
of a thing.

- Two judgements stacked on one pointed person with a present copula: "the author is a
  clueless hack", "this writer is a hack and a fraud", "he's a clueless hack". One mild
  call alone ("he is a hack") stays as weighed: said to the reader it does not flag.
- "pos" said of a person, known by a person's act within a few tokens: "this pos doesn't
  know what he's doing", "the pos didn't even read the article"; the till ("pos system
  down again", "the pos is broken") does no such act.
- "lying" before a name-call after a determiner: "that lying bitch is at it again".
- A failing word between "too" and "to", said of a pointed person: "the author is too
  ignorant to check facts".
- An exclamation opening the sentence over a pronoun and a copula: "damn is she ugly",
  "damn she is ugly", "boy is he ugly" (olid38 reads the same with a person noun).

Stay clean: things ("this article is a hack job": a hack job is a thing's fault), self-
directed lines ("i'm such a hack"), negations, questions, quotes and reports ("he said
the author is a hack"). Each rule reads a fixed few tokens around the hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum34_words as w
from bot.core.scoring import olid38_words as o38
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid38 import Olid38Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum34Rules"]

# The readings this round may raise.
_RAISED: Final[frozenset[TargetKind]] = frozenset({
    Kind.OBJECT, Kind.NONE, Kind.THIRD_PERSON, Kind.SECOND_PERSON, Kind.SELF,
})  # fmt: skip


class Forum34Rules(Olid38Rules):
    """Put-downs of a third person in forum comments."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a forum put-down of a person raised."""
        target, note = super().in_game(ctx, hit, target, note)
        category = hit.entry.category
        if (
            (category is not Cat.INSULT and category is not Cat.BODY_SHAMING)
            or target not in _RAISED
            or note in (OUTRIGHT_NOTE, JOKING_NOTE)
            or ctx.quoted_or_asked(hit.first, hit.last)
        ):
            return target, note
        if target is Kind.SECOND_PERSON and _f34_addressed(ctx, hit):
            return target, note  # "you are a hack": the reader's own reading
        if (
            _f34_stacked(ctx, hit)
            or _f34_pos_person(ctx, hit)
            or _f34_lying(ctx, hit)
            or _f34_exclaimed(ctx, hit)
            or _f34_too(ctx, hit)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def _f34_addressed(ctx: Context, hit: Hit) -> bool:
    """A second-person word in the hit's sentence: the reader is called, not a third."""
    start = ctx.sentence_start(hit.first, w.UNSAID_REACH)
    return not w.READER.isdisjoint(ctx.tokens[start : hit.last])


def _f34_subject(ctx: Context, cop: int) -> int:
    """The pointed person before the copula at `cop` ("he", "op", "the author", "this
    guy"), as its first token, or -1; nothing before it in its sentence takes it back."""
    tokens = ctx.tokens
    if cop < 1 or ctx.pause_after(cop - 1):
        return -1
    head = tokens[cop - 1]
    if head in w.PRONOUNS:
        at = cop - 1
        if at > 0 and tokens[at - 1] in w.POINTERS and head == "op":
            at -= 1
    elif head in w.FORUM_HEADS or head in o38.PERSON_HEADS:
        at = cop - 2
        if at < 0 or tokens[at] not in w.POINTERS or ctx.pause_after(at):
            return -1
    else:
        return -1
    start = ctx.sentence_start(at, w.UNSAID_REACH)
    return at if w.UNSAID.isdisjoint(tokens[start:at]) else -1


def _f34_stacked(ctx: Context, hit: Hit) -> bool:
    """Two judgements on one pointed person: "the author is a clueless hack", "this writer
    is a hack and a fraud". Any hit of the pair is raised (the one that weighs at the
    floor carries it); the pair closes its clause."""
    tokens = ctx.tokens
    n = len(tokens)
    call = hit.last - 1
    if tokens[call] in w.JUDGING and hit.last < n:
        call = hit.last  # the judging word's hit: "a [clueless] hack"
    if tokens[call] not in w.CALLS:
        return False
    end = call + 1
    if call >= 3 and tokens[call - 1] in ("a", "an") and tokens[call - 2] == "and":
        call -= 3  # the second call's hit: "a hack and [a fraud]"
        if tokens[call] not in w.CALLS:
            return False
    stacked = tokens[call - 1] in w.JUDGING if call > 0 else False
    before = call - 1 if stacked else call
    cop = ctx.back_over(before, w.ARTICLES, w.NP_REACH) - 1
    if cop < 0 or tokens[cop] not in w.COPULAS or _f34_subject(ctx, cop) < 0:
        return False
    if (
        end == call + 1
        and end + 2 < n
        and tokens[end] == "and"
        and tokens[end + 1] in ("a", "an")
        and tokens[end + 2] in w.CALLS
    ):
        end += 3
    stacked = stacked or end > call + 1
    return stacked and ctx.closes_after(end, o38.TAIL_OPENERS, 3)


def _f34_too(ctx: Context, hit: Hit) -> bool:
    """ "the author is too ignorant to check facts", "op is too stupid to read": a
    failing word of a pointed person between "too" and "to"; "the plot is too dense to
    follow" has no person."""
    tokens = ctx.tokens
    first = hit.first
    return (
        first >= 3
        and hit.last < len(tokens)
        and tokens[hit.last] == "to"
        and tokens[first - 1] == "too"
        and tokens[first - 2] in w.COPULAS
        and _f34_subject(ctx, first - 2) >= 0
    )


def _f34_pos_person(ctx: Context, hit: Hit) -> bool:
    """ "pos" after a determiner, a person's act within POS_REACH tokens: "this pos
    doesn't know", "that pos is lying again"; never "the pos system"."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] not in w.ABBREVIATIONS or first < 1 or tokens[first - 1] not in w.POINTERS:
        return False
    return ctx.any_ahead(hit.last, w.PERSON_ACTS, w.POS_REACH)


def _f34_lying(ctx: Context, hit: Hit) -> bool:
    """ "that lying bitch", "this lying weasel": a name-call after "lying" and a
    determiner, opening its clause."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] == w.LYING:
        return False  # the other word of the pair is raised
    at = first - 2
    return (
        at >= 0
        and tokens[first - 1] == w.LYING
        and tokens[at] in w.POINTERS
        and ctx.starts_sentence(at)
    )


def _f34_exclaimed(ctx: Context, hit: Hit) -> bool:
    """ "damn is she ugly", "damn she is ugly", "boy is he ugly": an exclamation opening
    the sentence, a pronoun and a copula right before the closing verdict."""
    tokens = ctx.tokens
    first = hit.first
    if first < 3 or not ctx.closes_after(hit.last, o38.TAIL_OPENERS, 2):
        return False
    a, b, ex = tokens[first - 2], tokens[first - 1], first - 3
    pair = (a in w.COPULAS and b in ("he", "she")) or (a in ("he", "she") and b in w.COPULAS)
    return (
        pair
        and tokens[ex] in o38.EXCLAIMS
        and ctx.starts_sentence(ex)
        and not ctx.pause_after(first - 2)
    )
