"""Targeting rules of the chat10 round (issue 8): a sexual act proposed to or ordered of
the reader, or the reader's sex life asked about, in words no older line held; people
abusing a chatbot or another chatter write these to it (ConvAbuse's "system" lines).

- The act proposed or ordered, closing its clause (maybe with chat's tails): "will you
  make love to me", "lets make love", "can i be your lover", "be my lover baby", "i want
  you to lick it", "lick it slowly", "i wanna bang you", "get naked for me", "i want to
  get into your pants". It opens its sentence (over openers: "now lick it", "come make
  love with me"), or a want, a modal or "let" with the writer or the reader stands in
  the few words before it ("can we", "would you", "i want you to", "let me").
- The reader's sex life asked about: "hows your sex life", "tell me about your sex
  life", "is your sex life good?".

Clean: the same words about others, in films, idioms and chores ("make love not war",
"in the movie they make love", "the dog tried to lick it", "lick it off the spoon",
"bang bang you're dead", "ants in your pants", "my sex life is boring"), negations
("don't lick it", "i would never make love to a robot"), quotes and reports. The
round's own lines out of these shapes are cancelled.

Cost per hit: a frozenset test of the term; then at most TAIL_REACH tokens ahead,
LEAD_REACH back over openers, and FRAME_REACH (or NEGATION_REACH, ASK_REACH) words of
the sentence tested against a frozenset. No regex; no older line reads differently.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat10_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian57 import Italian57Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_PROPOSED_NOTE", "Chat10Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_PROPOSED_NOTE: Final[str] = "no sexual act proposed to the reader, no sex life asked"


class Chat10Rules(Italian57Rules):
    """A sexual act proposed to or ordered of the reader ("will you make love to me",
    "i want you to lick it") or the reader's sex life asked about ("hows your sex
    life"); read only by this round's own lines."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        its shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        shaped = _c10_asked if term in w.SEX_LIFE_TERMS else _c10_proposed
        if (
            target is not Kind.REPORTED
            and not ctx.quoted(hit.first, hit.last)
            and not _c10_negated(ctx, hit.first)
            and shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "will you make love to me"
        return Kind.NONE, NOT_PROPOSED_NOTE  # "make love not war", "ants in your pants"


def _c10_tails(term: str) -> frozenset[str]:
    """What may close the act's clause after `term`."""
    if term in w.LOVE_TERMS:
        return w.LOVE_TAILS
    if term in w.LICK_TERMS:
        return w.LICK_TAILS
    if term in w.NAKED_TERMS:
        return w.NAKED_TAILS
    return w.SHARED_TAILS


def _c10_negated(ctx: Context, first: int) -> bool:
    """A negation before token `first` in its sentence: "don't lick it", "i would never
    make love to a robot", "i don't care about your sex life"."""
    start = ctx.sentence_start(first, w.NEGATION_REACH)
    return not w.NEGATORS.isdisjoint(ctx.tokens[start:first])


def _c10_proposed(ctx: Context, hit: Hit) -> bool:
    """The act closes its clause (the pants after "get" or "me") and is ordered (it opens
    its sentence over openers) or proposed (a frame word with the writer or the reader
    in the FRAME_REACH words before it)."""
    tokens = ctx.tokens
    term = hit.entry.term
    first = hit.first
    if term in w.PANTS_TERMS:
        if first == 0 or tokens[first - 1] not in w.PANTS_VERBS or ctx.pause_after(first - 1):
            return False  # "ants in your pants"
        first -= 1
    elif not ctx.closes_after(hit.last, _c10_tails(term), w.TAIL_REACH):
        return False  # "lick it off the spoon", "make love not war"
    at = ctx.back_over(first, w.LEADS, w.LEAD_REACH)
    if ctx.starts_sentence(at):
        return True  # "lick it", "now get naked"
    start = max(ctx.sentence_start(at, w.FRAME_REACH), at - w.FRAME_REACH)
    said = tokens[start:at]
    return not w.FRAMES.isdisjoint(said) and not w.US.isdisjoint(said)


def _c10_asked(ctx: Context, hit: Hit) -> bool:
    """An asking word before the reader's sex life in its sentence ("hows your sex
    life", "tell me about your sex life"), or the sentence ends with "?"."""
    start = ctx.sentence_start(hit.first, w.ASK_REACH)
    return not w.ASKERS.isdisjoint(ctx.tokens[start : hit.first]) or ctx.ends_asking(hit.first)
