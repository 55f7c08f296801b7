"""Targeting rules of the forum23 round (issue 8, twenty-first session): Reddit-like
replies that judge the reader's own words in the thread.

- The reader's comment, post, opinion, take, argument or logic called stupid,
  worthless or pathetic: "your comment is stupid", "your take is garbage", "your whole
  argument is beyond moronic", "lol your logic is braindead", "il tuo commento è
  stupido", "i tuoi commenti sono ridicoli". A judgement of forum23_words.JUDGED, a being
  verb before it (over two degree adverbs), a word of the thread's talk
  (forum23_words.SAID, over "whole" / "entire") and "your" (or "il tuo", "la tua") before
  that, opening the sentence or after an interjection only. Read as aimed at the reader.
  Clean: "this argument is worthless", "the patch notes are garbage" (no reader's
  words), "my comment was stupid lol" (the writer), "your comment is not stupid",
  "i don't think your comment is stupid", "nobody said your opinion is worthless" (a
  negation or a clause before "your"), "is your take dumb?" (asked), a quoted line,
  "your plan is stupid", "your question is dumb" (work or a question, not the thread's
  talk: left as they were), "your comment is fucking gold" (no judgement).

The abstract-noun sayings ("stupidity is dangerous", "stupidity is contagious") are
made clean where the over-reading is made: targeting_forum22's whole-sentence
name-call test now leaves out every noun of forum22_words.STUPIDITIES, not only the new
ones, when no "you" is in the sentence.

Cost per hit: one frozenset test of the term; then at most eight tokens back (two
adverbs, the verb, the noun and its "whole", "your" and an Italian article), the
sentence start (cached) and the few words before "your", and one quote and one "?" test
(cached). No regex, no new work for messages without these terms.
"""

from __future__ import annotations

from bot.core.scoring import forum23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid22 import back_over_two
from bot.core.scoring.targeting_olid23 import Olid23Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum23Rules"]

_OPENER_REACH = 3  # at most this many interjection words before "your"


class Forum23Rules(Olid23Rules):
    """The reader's comment, post, opinion or argument called stupid or worthless."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the reader in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.JUDGED:
            return target, note
        owner = _words_judged(ctx, hit)
        if owner in w.YOUR and target != Kind.SECOND_PERSON:
            return Kind.SECOND_PERSON, ""  # "your comment is stupid"
        if owner in w.MY:
            return Kind.SELF, ""  # "my take was dumb, you are right"
        return target, note


def _words_judged(ctx: Context, hit: Hit) -> str:
    """ "your comment is stupid", "lol your whole take is beyond dumb", "il tuo commento
    è stupido": the reader's (or the writer's) words, a being verb and the judgement,
    said outright. The owner's word, or "" when the shape is not there."""
    tokens = ctx.tokens
    first = hit.first
    verb = back_over_two(tokens, first - 1, w.DEGREES)
    if verb < 2 or tokens[verb] not in w.BEING or ctx.pause_after(verb):
        return ""
    said = verb - 1
    if tokens[said] not in w.SAID:
        return ""
    your = said - 1
    if tokens[your] in w.WHOLE:
        your -= 1
    if your < 0 or tokens[your] not in w.OWNERS:
        return ""
    owner = tokens[your]
    if your > 0 and tokens[your - 1] in w.ITALIAN_ARTICLES and owner not in w.ENGLISH_OWNERS:
        your -= 1  # "il tuo commento"
    start = ctx.sentence_start(your, _OPENER_REACH + 1)
    if your - start > _OPENER_REACH or any(t not in w.OPENERS for t in tokens[start:your]):
        return ""
    if ctx.quoted_or_asked(first, hit.last):
        return ""
    return owner
