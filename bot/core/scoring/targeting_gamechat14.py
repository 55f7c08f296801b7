"""Targeting rules of the fourteenth game-chat round (issue 8): match chat's flaming.

- "<role, hero or lane> is a <thing or beast>" (insult.txt lines "is a dog", "is a
  potato", ...) is said of that player only when the name opens its clause, an owner
  ("our", "the", "this") before it at most, and the call closes the clause but for
  laughter ("our top is a dog", "jungler is a potato lol"); "my pet is a dog", "the
  mascot is a donkey", "my son is a baby" name no player.
- "<role or hero> has no brain" (insult.txt lines counted only of people) is said of
  that player with the same subject ("our carry has no brain").
- "gg no <role>" (insult.txt lines said to the team) blames only closing its clause
  ("gg no jungle lol"); "gg no carry no win" goes on about the game.
- "pos 4", "pos 1": a Dota position number, not "pos" (piece of shit): "pos 1 farm pls"
  is no insult, and "our pos 4 is a potato" names the support as a role does.
- Sarcastic praise right before a sabotage word ("gj feeding", "nice throwing again",
  "thanks for feeding carry") is blame said to the player; chat9 reads a bare "feeding"
  as a report of the play ("sova is feeding").
- An order to give the match up (exclusion.txt lines "go afk", "just abandon", ...)
  counts only as the whole short message, a vocative, laughter or "pls" beside it ("go
  afk noob", "just abandon pls"); "go afk farm the jungle" is a plan.

gamechat12's hero or role named as the subject of a player-only name-call ("pudge is
clueless") is now weighed as said outright (olid4's floor), fixed there at its depth.

Each rule is gated by a frozenset test on the hit's own term, then reads at most the
hit's clause: hits of other terms pay one set look-up.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat14_words as g14
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.gamechat13_words import HERO_WORDS, TAUNT_BESIDE, TAUNT_LAUGHS
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision14 import Precision14Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat14Rules"]

NO_PLAYER_NOTE: Final = "a thing or a pet called so, not a player"
POSITION_NOTE: Final = "a position number, not a name-call"
PLAN_NOTE: Final = "a plan in a sentence, not an order to give the match up"
GOES_ON_NOTE: Final = "the game talked of, not a player blamed"
BODY_NOTE: Final = "the body's brain named, not a player blamed"
_POS: Final = "pos"
_LEAVE_LINE: Final = 6  # tokens: "go afk you noob lol" at most
_SUBJECT_REACH: Final = 4  # "our pos 4 is a dog": the clause's start within reach
_UNNAMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.MENTION})


class GameChat14Rules(Precision14Rules):
    """A player called a thing, sarcastic praise of sabotage, orders to leave the match."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms count only in their shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in g14.OWN_TERMS:
            return target, note  # most hits: one set look-up
        if term in g14.THING_CALLS:
            if self._gc14_player_subject(ctx, hit) and self._gc14_closes(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our top is a dog"
            return Kind.OBJECT, NO_PLAYER_NOTE  # "my pet is a dog"
        if term in g14.GG_NO:
            if self._gc14_closes(ctx, hit):
                return target, note  # "gg no jungle lol"
            return Kind.OBJECT, GOES_ON_NOTE  # "gg no carry no win"
        if term in g14.HAS_NO:
            if ctx.tokens[hit.last : hit.last + 1] and ctx.tokens[hit.last] in g14.BRAIN_GOES_ON:
                return Kind.OBJECT, BODY_NOTE  # review14: "jungler has no brain damage"
            if target in _UNNAMED and self._gc14_player_subject(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our carry has no brain"
            return target, note
        if term == _POS:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in g14.POSITIONS:
                return Kind.OBJECT, POSITION_NOTE  # "pos 4"
            return target, note
        if term in g14.SABOTAGE:
            if target is not Kind.SECOND_PERSON and self._gc14_praised(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "gj feeding"
            return target, note
        if term in g14.LEAVE_ORDERS:
            if self._gc14_alone(ctx, hit):
                return Kind.IMPERATIVE, ""  # "go afk", "just abandon pls"
            return Kind.OBJECT, PLAN_NOTE  # "go afk farm the jungle"
        return target, note

    def _gc14_player_name(self, ctx: Context, at: int) -> bool:
        """A role, a hero or a lane at `at` ("top", "jungler", "pudge")."""
        word = ctx.tokens[at]
        return word in self._cue_role or word in HEROES or word in LANES or word in HERO_WORDS

    def _gc14_player_subject(self, ctx: Context, hit: Hit) -> bool:
        """The clause is "[owner] <role or hero> is a ...": the name right before the
        hit's "is" ("pos <n>" a name too), opening the clause but for an owner."""
        tokens = ctx.tokens
        at = hit.first - 1
        start = ctx.sentence_start(hit.first, _SUBJECT_REACH)
        if at < start or ctx.pause_after(at):
            return False
        if tokens[at] in g14.POSITIONS and at - 1 >= start and tokens[at - 1] == _POS:
            at -= 1  # "our pos 4 is a dog"
        elif tokens[at] in g14.OWNED_ROLES:
            return at - 1 == start and tokens[start] in g14.ROLE_OWNERS  # "our sup is a dog"
        elif not self._gc14_player_name(ctx, at):
            return False
        return at == start or (at - 1 == start and tokens[start] in g14.SUBJECT_OWNERS)

    @staticmethod
    def _gc14_closes(ctx: Context, hit: Hit) -> bool:
        """Nothing but laughter or a tail word after the call in its clause."""
        end = ctx.sentence_end(hit.last - 1, 3)
        return all(word in g14.CALL_TAILS for word in ctx.tokens[hit.last : end])

    def _gc14_praised(self, ctx: Context, hit: Hit) -> bool:
        """Praise words right before the sabotage word, opening with "gj", "nice",
        "thanks" and the like, and nothing but a tail after it in its clause ("gj
        feeding", "good job throwing again", "thanks for feeding carry")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g14.PRAISE_REACH)
        at = hit.first - 1
        opener = -1
        while at >= start and tokens[at] in g14.PRAISE_BEFORE and not ctx.pause_after(at):
            if tokens[at] in g14.PRAISE_OPENERS:
                opener = at
            at -= 1
        if opener < 0 or opener != at + 1:
            return False
        end = ctx.sentence_end(hit.last - 1, 3)
        return all(
            word in g14.CALL_TAILS or word in TAUNT_BESIDE for word in tokens[hit.last : end]
        ) or (hit.last + 1 == end and self._gc14_player_name(ctx, hit.last))

    def _gc14_alone(self, ctx: Context, hit: Hit) -> bool:
        """The order is the whole short message but for a vocative, laughter or "pls"."""
        tokens = ctx.tokens
        if len(tokens) > _LEAVE_LINE:
            return False
        for i, word in enumerate(tokens):
            if hit.first <= i < hit.last or word in TAUNT_BESIDE:
                continue
            if word[:3] not in TAUNT_LAUGHS and not self._gc14_player_name(ctx, i):
                return False
        return True
