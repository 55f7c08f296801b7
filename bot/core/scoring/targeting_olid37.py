"""Targeting rules of the olid37 round (issue 8): tweets that put one person down by
saying they showed themselves up, which the older rules read as no one's, a thing's or a
person's without the note that counts.

- A person shown up by their own doing: "she has shown herself to be a narcissist", "he
  proved himself a total fraud", "he exposed himself as a liar", "she showed herself up as
  a hypocrite", "he keeps making a fool of himself". Only himself/herself ("i made a fool
  of myself" is the writer's); no denial in the link ("she showed herself to be no fool"),
  no condition, denial or report before the verb ("he hasn't shown himself to be a
  liar", "they say he proved himself a fraud"), not quoted or asked.
- Left alone: an exclamation with a pronoun after the put-down ("what a loser he is"),
  which the older rounds keep clean on purpose (test_scorer_precision, forum25), and the
  same with "this guy"/"that man", which forum25 reads.

Cost per insult hit left unaimed: a walk of at most LINK_REACH back to the reflexive (or
MAKING_REACH to "make"), and VERB_REACH to the sentence's start. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid37_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_italian48 import Italian48Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid37Rules"]

# The older readings this round may override: none, a thing, or a person without the
# note that makes it count.
_FAINT: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, NOT_CALLED_NOTE})
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class Olid37Rules(Italian48Rules):
    """A put-down of one person shown up by their own doing ("he proved himself a fraud",
    "she keeps making a fool of herself")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a person outright in this round's
        shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category != Cat.INSULT or note not in _FAINT or target not in _UNAIMED:
            return target, note
        if _o37_shown_up(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def _o37_shown_up(ctx: Context, hit: Hit) -> bool:
    """ "he proved himself a fraud", "she is making a fool of herself": the put-down of one
    person by their own doing, said by the writer."""
    tokens = ctx.tokens
    last = hit.last
    if (
        hit.entry.tokens[-1] in w.FOOLS
        and last + 1 < len(tokens)
        and tokens[last] == w.OF
        and tokens[last + 1] in w.REFLEXIVE
    ):
        verb = ctx.back_over(hit.first, w.LINKS, w.MAKING_REACH) - 1
        if verb < 0 or tokens[verb] not in w.MAKING:
            return False
        return _o37_said(ctx, verb, last + 2)
    reflexive = -1
    describers = 0
    for at in range(hit.first - 1, max(-1, hit.first - w.LINK_REACH - 1), -1):
        word = tokens[at]
        if ctx.pause_after(at) or word in w.DENIALS:
            return False
        if word in w.REFLEXIVE:
            reflexive = at
            break
        if word not in w.LINKS:
            describers += 1  # "a spoilt narcissist"
            if describers > w.DESCRIBERS_ALLOWED:
                return False
    if reflexive < 1 or tokens[reflexive - 1] not in w.SHOWING:
        return False
    return _o37_said(ctx, reflexive - 1, last)


def _o37_said(ctx: Context, verb: int, end: int) -> bool:
    """No condition, denial or report before the verb in its sentence, not quoted or
    asked: the writer's own verdict."""
    first = ctx.sentence_start(verb, w.VERB_REACH)
    if not w.BEFORE_VERB.isdisjoint(ctx.tokens[first:verb]):
        return False
    return not ctx.quoted_or_asked(verb, end)
