"""Targeting rules of the gamechat30 round (issue 8, twenty-second session): in-game chat
of many games (Dota 2, League, Valorant, Overwatch, Rocket League) that sums a player up
as an archetype, or calls a player a thing or a beast with an intensifier.

- A player called a thing or a beast with an intensifier: "our jungler is a literal
  dog", "our mid is an absolute potato", "jett is a literal monkey", "our top is a
  complete potato lol". The round's lexicon lines (gamechat30_words.THING_CALLS, "is a
  literal dog", "is an absolute potato", "is a total donkey") are read as gamechat14
  reads "is a dog": a role, a hero or a lane opens the clause (an owner before it at
  most: "our", "the enemy", "this") and only laughter or a tail closes it. Clean: "my
  pet is a literal dog", "the boss is an absolute dog" (no player), "this hero is an
  absolute dog in lane" (the clause goes on), "our jungler is a literal god" (no line).
- A player summed up as an archetype (a fix where the rule lives: gamechat12's
  CALL_OPENERS take "typical", "classic", "another", "yet"): "typical trash jungler",
  "another useless support", "yet another garbage adc", read as "fucking useless
  jungler" is. Clean: "typical trash loot", "another useless skin" (no player noun),
  "im a typical trash jungler lol" (the writer), "typical jett player" (no call).
- Its fix of an older reading (gamechat25's `_doubted`): "how" before "are you even"
  asks a state in earnest, "how are you even awake (at 4am)"; "are u even awake lol"
  still doubts it, and gamechat29 still reads "how are you even gold".

Cost per hit: one frozenset test of the term after the older rules; for the round's
terms only, gamechat14's look four tokens back to the clause's start and three ahead to
its end. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from bot.core.scoring import gamechat30_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord27 import Discord27Rules
from bot.core.scoring.targeting_gamechat14 import NO_PLAYER_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat30Rules"]


class GameChat30Rules(Discord27Rules):
    """A player called a thing or a beast with an intensifier, aimed only of a role, a
    hero or a lane opening the clause."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's thing-calls decided anew."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.THING_CALLS:
            return target, note  # most hits: one set look-up
        if (
            not ctx.quoted(hit.first, hit.last)
            and self._gc14_player_subject(ctx, hit)
            and self._gc14_closes(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our jungler is a literal dog"
        return Kind.OBJECT, NO_PLAYER_NOTE  # "my pet is a literal dog"
