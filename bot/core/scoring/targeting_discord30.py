"""Targeting rules of the discord30 round (issue 8, twenty-third session): Discord lines
between teenagers that tell a member they took a big L.

- The reader took a big L: the reader ("u", "you", "ya") opening the line (two chat
  openers at most before it), "took" (two adverbs at most between), an article or "such",
  and an L with a size word ("massive", "giant", "major", "big", discord25's "huge"), then
  only gloat tags to the message's end: "u took a massive L lol", "you took a major L
  bro", "u just took a giant L lmao", "bro u took a big L 💀", "u took a huge L". Stay
  clean: "i took a massive L today", "the lakers took a massive L" (not the reader), "did
  u take a massive L on the quiz?" (asked), "he said u took a massive L lol" (reported),
  "u took a massive L, it happens, next time" and "u took a big L but ur still the goat"
  (the line goes on past the L), "took a massive L on my build lol" (no one named).
  This round's terms ("massive l", "giant l", "major l", "big l") are aimed only in this
  shape and cancelled elsewhere; "huge l" keeps its older readings outside it.

Not built: "ur (so) weird" (a bare "weird" is a said-of-group word kept out of the
lexicon); the round's time went to the L shape.

Cost per hit: one frozenset test of the term; then at most four tokens ahead and seven
back. No regex, no new work for messages without these terms; BIG_LS's new openers stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord30_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck34 import HateCheck34Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_THE_READERS_L_NOTE", "Discord30Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_THE_READERS_L_NOTE: Final = "a big L not told to the reader who took it"


class Discord30Rules(HateCheck34Rules):
    """The reader told they took a big L."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TOOK_LS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d30_only_tags_after(ctx, hit.last)
            and _d30_reader_took(ctx, hit.first)
        ):
            return Kind.SECOND_PERSON, ""  # "u took a massive L lol"
        if term in w.BIG_LS:
            return Kind.OBJECT, NOT_THE_READERS_L_NOTE  # "i took a massive L today"
        return target, note


def _d30_reader_took(ctx: Context, first: int) -> bool:
    """ "(bro) u (just) took a massive L": the reader took it, opening the line."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.TOOK_GAP, w.TOOK_GAP_REACH) - 1
    if at < 1 or tokens[at] not in w.TOOK:
        return False
    at = ctx.back_over(at, w.TOOK_ADVERBS, 2) - 1
    if at < 0 or tokens[at] not in w.READERS:
        return False
    return ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _d30_only_tags_after(ctx: Context, last: int) -> bool:
    """Only gloat tags follow the L to the message's end, and no pause breaks them off."""
    if not ctx.only_tags_after(last, w.TAGS, w.TAG_REACH):
        return False
    return not ctx.pause_after(last - 1) or last >= len(ctx.tokens)
