"""Targeting rules of the gamechat43 round (issue 8, thirtieth session): performance
shaming in game chat, a player's game called trash, garbage, crap or shit with "plays
like" (the lexicon had "play like shit" and "plays like ass"; this round adds "plays
like shit", "plays like trash", "played like garbage", "playing like crap" and their
kin to en/insult.txt, and "nood", chat's slip for "noob").

- The older rules read "he plays like trash", "our mid plays like garbage" and "this
  sniper plays like shit" as said of a person outright once the lines exist. They read
  a hero or a role they do not know as no one ("lina plays like garbage", "pa played like
  crap lol") and a past verdict after "they" as a third person merely mentioned ("they
  played like crap"). Here a hero or a role as the subject, opening its sentence after at
  most a player's determiner and chat's openers (gamechat40's `gc40_player_before`:
  "gg lina plays like garbage", "our pa played like crap"), or a plural subject
  (gamechat41's `gc41_verdict_subject`: "they played like crap", "these guys play like
  trash"), with only chat's tails after the line (gamechat40's `gc40_tails_only`), is a
  put-down said of them outright.

Stay clean: "i play like trash today sorry", "we played like garbage" (the writer's own
side), "the hero plays like trash after the nerf", "this build plays like crap", "my pc
plays like garbage" (a thing), "lina plays like garbage after the nerf" (a kit: no
tail), "he doesnt play like trash" (negated), "does lina play like trash?" (asked), "he
said she plays like trash" (reported).

Not built: a bad K/D record thrown at a hero or a role ("drow 0-12 gg", "0/10 pudge
lol"): neither the record nor the hero is a lexicon word, so no rule sees the line (the
matcher also refuses a hit with no letter, "0-12").

Cost per hit: one frozenset test of the term; then at most a dozen tokens around the
hit, each tested against a frozenset. No regex, no new work for messages without these
lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat43_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat40 import gc40_player_before, gc40_tails_only
from bot.core.scoring.targeting_gamechat41 import gc41_verdict_subject
from bot.core.scoring.targeting_hatecheck48 import HateCheck48Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat43Rules"]

# Readings a play verdict may be raised from: no one, a thing, a third person mentioned.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class GameChat43Rules(HateCheck48Rules):
    """A player named by hero, role or "they" said to play like trash, with chat's
    tails."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to a put-down said of a player
        outright in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in _UNAIMED or hit.entry.term not in w.PLAY_TERMS:
            return target, note  # negated, reported, the writer's own, or aimed already
        if ctx.quoted_or_asked(hit.first, hit.last) or not gc40_tails_only(ctx, hit.last):
            return target, note  # "does lina play like trash?", "... after the nerf"
        if gc40_player_before(ctx, hit.first) or gc41_verdict_subject(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "lina plays like garbage lol"
        return target, note
