"""Targeting rules of the gamechat47 round (issue 8): flaming in the chat of games other
than Dota 2, which the older rules read as said of no one, of a thing, or of a person
without the note that counts.

- A put-down that opens the line, maybe after a pointer ("our", "this"), followed by a
  player named by role, agent or as a kid and closing the line, maybe past a rank, a
  lane or "frag" between and a region after: "hardstuck iron jungler", "bronze brain
  mid laner", "0 map awareness jg", "bot frag sova", "tilted child", "worst jungle in
  na". A thing after the role ("the worst jungle path is top side", "a bot frag game")
  or a question stays as the older rules read it. Only over readings of no one, a
  person without the note, or the game-chat readings of a thing ("the worst of a
  thing", "a skill failing", "a gloat word", "a lane or a bot", the last only before
  "frag"): "bot jungler lol", "nice throw sova", "bad team player", "learn to play jett"
  and the verbs "cry viper" stay clean.
- A player sent back to another game, past "playing": "go back to playing cod mobile",
  "stick to fortnite". Only at the sentence's start, closing the line (chat's tails
  aside), not asked or quoted: "stick to the plan", "go back to roblox after dinner?"
  stay clean.
- Cancelled: a game's mode or a time right after the game ("go back to minecraft
  survival mode", "go play fortnite after school"): a plan, no one sent away.

Cost per unaimed hit: at most POINTER_REACH tokens back, BETWEEN_REACH + TAIL_REACH ahead.
No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat47_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord43 import Discord43Rules
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE, NOT_A_PLAYER_BOT_NOTE
from bot.core.scoring.targeting_gamechat13 import NOT_ALONE_NOTE
from bot.core.scoring.targeting_gamechat36 import NO_TEAMMATE_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["GameChat47Rules"]

# The older readings this round may override: none, a thing, or a person without the
# note that makes it count.
_FAINT: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, NOT_CALLED_NOTE})
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
MODE_NOTE: Final[str] = "a game mode to go back to, no one sent away"  # cancels the hit
# And the game-chat readings of a thing that a player named after it overrides: "worst
# jungle in na", "0 map awareness jg", "tilted child", "bot frag sova".
_OVERRIDABLE: Final[frozenset[str]] = _FAINT | frozenset(
    {NOT_A_HERO_NOTE, NO_TEAMMATE_NOTE, NOT_ALONE_NOTE, NOT_A_PLAYER_BOT_NOTE}
)
_SENDING: Final[frozenset[Category]] = frozenset({Cat.EXCLUSION, Cat.IDENTITY_ATTACK})


class GameChat47Rules(Discord43Rules):
    """A put-down said of a player named by role or agent ("hardstuck iron jungler"), and
    a player sent back to another game ("go back to playing cod")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player or told to the reader in
        this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.IMPERATIVE and _gc47_mode_next(ctx, hit):
            return Kind.NONE, MODE_NOTE
        if target not in _UNAIMED:
            return target, note
        category = hit.entry.category
        if category == Cat.INSULT and note in _OVERRIDABLE and _gc47_player_named(ctx, hit, note):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        if category in _SENDING and _gc47_sent_to_game(ctx, hit):
            return Kind.IMPERATIVE, ""  # whatever sending-off the older rules saw none in
        return target, note


def _gc47_player_named(ctx: Context, hit: Hit, note: str) -> bool:
    """ "hardstuck iron jungler", "bot frag sova": the put-down opens the line and the
    player it is said of closes it."""
    if hit.entry.tokens[0] in w.VERBS or not ctx.opens_after(
        hit.first, w.POINTERS, w.POINTER_REACH
    ):
        return False  # "cry viper": an order or a cry to a player, not a put-down of one
    if note == NOT_A_PLAYER_BOT_NOTE and (
        hit.last >= len(ctx.tokens) or ctx.tokens[hit.last] != w.FRAG
    ):
        return False  # "bot jungler": the lane's player; "bot frag sova": a put-down
    player = ctx.skip_ahead(hit.last, w.NAMING, w.BETWEEN_REACH) - 1
    if player < hit.last or ctx.tokens[player] not in w.PLAYERS:
        return False
    if not ctx.closes_after(player + 1, w.TAILS, w.TAIL_REACH):
        return False
    return not ctx.quoted_or_asked(hit.first, player + 1)


def _gc47_mode_next(ctx: Context, hit: Hit) -> bool:
    """ "go back to minecraft survival mode", "go play fortnite after dinner": a game's
    mode or a time after the game, the writer's plan, not a player sent away."""
    return (
        hit.entry.category == Cat.EXCLUSION
        and hit.entry.tokens[-1] in w.GAMES
        and hit.last < len(ctx.tokens)
        and ctx.tokens[hit.last] in w.MODES
    )


def _gc47_sent_to_game(ctx: Context, hit: Hit) -> bool:
    """ "go back to playing cod mobile", "stick to fortnite": an order to the reader to
    leave for another game, said whole."""
    tokens = ctx.tokens
    if tokens[hit.first] not in ("go", w.STICK) or hit.last >= len(tokens):
        return False
    if not ctx.opens_after(hit.first, w.LEADS, w.POINTER_REACH):
        return False
    game = ctx.skip_ahead(hit.last, w.PLAYING, 1)
    if game >= len(tokens) or tokens[game] not in w.GAMES:
        return False
    if not ctx.closes_after(game + 1, w.SEND_TAILS, w.TAIL_REACH):
        return False
    return not ctx.quoted_or_asked(hit.first, game + 1)
