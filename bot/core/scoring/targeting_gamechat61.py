"""Targeting rules of the gamechat61 round (issue 8): a player in game chat named by hero
or role and called a kid right beside it, which the older rules read as a faint
name-call aimed at no one (a child is often just a child: "my kid loves pudge").

- The shape: "<hero | role> [is | so | too] kid" or "kid <hero | role>" in a line (or
  sentence) of its own, maybe after chat's openers or a match's determiner ("gg", "lol",
  "report", "our", "this", "ur") and before chat's tails ("lol", "gg", "again"): "pudge
  kid", "sf is kid", "this pa so kid", "our carry kid", "kid pudge", "gg kid sf", "jugg
  kiddo". The walks are gamechat60's `bad_player` (a player right before or after it,
  lanes and everyday heroes judged as that round judges them) and its words for a
  player before it over gamechat58's "is" and "so" ("ur slark so kid"; "am so kid" is
  the writer, as gamechat60 reads "am bad").
- The reading: said of that player outright (olid4's OUTRIGHT_NOTE, lifted to the floor),
  as "pudge is a kid" reads already.

Clean: the writer's child and childhood ("my kid loves pudge", "as a kid i mained
sniper"), a skin, a voice line or a pro ("pudge kid skin", "kid pudge arcana looks sick":
a thing after the pair), negations ("pudge is no kid"), reports and counter-speech
("dont call pudge a kid", "he called our carry a kid"), questions ("is that kid pudge
skin new?"). gamechat55 cancels its child lines outside its own shapes, the reports and
denials among them, so this round's walks judge those lines themselves: nothing but a
match's determiner, chat's openers, "is" and "so" may stand before the pair.

Cost per hit: a frozenset test of the term (most hits end there); then the older walks'
bounded look-ups (LINK_REACH, LEAD_REACH, TAIL_REACH tokens). No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat58_words as w58
from bot.core.scoring import gamechat60_words as w60
from bot.core.scoring import gamechat61_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat55 import NO_CHILD_CALLED_NOTE
from bot.core.scoring.targeting_gamechat57 import PLAYER_READ_NOTES, PLAYER_READ_TARGETS
from bot.core.scoring.targeting_gamechat60 import bad_player
from bot.core.scoring.targeting_italian72 import Italian72Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat61Rules", "kid_player"]

# The readings re-read: gamechat57's faint ones, and gamechat55's cancel of its child
# lines outside its own shapes ("pudge kid" is none of them).
_READ_NOTES: Final[frozenset[str]] = PLAYER_READ_NOTES | {NO_CHILD_CALLED_NOTE}


class GameChat61Rules(Italian72Rules):
    """A player named by hero or role and called a kid right beside it ("pudge kid", "sf
    is kid", "this pa so kid", "kid pudge")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens not in w.KID_TERMS:
            return target, note
        if target not in PLAYER_READ_TARGETS or note not in _READ_NOTES:
            return target, note  # "ur a kid", "u kid": the reader, read already
        if kid_player(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "pudge kid", "sf is kid", "kid pudge"
        return target, note


def kid_player(ctx: Context, hit: Hit) -> bool:
    """A player's word beside "kid" in a line of its own: right before or after it
    (gamechat60's walk: "pudge kid lol", "gg kid sf"), or before it over "is" and "so"
    after chat's leads, the reader's "ur" among them ("this pa so kid", "ur slark so
    kid"), closing over chat's tails and neither quoted nor asked. A size word's hero right
    before it is the size unless a side names it ("lol tiny kid"; "our tiny kid")."""
    tokens = ctx.tokens
    sized = hit.first - 1
    if (
        sized >= 0
        and tokens[sized] in w.SIZED
        and (sized == 0 or tokens[sized - 1] not in w60.SIDES)
    ):
        return False
    if bad_player(ctx, hit):
        return True
    linked = ctx.back_over(hit.first, w58.LINKS, w58.LINK_REACH)
    if linked == hit.first:
        return False  # "storm kid", "am kid": gamechat60's walk judged the pair
    player = linked - 1
    if player < 0 or tokens[player] not in w60.PLAYERS or ctx.pause_after(player):
        return False  # "what is kid", "pudge, so kid"
    if tokens[player] in w60.UNNAMING and (player == 0 or tokens[player - 1] not in w60.SIDES):
        return False  # "am so kid": the writer
    return (
        ctx.opens_after(player, w60.LEADS, w60.LEAD_REACH)
        and ctx.closes_after(hit.last, w60.TAILS, w60.TAIL_REACH)
        and not ctx.quoted_or_asked(player, hit.last)
    )
