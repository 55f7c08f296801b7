"""Targeting rules of the gamechat33 round (issue 8, twenty-third session): Dota 2 chat
that flames a player with a name-call typed with one letter too many ("u iodiot",
"idiotd mid", "ur so stuipid", "our carry is usefless", "retardt mid") or, in the longest
"useless", one letter mistyped ("uselees techies").

The round's work is a typo table (gamechat33_words.flame_typos, read last by
lexicon_compile): each variant is read as its word, and the word then passes every
older targeting rule as if spelled right, so nothing new is aimed here. Stay clean as
the spelled words do: "im such an iodiot lol" (the writer), "this item is uselees",
"stuipid lag again" (a thing), "ur not an iodiot" (denied), "he called me an iodiot"
(reported), "am i stuipid?" (asked); everyday words are no variants ("idiom", "noon",
"stupor", "morons", "regards": any list's word is left out of the table).

This class only records the round's place in the chain, so that the coordinator can
restack it; it adds no reading and no cost.
"""

from __future__ import annotations

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord30 import Discord30Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat33Rules"]


class GameChat33Rules(Discord30Rules):
    """A stray letter in a game-chat name-call reads as the word (lexicon table only)."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading: the typo table's words need no rule of ours."""
        return super().in_game(ctx, hit, target, note)
