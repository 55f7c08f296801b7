"""Guard rules of the precision20 round (issue 8, twenty-second session): readings of the
earlier rounds that aim hostility at no one, cancelled where the shape says so.

- A thing, a state of affairs or an idea said to be the problem: "poverty is the
  problem", "climate change is the real problem", "rent is the problem". olid24 reads a
  bare word opening its sentence as a name; a subject word with a thing's ending
  (precision20_words.THING_ENDINGS: "poverty", "anxiety", "bigotry", "ideology") or
  among the common things the endings miss (THINGS: "rent", "change", "stress") is no
  one. Still aimed: "trump is the problem", "he is the problem", "liberals are the
  problem", "immigrants are the problem" (hatecheck30's group reading is untouched).
- A claim put as someone's question: "the reporter asked whether immigrants are to
  blame", "she wondered if women are the problem", "the poll asked if muslims are to
  blame". The hatecheck28-30 shapes ask `_hc28_said_else` whether the claim is someone
  else's; an asking word (ASKING) earlier in the sentence makes it so. Still aimed:
  "immigrants are to blame", "if you ask me, immigrants are the problem" ("ask" is the
  writer's own framing, not in ASKING), "i blame muslims".
- A third person's dislike reported: "he can't stand women", "my dad cant stand
  immigrants", "they can't stand muslims, which is sad". The older aversion terms
  (hatecheck28_words.OLD_AVERSIONS) read as the group's when "he", "she", "they" or a
  possessive and a noun ("my uncle", "her brother") hold them, over a few adverbs.
  Still aimed: "i can't stand women", "can't stand gay people tbh", "honestly i just
  can't stand immigrants" (the writer's own).
- An illness described as hitting a group: "a disease that mostly affects gay men", "the
  disease which killed so many jews", "its a cancer that hits black women harder". An
  illness term (forum_words.ILLNESSES) read as the group's with a relative word right
  after it (RELATIVES) and no named group or people ("they", "these") earlier in its
  sentence is the illness (forum's ILLNESS_NOTE). Still aimed: "muslims are a disease
  that spreads", "islam is a disease that kills women", "jews are a cancer", "the muslim
  plague that is destroying europe".

Cost per hit: one frozenset test of the term; for "the problem" terms, two subject words'
endings; for the hatecheck28-30 shapes, the tokens back to the sentence's start (at most
FRAME_REACH, as the older check walks); for the aversions, three tokens back. No regex, no
work for messages without these terms. For an illness read as a group's, one token after
it and the tokens back to its sentence's start (at most ILLNESS_REACH).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck28_words as h28
from bot.core.scoring import precision20_words as w
from bot.core.scoring.forum_words import ILLNESSES
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum import ILLNESS_NOTE
from bot.core.scoring.targeting_hatecheck31 import HateCheck31Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_WRITERS_NOTE", "Precision20Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_WRITERS_NOTE: Final = "a third person's dislike reported, not the writer's"


class Precision20Rules(HateCheck31Rules):
    """Things said to be the problem, claims asked about, a third person's dislike, an
    illness said to hit a group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a reported dislike of a group, or an illness
        said to hit one, cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.GROUP:
            return target, note
        term = hit.entry.term
        if term in h28.OLD_AVERSIONS and _held(ctx, hit):
            return Kind.OBJECT, NOT_WRITERS_NOTE  # "he can't stand women"
        if term in ILLNESSES and self._illness_told(ctx, hit):
            return Kind.OBJECT, ILLNESS_NOTE  # "a disease that mostly affects gay men"
        return target, note

    def _illness_told(self, ctx: Context, hit: Hit) -> bool:
        """ "a disease that affects gay men": a relative word right after the illness, and
        no named group or people earlier in its sentence that it could be said of."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in w.RELATIVES:
            return False
        start = ctx.sentence_start(hit.first, w.ILLNESS_REACH)
        return all(
            tokens[i] not in w.PEOPLE_BEFORE and self._group_end(tokens, i) <= i
            for i in range(start, hit.first)
        )

    def _olid24_someone(self, tokens: list[str], at: int) -> bool:
        """olid24's subject check, and no thing by this round's endings and words."""
        if not super()._olid24_someone(tokens, at):
            return False
        words = tokens[at - 1 : at + 1] if at > 0 else tokens[at : at + 1]
        return not any(
            part in w.THINGS or (len(part) > 5 and part.endswith(w.THING_ENDINGS)) for part in words
        )

    def _hc28_said_else(self, ctx: Context, hit: Hit) -> bool:
        """The older check, or a question about the claim earlier in its sentence."""
        if super()._hc28_said_else(ctx, hit):
            return True
        start = ctx.sentence_start(hit.first, h28.FRAME_REACH)
        return not w.ASKING.isdisjoint(ctx.tokens[start : hit.first])


def _held(ctx: Context, hit: Hit) -> bool:
    """ "he / they / my dad (just) can't stand ...": a third person holds the dislike."""
    at = ctx.back_over(hit.first, h28.WRITER_GAP, h28.WRITER_REACH) - 1
    if at < 0 or ctx.pause_after(at):
        return False
    tokens = ctx.tokens
    if tokens[at] in w.HOLDERS:
        return True
    word = tokens[at]
    return at > 0 and tokens[at - 1] in w.OWNERS and word.isalpha() and word not in w.NOT_OWNED
