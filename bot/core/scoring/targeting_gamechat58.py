"""Targeting rules of the gamechat58 round (issue 8): a player in game chat named by hero
or role and put down right after with a faint word and no article, which the older rules
read as a faint name-call (under the threshold), a thing judged or swearing at no one.

- The shape: "<hero | role> [is | so | is so] joke | suck" in a line (or sentence) of its
  own, maybe after chat's openers or a match's determiner ("gg", "lol", "report", "our",
  "this") and before chat's tails ("lol", "gg", "again"): "sf is joke", "pudge joke",
  "support is joke lol", "meepo so joke", "tinker suck", "doom suck", "our tinker suck",
  "sniper so suck gg". The player's word is gamechat57's (any game's hero, the everyday
  words among them too: "doom", "storm", "tiny" opening "<x> suck" name the hero's player).
  gamechat57 reads "joke" before the player ("what a joke pudge"); this round reads it
  after, and "suck" (older rounds read "sucks", "sucked" and "suck" after a name no list
  knows, "pudge suck").
- The reading: said of that player: "joke" lifted to the floor as gamechat57's player
  called a joke, "suck" as swearing at a named player (weighing.py's NAMED_NOTE).

Clean: the hero, a pick, an item or a build judged (a thing or a matchup after the word:
"sf is joke hero", "tinker suck vs this lineup", "doom suck this patch", "pudge hook
suck", "sniper pick suck"), the writer's own hero ("my pudge joke lol", "i am joke
pudge"), negations ("pudge is no joke", "sf is not joke"), questions and quotes ("does
tinker suck?"), a joke told ("pudge joke was funny", "sf tell joke"), strategy ("doom suck
them in with ult"), a comma between the name and the word. Only readings that leave the
hit faint, at a thing or at no one are re-read; cancelled ones (negated, joking, reported)
stay.

Cost per hit: a frozenset test of the term (most hits end there); LINK_REACH tokens back
over the links, one set test of the player's word, LEAD_REACH tokens back over the leads,
TAIL_REACH ahead over the tails and one quote-or-question test. The scorer's swearing
shortcut adds two set tests (sucked_player) on bare swearing lines only. No regex, no
lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat58_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat57 import (
    PLAYER_JOKE_NOTE,
    PLAYER_READ_NOTES,
    PLAYER_READ_TARGETS,
)
from bot.core.scoring.targeting_hatecheck79 import HateCheck79Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat58Rules", "player_put_down"]

# The single-word terms this round reads, as the lexicon's entries hold them.
_TERMS: Final[frozenset[tuple[str, ...]]] = frozenset((word,) for word in w.PUT_DOWNS)


class GameChat58Rules(HateCheck79Rules):
    """A player named by hero or role and put down right after with "joke" or "suck"
    ("sf is joke", "pudge joke", "tinker suck", "our doom so suck")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        terms = hit.entry.tokens
        if terms not in _TERMS:
            return target, note
        if target not in PLAYER_READ_TARGETS or note not in PLAYER_READ_NOTES:
            return target, note  # "you suck", "pudge is no joke", reported speech
        if note == NAMED_NOTE and terms[0] == w.SUCK:
            return target, note  # "pudge suck": swearing at a named player already
        if not player_put_down(ctx, hit):
            return target, note
        if terms[0] == w.JOKE:
            return Kind.THIRD_PERSON, PLAYER_JOKE_NOTE  # "sf is joke", "pudge joke"
        return Kind.THIRD_PERSON, NAMED_NOTE  # "tinker suck", "doom so suck gg"


def player_put_down(ctx: Context, hit: Hit) -> bool:
    """A player's word right before the put-down (over "is", "so"), its line opening over
    chat's leads and closing over chat's tails, neither quoted nor asked: "sf is joke",
    "gg tinker suck lol", "our doom so suck"."""
    tokens = ctx.tokens
    player = ctx.back_over(hit.first, w.LINKS, w.LINK_REACH) - 1
    if player < 0 or tokens[player] not in w.PLAYERS or ctx.pause_after(player):
        return False  # "sniper pick suck", "pudge is no joke", "pudge, joke"
    if not ctx.opens_after(player, w.LEADS, w.LEAD_REACH):
        return False  # "my pudge joke lol", "i think tinker suck"
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "sf is joke hero", "tinker suck vs pa", "doom suck them in"
    return not ctx.quoted_or_asked(player, hit.last)  # "does tinker suck?"
