"""Targeting rules of the olid37 round (issue 8): tweets that put one person down in two
shapes the older rules read as no one's or as a thing.

- An exclamation with the person after the put-down: "what a sore loser she is", "what a
  fraud that man is", "showing the world what a liar he is", "what a joke of a senator he
  is". The older rules read "what a fraud" as said of nothing and "he is" after it as a
  thing's being. Read: "what" and an article at most DESCRIBER_REACH words before the
  put-down, then he/she or "this/that" + a word for a person, then is/was, and the clause
  closes (a few tails allowed). "what an idiot i am", "what a joke this season is", "do
  you know what a liar is?" stay clean.
- A person shown up by their own doing: "she has shown herself to be a narcissist", "he
  proved himself a total fraud", "he exposed himself as a liar", "he keeps making a fool
  of himself". Only himself/herself ("i made a fool of myself" is the writer's); no denial
  in the link ("she showed herself to be no fool"), no condition, denial or report before
  the verb ("he hasn't shown himself to be a liar", "they say he proved himself a
  fraud"), not quoted or asked.

Cost per insult hit left unaimed: a walk of at most DESCRIBER_REACH back and
3 + TAILS_REACH ahead, or LINK_REACH back to the reflexive and VERB_REACH to the sentence's
start. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid37_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum30 import Forum30Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid37Rules"]

# The older readings this round may override: none, a thing, or a person without the
# note that makes it count.
_FAINT: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, NOT_CALLED_NOTE})
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class Olid37Rules(Forum30Rules):
    """A put-down of one person exclaimed with the person after it ("what a sore loser she
    is") or shown up by the person's own doing ("he proved himself a fraud")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a person outright in this round's
        shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category != Cat.INSULT or note not in _FAINT or target not in _UNAIMED:
            return target, note
        if _o37_exclaimed(ctx, hit) or _o37_shown_up(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def _o37_exclaimed(ctx: Context, hit: Hit) -> bool:
    """ "what a [describers] PUT-DOWN he is": one person after the put-down, said whole."""
    tokens = ctx.tokens
    article = -1
    for at in range(hit.first, max(-1, hit.first - w.DESCRIBER_REACH - 1), -1):
        if tokens[at] in w.ARTICLES:
            article = at
            break
        if at < hit.first and ctx.pause_after(at):
            return False
    if article < 1 or tokens[article - 1] != w.WHAT or ctx.pause_after(article - 1):
        return False
    at = hit.last
    if (
        at + 2 < len(tokens)
        and tokens[at] == w.OF
        and tokens[at + 1] in w.ARTICLES
        and not ctx.pause_after(at + 1)
    ):
        at += 3  # "what a joke of a senator he is"
    if at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    if tokens[at] in w.POINTERS and at + 1 < len(tokens) and tokens[at + 1] in w.PERSON_HEADS:
        at += 1  # "what a fraud that man is"
    elif tokens[at] not in w.ONE_PERSON:
        return False
    if tokens[at] not in ("hes", "shes"):
        at += 1
        if at >= len(tokens) or tokens[at] not in w.BE:
            return False
    if not ctx.closes_after(at + 1, w.TAILS, w.TAILS_REACH):
        return False  # "what a fool he is becoming" goes on
    return not ctx.quoted_or_asked(article - 1, at + 1)


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
