"""Targeting rules of the olid38 round (issue 8): a verdict on people named by their
trade, office, role or following, in tweets' words.

- A determiner, up to two describing words (no identity word), a person noun
  (olid38_words.PERSON_HEADS: "scientists", "critics", "pope", "voters", "lawyers"...), a
  copula, a verdict: "these scientists are a disgrace", "the critics are a joke", "the pope
  is a disgrace", "the climate scientists are frauds", "the senators are a disgrace to
  this country", "the governor of puerto rico is a fraud" (over an "of" phrase). The
  older rules know a few person nouns and titles; a noun outside every list left the
  verdict read as said of a thing.
- The same verdict inverted after an exclamation opening the sentence: "boy is that
  professor stupid".
- Read as said of a person outright (olid4's OUTRIGHT_NOTE). Readings of a group are
  left to the older rounds (identity and political groups have their own rules).

Stay clean: things named by the same nouns ("the lawyer fees are a joke", "the price of
the refs is a joke": the head right before the copula, in no "of" phrase), negations,
questions, quotes, reports and conditions ("he said the voters are stupid", "she claims
the bishop is a disgrace"), praise and slang intensifiers ("the commentators are stupid
good": the verdict closes its clause or runs into a tail; "that professor is a genius":
olid38_words.KIND_SENSES), the verdict describing another word ("a joke factory").

Cost per insult hit left unaimed: a few frozenset tests over at most BRIDGE_REACH,
MODIFIER_REACH + 2, OF_REACH and UNSAID_REACH tokens. No regex; no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid38_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian52 import Italian52Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid38Rules"]

# The readings this round may raise: a verdict left unaimed or read as a thing's.
_RAISED: Final[frozenset[TargetKind]] = frozenset({
    Kind.OBJECT, Kind.NONE, Kind.THIRD_PERSON, Kind.MENTION,
})  # fmt: skip
# Readings raised only when plain (no note): a note there is an older round's decision.
_NOTED: Final[frozenset[TargetKind]] = frozenset({Kind.THIRD_PERSON, Kind.MENTION})


class Olid38Rules(Italian52Rules):
    """A verdict on people named by their trade, office, role or side."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a verdict on a person noun raised."""
        target, note = super().in_game(ctx, hit, target, note)
        if (
            hit.entry.category is not Cat.INSULT
            or target not in _RAISED
            or (note and target in _NOTED)
            or note in (OUTRIGHT_NOTE, JOKING_NOTE)
            or not w.KIND_SENSES.isdisjoint(hit.entry.tokens)
        ):
            return target, note
        head = _o38_head(ctx, hit)
        if head < 0:
            return target, note
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "these scientists are a disgrace"


def _o38_head(ctx: Context, hit: Hit) -> int:
    """The person noun a verdict is said of ("the critics are a joke", "boy is that
    professor stupid"), as its index, or -1: said whole, not negated, asked, quoted or
    reported."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] in w.COPULAS:
        cop = first  # the term holds its copula: "are a joke"
    else:
        cop = ctx.back_over(first, w.BRIDGE, w.BRIDGE_REACH) - 1
    if cop < 1 or ctx.pause_after(cop - 1):
        return -1
    if tokens[cop] in w.COPULAS:
        head = cop - 1
        if tokens[head] in w.PLACES and head > 0 and not ctx.pause_after(head - 1):
            head -= 1  # "the nurses there are useless"
        head = _o38_of_head(ctx, head)
        if not _o38_pointed(ctx, head):
            return -1
    else:
        head = cop  # "boy is that professor stupid": the head right before the verdict
        at = _o38_pointed_from(ctx, head)
        if at < 2 or tokens[at - 1] not in w.COPULAS or tokens[at - 2] not in w.EXCLAIMS:
            return -1
        if ctx.pause_after(at - 2) or not ctx.starts_sentence(at - 2):
            return -1
        if not _o38_pointed(ctx, head):
            return -1
    if not _o38_said_whole(ctx, hit, head):
        return -1
    return head


def _o38_of_head(ctx: Context, at: int) -> int:
    """The person noun before an "of" phrase ending at token `at` ("the governor of
    puerto rico is a fraud"), over at most OF_REACH words; else `at` itself."""
    tokens = ctx.tokens
    if tokens[at] in w.PERSON_HEADS:
        return at
    for i in range(at - 1, max(0, at - w.OF_REACH - 1), -1):
        if ctx.pause_after(i):
            break
        if tokens[i] == "of":
            return i - 1 if i > 0 and tokens[i - 1] in w.PERSON_HEADS else at
    return at


def _o38_pointed(ctx: Context, head: int) -> bool:
    """A person noun at `head` after a determiner over at most MODIFIER_REACH describing
    words, none an identity word ("these black people" is older rounds' group)."""
    at = _o38_pointed_from(ctx, head)
    if at < 0 or ctx.tokens[at] not in w.DETERMINERS:
        return False
    cues = ctx.cues
    return all(
        word not in cues[name] for word in ctx.tokens[at + 1 : head] for name in w.IDENTITY_CUES
    )


def _o38_pointed_from(ctx: Context, head: int) -> int:
    """Where the person noun phrase ending at `head` starts (its determiner, or its first
    describing word), or -1 when `head` is no person noun."""
    tokens = ctx.tokens
    word = tokens[head]
    if word not in w.PERSON_HEADS:
        return -1
    at = head
    floor = max(0, head - w.MODIFIER_REACH - 1)
    while at > floor and not ctx.pause_after(at - 1):
        before = tokens[at - 1]
        if before in w.DETERMINERS:
            at -= 1
            break
        if not before.isalpha() or before in w.COPULAS or before in w.UNSAID:
            break
        if before in w.PREPOSITIONS:
            return -1  # "the cost of lawyers"
        at -= 1
    if at > 0 and tokens[at - 1] in w.PREPOSITIONS and not ctx.pause_after(at - 1):
        return -1  # "the price of the refs"
    return at


def _o38_said_whole(ctx: Context, hit: Hit, head: int) -> bool:
    """The verdict closes its clause or runs into a tail, with no negation between the
    head and it, and no question, quote, report or condition around it."""
    tokens = ctx.tokens
    last = hit.last
    if not w.NEGATIONS.isdisjoint(tokens[head + 1 : last]):
        return False  # "the critics aren't a joke"
    if (
        not ctx.closes_clause(last)
        and tokens[last] not in w.TAIL_OPENERS
        and hit.entry.tokens[-1] not in w.TERM_TAILS
    ):
        return False  # "the commentators are stupid good", "a disgrace magnet"
    if ctx.quoted_or_asked(hit.first, last):
        return False
    start = ctx.sentence_start(head, w.UNSAID_REACH)
    return w.UNSAID.isdisjoint(tokens[start:head])
