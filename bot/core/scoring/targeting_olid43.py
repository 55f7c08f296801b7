"""Targeting rules of the olid43 round (issue 8): a person's mind or brain belittled by an
adjective, the tweet-style put-down that names no insult word.

- The round's own lexicon lines (en/insult.txt, "olid43": "tiny brain", "pea brain",
  "feeble mind", "weak mind", "small minded", olid43_words.OWN_TERMS) read at their owner,
  named before them over at most BRIDGE_REACH small words (BRIDGE: "a", "such", "so",
  "tiny"): a possessive ("your tiny brain can't handle facts", "his pea brain", "their
  feeble minds"), a vocative ("you small minded fool") or the subject of having or being
  them ("you have a weak mind", "he has such a small mind", "you're so small minded",
  "antifa has a tiny brain"); or named after them ("that little brain of yours", "such a
  feeble mind you have", "what a small mind she has"); or, for the adjectives
  ("small minded", MINDED), the noun they describe: a person's after a pointer ("that
  small minded woman", "those feeble minded people") or a political group ("small minded
  liberals"). The reader's with "you", a third person's with "he", "she" or a person's
  noun, a group's with "they" or a political group.

Clean, the lines cancelled (NO_OWNER_NOTE): the writer's own ("my tiny brain", "i have
such a small brain", "we're so small minded"), animals and medicine ("flies have tiny
brains", "a small brain tumor", "the little brain controls balance": no owner of the
thread's), sayings and advice ("small minds discuss people", "a weak mind is easy to
manipulate"), negations ("he is not small minded", "you don't have a tiny brain"),
questions, reports, quotes and counter-speech (hatecheck28's `_hc28_others`).

Cost per hit: only this round's terms go on (a frozenset test); at most BRIDGE_REACH tokens
back to the owner and ADVERB_REACH more to a verb's subject, two tokens after the term,
and the sentence before it tested for a negation. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid43_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.targeting_threats10 import Threats10Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_OWNER_NOTE", "Olid43Rules"]

# A note that cancels the round's own terms outside its shapes (weighing.py zeroes it).
NO_OWNER_NOTE: Final[str] = "a mind belittled of no one named"


class Olid43Rules(Threats10Rules):
    """A person's mind or brain belittled by an adjective, said of its owner ("your tiny
    brain", "such a feeble mind you have", "he is so small minded")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's own terms read at their owner,
        cancelled where none is named or the writer does not say it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        owner = o43_owner(ctx, hit)
        if owner is None or self._o43_unsaid(ctx, hit):
            return target, NO_OWNER_NOTE
        return owner

    def _o43_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Not the writer's own claim: denied in its sentence before it ("he is not small
        minded"), asked, reported, quoted or countered."""
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return (
            not self._negators.isdisjoint(ctx.tokens[start : hit.first])
            or ctx.ends_asking(hit.first)
            or self._hc28_others(ctx, hit)
        )


def o43_owner(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """Whose mind the hit belittles: named before it, after it, or (an adjective) the
    person or group it describes; None for no one or the writer."""
    tokens = ctx.tokens
    lead = ctx.back_over(hit.first, w.BRIDGE, w.BRIDGE_REACH)
    word = tokens[lead - 1] if lead > 0 and not ctx.pause_after(lead - 1) else ""
    if word in w.VERBS and lead > 1:
        subject = ctx.back_over(lead - 1, w.ADVERBS, w.ADVERB_REACH) - 1
        word = tokens[subject] if subject >= 0 and not ctx.pause_after(subject) else ""
    owned = o43_reading(word)
    if owned is not None or word in w.WRITER:
        return owned
    after = tokens[hit.last : hit.last + 2]
    if len(after) == 2 and not ctx.pause_after(hit.last - 1):
        if after[0] == w.OF and after[1] in w.OF_OWNERS:
            return o43_reading(w.OF_OWNERS[after[1]])  # "that little brain of yours"
        if after[1] in w.HAVE_AFTER and ctx.closes_clause(hit.last + 2):
            return o43_reading(after[0])  # "such a feeble mind you have"
    if hit.entry.term in w.MINDED and after and not ctx.pause_after(hit.last - 1):
        noun = after[0]
        if noun in w.POLITICAL:
            return Kind.GROUP, POLITICAL_NOTE  # "small minded liberals"
        if noun in w.PEOPLE and not w.POINTERS.isdisjoint(tokens[max(0, lead - 1) : hit.first]):
            return o43_reading(noun)  # "that small minded woman"
    return None


def o43_reading(word: str) -> tuple[TargetKind, str] | None:
    """The reading of an owner named by `word`: the reader, a third person, a group."""
    if word in w.READER:
        return Kind.SECOND_PERSON, ""
    if word in w.THIRD:
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE
    if word in w.POLITICAL:
        return Kind.GROUP, POLITICAL_NOTE
    if word in w.THEIRS:
        return Kind.GROUP, ""
    if word in w.PEOPLE:
        return (Kind.GROUP if word.endswith("s") else Kind.THIRD_PERSON), OUTRIGHT_NOTE
    return None
