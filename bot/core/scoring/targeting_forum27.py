"""Targeting rules of the forum27 round (issue 8, twenty-fifth session): Reddit-style
snark at the commenter being answered, a superlative put-down of the comment or take.

- The comment put down as the worst of its kind: a superlative right before a word for
  what a commenter wrote ("dumbest take", "stupidest comment", "the most idiotic post",
  "worst argument"), then, within a few tokens, the measure that makes it a reply's:
  "ever" or "yet", the reader's reading ("i've read", "i have seen"), a place ("on this
  sub", "in this thread", "on the internet") or a time ("all week", "today", "of the
  day"): "this is the dumbest take i've read all week", "worst argument on this sub",
  "stupidest post i have ever seen", "congrats on the dumbest comment of the day".
  "thing" counts only when read or heard and a reply's word names it before ("your
  comment is the dumbest thing i've read all day"). Terms: the older OLD_SUPERLATIVES
  ("dumbest", "stupidest", "worst", "the worst") and OLD_MOSTS ("idiotic", "ignorant"
  after "most"), which keep their older readings outside the shape. Stay clean: "best
  take i've read all week" (no term), "dumbest thing i've done all week", "the
  stupidest comment i ever posted", "i posted the worst take ever" (the writer's own),
  "my dumbest take ever" (an owner), "the dumbest law passed this year", "worst game
  i've seen all season" (a thing, not a comment: political and news talk stays with the
  older rules), "not the dumbest idea i've heard", "he said it was the dumbest take he'd
  read all week", "my teacher called it the stupidest argument" (denied, reported),
  "what's the dumbest take you've seen on this sub?" (asked), quotes, and a kind word
  after ("... it's actually smart").

Not built: the comparison that belittles the writer ("i've seen smarter comments from a
toddler"), "found the guy who ...", "username checks out", "tell me ... without telling
me": the round's time went to the shape above.

Cost per hit: one frozenset test of the term per list; then one token ahead for the
comment's word, at most seven tokens ahead for the measure, six back for a denial, a
report or the writer's own doing, ten ahead for a kind word. No regex, no new work for
messages without these terms. No lexicon lines: "worst take" would make "comment",
"reply" and the like index words, which changed older readings ("why would your comment
be stupid?", forum23).
"""

from __future__ import annotations

from bot.core.scoring import forum27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord32 import Discord32Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum27Rules"]


class Forum27Rules(Discord32Rules):
    """A superlative put-down of the comment being answered ("dumbest take i've read")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OLD_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _f27_put_down(ctx, hit)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "dumbest take i've read all week"
        return target, note


def _f27_put_down(ctx: Context, hit: Hit) -> bool:
    """The superlative before a commenter's word, its measure after, nobody else's."""
    tokens = ctx.tokens
    first, end = hit.first, hit.last
    if hit.entry.term in w.OLD_MOSTS:
        if first < 1 or tokens[first - 1] != w.MOST:
            return False
        first -= 1  # "the most idiotic post": the superlative opens at "most"
    if end >= len(tokens):
        return False
    word = tokens[end]
    if word != w.THING and word not in w.WRITINGS:
        return False
    end += 1
    if word == w.THING and not _f27_thing_of_a_reply(ctx, first, end):
        return False  # "the dumbest thing i've ever done"
    return not _f27_cancelled_before(ctx, first) and _f27_measured(ctx, end)


def _f27_thing_of_a_reply(ctx: Context, first: int, end: int) -> bool:
    """ "your comment is the dumbest thing i've read": a reply's word earlier in the
    sentence, and "read" or "heard" after "thing"."""
    start = ctx.sentence_start(first, w.BEFORE_REACH)
    return not w.WRITINGS.isdisjoint(ctx.tokens[start:first]) and ctx.any_ahead(
        end, w.THING_VERBS, w.CUE_REACH
    )


def _f27_cancelled_before(ctx: Context, first: int) -> bool:
    """An owner right before ("my dumbest take"), or a denial or a report earlier in the
    sentence ("not the dumbest idea", "she called it the stupidest argument")."""
    tokens = ctx.tokens
    if first >= 1 and tokens[first - 1] in w.OWNERS:
        return True  # "my dumbest take", "trump's dumbest post" (not "that's the ...")
    start = ctx.sentence_start(first, w.BEFORE_REACH)
    before = tokens[start:first]
    if not w.BEFORE_CANCELS.isdisjoint(before):
        return True
    for i, token in enumerate(before):
        if token in w.FIRST_PERSON and not w.OWN_DOINGS.isdisjoint(before[i + 1 :]):
            return True  # "i posted the worst take ever"
    far, from_ = w.FAR_FROM
    return any(before[i] == far and before[i + 1] == from_ for i in range(len(before) - 1))


def _f27_measured(ctx: Context, end: int) -> bool:
    """The measure after the words: "ever", the reader's reading, a place or a time; no
    first-person clause of the writer's own doing and no third person's reading."""
    tokens = ctx.tokens
    stop = ctx.sentence_end(end, w.CUE_REACH)
    i = end
    while i < stop:
        token = tokens[i]
        if token in w.THIRD_PERSON:
            return False  # "the dumbest take he'd read"
        if token in w.FIRST_PERSON:
            verb = i + 1
            while verb < stop and tokens[verb] in w.AUXILIARIES:
                verb += 1
            return verb < stop and tokens[verb] in w.READ_VERBS  # "i've read" not "i made"
        if token in w.EVER or token in w.PLACES or token in w.TIMES:
            return True
        i += 1
    return False
