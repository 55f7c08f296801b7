"""Targeting rules of the gamechat31 round (issue 8, twenty-second session): in-game chat
of many games (Dota 2, League, Valorant, Overwatch, Rocket League) that names a player
with two words and calls them a thing or a beast.

- A player named with two words called a thing or a beast (gamechat14's "is a dog",
  gamechat30's "is a literal dog"): "the enemy jungler is a dog", "our mid laner is a
  potato", "their support player is a baby", "our bot lane is a literal dog". The older
  subject takes one owner and one name; here "the enemy" is one owner and a role tail
  ("laner", "player", "main", "lane") may follow the name. Clean as before when the call
  goes on ("the enemy jungler is a dog main", "our mid laner is a potato farmer") or no
  player is named ("the enemy dog is a dog", "my pet is a dog"); praise is no hit
  ("the enemy jungler is a god").
- Not built: a hero pointed at with "this" called trash ("this jett is trash smh").
  gamechat12's table keeps "this sven is trash" clean (the champion judged), and the dev
  rows showed no such miss; left to a round that can weigh the two.

Cost per hit: one frozenset test of the term (and of the older reading) after the older
rules; for the round's terms only, a look of at most five tokens back and three ahead.
No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat14_words as g14
from bot.core.scoring import gamechat31_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum24 import Forum24Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat31Rules"]

_REACH: Final = 5  # "the enemy mid laner is a dog": the clause's start within reach
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


class GameChat31Rules(Forum24Rules):
    """A player named with two words called a thing or a beast."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shape read where it aims at no one."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED:
            return target, note  # already aimed: one set look-up
        if (
            hit.entry.term in w.THING_CALLS
            and self._gc31_two_word_subject(ctx, hit.first)
            and self._gc31_closes(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "the enemy jungler is a dog"
        return target, note

    def _gc31_two_word_subject(self, ctx: Context, at: int) -> bool:
        """The clause before token `at` is "[owner] <name> [tail]" with either "the enemy"
        as the owner or a role tail after the name ("our mid laner", "the enemy jungler")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(at, _REACH)
        end = at  # exclusive end of the subject
        if end - start < 2 or ctx.pause_after(end - 1):
            return False
        tailed = tokens[end - 1] in w.ROLE_TAILS
        if tailed:
            end -= 1
        name = end - 1
        if name < start or not self._gc14_player_name(ctx, name):
            return False
        owner = tuple(tokens[start:name])
        if owner == w.ENEMY_OWNER:
            return True  # "the enemy jungler", "the enemy mid laner"
        if not tailed:
            return False  # one owner and one name: gamechat14's reading stands
        return not owner or (len(owner) == 1 and owner[0] in g14.SUBJECT_OWNERS)

    @staticmethod
    def _gc31_closes(ctx: Context, hit: Hit) -> bool:
        """Nothing but laughter or a tail word after the call in its clause."""
        end = ctx.sentence_end(hit.last - 1, 3)
        return all(word in w.CLOSERS for word in ctx.tokens[hit.last : end])
