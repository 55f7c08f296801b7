"""Targeting rules of the forum26 round (issue 8, twenty-fourth session): Reddit-style
replies that pass a verdict on the commenter through their words.

- The writer's words likened to an insult's: an insult (an INSULT entry) after "a" or
  "an", with "something", "what" or "thing" before and a modal and a saying verb after
  ("would say", "'d post"), or a saying verb in the past ("wrote"): "sounds like
  something a loser would say", "that's exactly what a troll would say", "sounds like
  something a stupid person would write". The older readings took the insult for a
  thing's or a reported one's.
- "said every X ever": "said every loser ever", "lol says every incel ever", opening its
  sentence.

Stay clean: the same shapes without an insult ("sounds like something a lawyer would
say", "said every parent ever", no hit at all), the writer's own or denied ("i said
something a loser would say", "that doesn't sound like something a moron would say"),
reported ("he said it sounds like something a loser would say": the older REPORTED
reading stands), asked or quoted.

Cost per hit: one category test; then a few tokens back (two qualifiers, the article,
the likening word) and two ahead, and a look back over the sentence for the writer or a
denial. No regex, no lexicon lines, no new work for messages without an insult hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian36 import Italian36Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_PUT_DOWN_NOTE", "Forum26Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_A_PUT_DOWN_NOTE: Final = "an order to seek help not said as a put-down"


class Forum26Rules(Italian36Rules):
    """The commenter's words likened to an insult's: "something a loser would say"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the reader in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term in w.HELP_TERMS:
            if target is not Kind.REPORTED and _f26_help_put_down(ctx, hit):
                return Kind.IMPERATIVE, ""  # "yikes, seek help", "seek help lmao"
            return Kind.OBJECT, NOT_A_PUT_DOWN_NOTE  # "please seek help if you feel unsafe"
        if hit.entry.category is not Cat.INSULT or target is Kind.SECOND_PERSON:
            return target, note
        likened = _f26_said_every(ctx, hit) or (
            target is not Kind.REPORTED and _f26_likened(ctx, hit)
        )
        if likened and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.SECOND_PERSON, ""  # "sounds like something a loser would say"
        return target, note


def _f26_said_every(ctx: Context, hit: Hit) -> bool:
    """ "(lol) said every loser ever", the saying verb opening its sentence."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    return (
        first >= 2
        and last < len(tokens)
        and tokens[last] == w.EVER
        and tokens[first - 1] == w.EVERY
        and tokens[first - 2] in w.SAID_EVERY
        and ctx.opens_after(first - 2, w.OPENERS, w.OPENER_REACH)
    )


def _f26_likened(ctx: Context, hit: Hit) -> bool:
    """ "something a (total) loser would say": the likening word, the article, the insult,
    then the saying; not the writer's own nor denied."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.QUALIFIERS, w.QUALIFIER_REACH)
    if at < 2 or tokens[at - 1] not in w.ARTICLES or tokens[at - 2] not in w.LIKENED:
        return False
    if tokens[at - 2] == w.WHAT and ctx.starts_sentence(at - 2):
        return False  # "what a loser would say is irrelevant": a subject, no likening
    if not _f26_saying_after(ctx, hit.last):
        return False
    start = ctx.sentence_start(at - 2, w.SENTENCE_REACH)
    return w.SELF_OR_DENIED.isdisjoint(tokens[start : at - 2])


def _f26_saying_after(ctx: Context, last: int) -> bool:
    """ "would say", "'d post", "wrote" right after the insult (or its person: "a stupid
    person would say"), in its clause."""
    tokens = ctx.tokens
    n = len(tokens)
    if last < n and tokens[last] in w.PEOPLE and not ctx.pause_after(last - 1):
        last += 1
    if last >= n or ctx.pause_after(last - 1):
        return False
    if tokens[last] in w.SAID:
        return True
    return last + 1 < n and tokens[last] in w.MODALS and tokens[last + 1] in w.SAYING


def _f26_help_put_down(ctx: Context, hit: Hit) -> bool:
    """ "(yikes,) seek help (lmao)": the order opening its sentence after chat openers, only
    tags or "for your <delusions>" after it, a mark of mockery somewhere, and no care in
    the message; neither quoted nor asked."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if not w.CARE.isdisjoint(tokens) or ctx.quoted_or_asked(first, last):
        return False
    at = first
    floor = max(0, first - w.HELP_OPENER_REACH)
    while at > floor and tokens[at - 1] in w.HELP_OPENERS:
        at -= 1
    if not ctx.starts_sentence(at):
        return False
    mocked = not w.MOCKING.isdisjoint(tokens[at:first])
    end = ctx.sentence_end(last - 1, w.HELP_TAIL_REACH + 3)
    tail = tokens[last:end]
    if len(tail) >= 3 and tail[0] == w.FOR and tail[1] in w.YOUR and tail[2] in w.RIDICULED:
        return True  # "seek help for your delusions"
    if len(tail) > w.HELP_TAIL_REACH or not w.HELP_TAGS.issuperset(tail):
        return False
    return mocked or not w.MOCKING.isdisjoint(tail)
