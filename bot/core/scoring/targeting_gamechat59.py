"""Targeting rules of the gamechat59 round (issue 8): a player in game chat named by hero
or role and called bad, brainless or terrible right after, in a short line of its own,
which no lexicon line read ("bad" is no lexicon word) or the older rules read as a verdict
on a thing (the copula dropped).

- "bad" and a brain denied: the round's own lines (gamechat59_words.BAD_TERMS:
  "is bad", "really bad", "very bad", "bad af", "no brain", "zero brain") right after the
  player's word, maybe over a copula or an intensifier: "pudge is bad", "sf really bad",
  "our mid very bad lol", "jugg bad af", "ur pudge is bad", "meepo is really bad", "pudge
  no brain", "techies no brain gg". The lines are cancelled outside the shape ("this is
  bad", "he is really bad", "no brain needed for this hero"), give way to any older line
  of their length they overlap and are never read through an intensifier (matching.py:
  "he is so bad" keeps the older "so bad"), so no older reading changes.
- The copula dropped: the older single-word verdicts "terrible", "awful", "horrible" and
  "worst" right after the player, maybe over an intensifier, which the older rules read
  at a thing ("pudge terrible", "sf awful gg", "our mid terrible", "slark worst"); with
  the copula ("this sniper is terrible") they stay gamechat36's.
- The player's word is gamechat58's (any game's hero, a role or a player noun); the line
  opens on it over chat's leads and the reader's or the match's determiners ("gg", "lol",
  "our", "their", "this", "ur") and closes after the term over chat's tails ("lol", "gg",
  "again"). Said of that player outright (olid4's floor).

Clean: the hero, a pick, an item or a build judged (a thing, a matchup or a patch after
the term: "pudge is bad vs sniper", "pudge terrible hero", "sniper really bad into pudge",
"pudge is bad this patch"), the writer's own hero ("my pudge is bad sorry"), opinions and
reports (the player not opening the line: "i think pudge is bad", "he said pudge is
bad"), questions and quotes ("is sf really bad now?"), a comma between the player and the
term, an everyday hero's word pointed at ("this storm is really bad": the weather, as
gamechat56 reads it). Bare "pudge bad" and "bad pudge" stay unread: a bare "bad" is no
lexicon line. Only the older readings of the verdicts at a thing or at no one are
re-read; cancelled ones (negated, joking, reported) stay.

Cost per hit: a frozenset test of the term's tokens (most hits end there); LINK_REACH
tokens back over the links, one set test of the player's word, LEAD_REACH tokens back over
the leads, TAIL_REACH ahead over the tails and one quote-or-question test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat59_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE
from bot.core.scoring.targeting_gamechat57 import PLAYER_READ_NOTES, PLAYER_READ_TARGETS
from bot.core.scoring.targeting_hatecheck81 import HateCheck81Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNPLAYED_NOTE", "GameChat59Rules", "player_called_bad"]

# The note that cancels the round's own lines outside its shape (weighing.py zeroes it).
UNPLAYED_NOTE: Final[str] = "no player named by hero or role called bad"
# The older readings this round re-reads: gamechat57's readings of a player put down
# (faint or at a thing, never a cancelled one), but not one already read outright, and a
# hero's name gamechat8 read as no hero.
_READ_NOTES: Final[frozenset[str]] = (PLAYER_READ_NOTES - {OUTRIGHT_NOTE}) | {NOT_A_HERO_NOTE}


class GameChat59Rules(HateCheck81Rules):
    """A player named by hero or role and called bad, brainless or terrible right after
    ("pudge is bad", "sf really bad", "pudge no brain", "pudge terrible")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player in this round's shape, the
        round's own lines cancelled outside it."""
        target, note = super().in_game(ctx, hit, target, note)
        terms = hit.entry.tokens
        if terms not in w.TERMS:
            return target, note
        own = terms in w.BAD_TERMS
        if not own and (target not in PLAYER_READ_TARGETS or note not in _READ_NOTES):
            return target, note  # "you are horrible", "pudge is not that awful"
        if player_called_bad(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "pudge is bad", "sf awful gg"
        if own:
            return Kind.NONE, UNPLAYED_NOTE  # "this is bad", "pudge is bad vs sniper"
        return target, note


def player_called_bad(ctx: Context, hit: Hit) -> bool:
    """A player's word right before the term (over "is", "so", "really"), its line opening
    over chat's leads and closing over chat's tails, neither quoted nor asked: "pudge is
    bad", "our sf really bad lol", "gg pudge no brain", "this pa horrible"."""
    tokens = ctx.tokens
    links = w.LINKS if hit.entry.tokens in w.BAD_TERMS else w.VERDICT_LINKS
    player = ctx.back_over(hit.first, links, w.LINK_REACH) - 1
    if player < 0 or tokens[player] not in w.PLAYERS or ctx.pause_after(player):
        return False  # "this is bad", "lag is really bad", "pudge, terrible", "sf is awful"
    if tokens[player] in w.EVERYDAY_PLAYERS and player > 0 and tokens[player - 1] in w.POINTERS:
        return False  # "this storm is really bad": the weather
    if not ctx.opens_after(player, w.LEADS, w.LEAD_REACH):
        return False  # "my pudge is bad", "i think pudge is bad", "he said sf is bad"
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "pudge is bad vs sniper", "pudge terrible hero"
    return not ctx.quoted_or_asked(player, hit.last)  # "is sf really bad now?"
