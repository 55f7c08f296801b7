"""Targeting rules of the gamechat60 round (issue 8): a player in game chat named by hero
or role and called bad with a bare "bad" right beside it, in a short line of its own,
which gamechat59 left unread ("bad" is no lexicon line and gets none).

- The hit: gamechat60_words.BAD_ENTRY, which the matcher and the scorer's clean gate make
  only in a line of at most LINE_REACH tokens that holds "bad" and a player's word
  (gamechat58's heroes, roles and player nouns); any longer older line over it wins ("so
  bad", "is bad", "bad af", "bad people"), read as before.
- "bad" right after the player: "pudge bad", "our carry bad", "invoker bad gg", "enemy pa
  bad", the line opening on the player over chat's leads and the match's determiners
  ("gg", "lol", "our", "their", "ur") and closing after "bad" over chat's tails.
- "bad" right before the player: "bad pudge", "gg bad mid", "what a bad meepo", "bad carry
  lol", the line opening on "bad" over the same leads and closing after the player.
  Said of that player outright (olid4's floor).

Clean (the hit cancelled, UNSHAPED_NOTE): a pick, an item, a build, a matchup or a patch
after the words ("pudge bad pick", "bad tinker build", "pudge bad vs sniper", "sf bad
this patch"), the writer's own hero and the apology ("my pudge bad lol", "my bad pudge"),
negations and pity ("not bad pudge", "too bad pudge"), a subject before "bad" ("i was bad
pudge"), reports and opinions ("he said pudge bad"), questions and quotes ("pudge bad?"),
a comma between the two ("pudge, bad call"), an everyday hero's word after "bad" or
pointed at ("bad storm", "bad luck", "this storm bad": the thing), a lane before "bad"
("our mid bad": the lane, gamechat21's table).

Cost: the gate is one length test per message (two set tests on a short one); per hit,
one identity test of the entry (every other hit ends there); then the token on each side
of "bad", LEAD_REACH tokens back over the leads, TAIL_REACH ahead over the tails and one
quote-or-question test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat60_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_threats16 import Threats16Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "GameChat60Rules", "bad_player"]

# The note that cancels the round's gated hit outside its shape (weighing.py zeroes it).
UNSHAPED_NOTE: Final[str] = "no player called bad in a line of its own"


class GameChat60Rules(Threats16Rules):
    """A player named by hero or role and called bad with a bare "bad" right beside it
    ("pudge bad", "our carry bad lol", "bad pudge", "gg bad carry")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's gated hit said of a player in its
        shape, cancelled outside it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry is not w.BAD_ENTRY:
            return target, note
        if bad_player(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "pudge bad", "bad pudge"
        return Kind.NONE, UNSHAPED_NOTE  # "pudge bad pick", "my bad pudge"


def bad_player(ctx: Context, hit: Hit) -> bool:
    """A player's word right before "bad" ("pudge bad lol") or right after it ("gg bad
    pudge"), the line opening on the first of the two over chat's leads and closing after
    the second over chat's tails, neither quoted nor asked."""
    tokens = ctx.tokens
    at = hit.first
    before = at - 1
    if before >= 0 and tokens[before] in w.PLAYERS and not ctx.pause_after(before):
        if tokens[before] in w.LANES:
            return False  # "our mid bad": the lane
        if tokens[before] in w.UNNAMING and (before == 0 or tokens[before - 1] not in w.SIDES):
            return False  # "am bad lol", "storm bad": the writer, the weather
        if tokens[before] in w.EVERYDAY_PLAYERS and before > 0 and tokens[before - 1] in w.POINTERS:
            return False  # "this storm bad": the weather
        return _line_of_its_own(ctx, before, hit.last)  # "pudge bad", "our carry bad lol"
    after = hit.last
    if after >= len(tokens) or tokens[after] not in w.PLAYERS or ctx.pause_after(at):
        return False  # "bad item on pudge", "bad luck pudge", "pudge, bad call"
    if tokens[after] in w.EVERYDAY_PLAYERS:
        return False  # "bad storm", "bad shadow": the thing
    return _line_of_its_own(ctx, at, after + 1)  # "bad pudge", "gg bad mid"


def _line_of_its_own(ctx: Context, first: int, last: int) -> bool:
    """Tokens first..last-1 open their line over chat's leads and close it over chat's
    tails, neither quoted nor asked: "gg pudge bad lol", not "my pudge bad", "pudge bad
    pick" or "pudge bad?"."""
    return (
        ctx.opens_after(first, w.LEADS, w.LEAD_REACH)
        and ctx.closes_after(last, w.TAILS, w.TAIL_REACH)
        and not ctx.quoted_or_asked(first, last)
    )
