"""Targeting rules of the gamechat62 round (issue 8): a player in game chat blamed by
role with "fail" right before the role or player noun, in a short line of its own, which
the older rules left unread ("fail" is an everyday verb and has no line of its own).

- The hit: the round's two-word lines in en/insult.txt, "fail" and a role
  (gamechat62_words.FAIL_TERMS: "fail mid", "fail carry", "fail support", "fail
  jungler", "fail players", ...).
- The shape: the line opening on "fail" over chat's leads and the match's determiners
  (gamechat60's: "gg", "what a", "such a", "report", "our", "ur", and "ty"), the role
  right after it, and the line closing over chat's tails ("again", "lol", "gg",
  "report"): "fail carry again", "gg fail carry lol", "what a fail support", "report our
  fail mid", "ty fail jungler". A lane's word ("mid") names the lane's state as often as
  its player, as gamechat13 and gamechat27 leave "fail mid": its player only after a
  naming word ("what a", "our", "report", "ty") or with a report right after. Said of
  that player outright (olid4's floor), as gamechat60 reads "bad pudge".

Clean (the hit cancelled, NOT_BLAMED62_NOTE): a thing of the role's after it ("fail mid
rotation", "fail dps check", "fail carry build", "fail tank swap"), "fail" as a verb or
the writer's own play ("dont fail mid", "we fail mid every game", "im a fail support",
"my fail tank dive"), the writer owning it right after ("fail mid, my bad"), negations,
reports and counter-speech ("not a fail jungler", "he called me a fail carry", "dont call
him a fail carry"), quotes and questions ("fail mid?").

Cost per hit: a frozenset test of the entry's tokens (every other hit ends there); then
LEAD_REACH tokens back, TAIL_REACH, REPORT_REACH (a lane only) and APOLOGY_REACH ahead
and one quote-or-question test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat62_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat57 import PLAYER_READ_NOTES
from bot.core.scoring.targeting_hatecheck88 import HateCheck88Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_BLAMED62_NOTE", "GameChat62Rules", "fail_player"]

# The note that cancels the round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_BLAMED62_NOTE: Final[str] = "no player blamed as a fail in a line of its own"
# The older readings kept when "fail" is a name-call's adjective: the reader or a person.
_PERSONS: Final[frozenset[TargetKind]] = frozenset({Kind.SECOND_PERSON, Kind.THIRD_PERSON})


class GameChat62Rules(HateCheck88Rules):
    """A player blamed by role with "fail" right before it in a line of its own ("fail
    carry again", "gg fail carry lol", "what a fail support")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's lines said of a player in the
        shape, cancelled outside it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens not in w.FAIL_TERMS:
            return target, note  # most hits
        if fail_player(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "fail carry again", "gg fail carry"
        if target in _PERSONS and note in PLAYER_READ_NOTES and _called_a_fail(ctx, hit):
            return target, note  # "hes a fail mid", "you are a fail carry": read already
        return Kind.NONE, NOT_BLAMED62_NOTE  # "fail mid rotation", "dont fail mid"


def fail_player(ctx: Context, hit: Hit) -> bool:
    """ "fail" and the role (the hit's two tokens, no pause between them), the line opening
    on "fail" over chat's leads and closing after the role over chat's tails, neither
    quoted nor asked, and no apology of the writer's in the next words."""
    if ctx.pause_after(hit.first):
        return False  # "fail, mid"
    start = ctx.back_over(hit.first, w.LEADS, w.LEAD_REACH)
    if hit.entry.tokens[-1] in w.LANES and not _lane_player(ctx, hit, start):
        return False  # "fail mid", "gg fail mid": the lane's state
    return (
        ctx.starts_sentence(start)
        and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
        and not ctx.quoted_or_asked(hit.first, hit.last)
        and not _owned(ctx, hit.last)
    )


def _lane_player(ctx: Context, hit: Hit, start: int) -> bool:
    """A lane's "fail" line names its player: a naming word among the leads before "fail"
    ("what a fail mid", "report our fail mid") or a report in the next words ("fail mid
    again, report")."""
    tokens = ctx.tokens
    return not w.NAMING.isdisjoint(tokens[start : hit.first]) or ctx.any_ahead(
        hit.last, w.REPORTS, w.REPORT_REACH
    )


def _called_a_fail(ctx: Context, hit: Hit) -> bool:
    """ "a", maybe with an intensifier, right before "fail" ("a fail mid", "such a fail
    carry"): "fail" names the role, no verb; the clause closing after the role over chat's
    tails, neither quoted nor asked nor owned ("hes a fail mid lol", not "hes a fail mid
    on this patch")."""
    start = ctx.back_over(hit.first, w.CALLED, w.CALLED_REACH)
    return (
        w.ARTICLE in ctx.tokens[start : hit.first]
        and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
        and not ctx.quoted_or_asked(hit.first, hit.last)
        and not _owned(ctx, hit.last)
    )


def _owned(ctx: Context, at: int) -> bool:
    """The writer owns the failure in the APOLOGY_REACH tokens from `at` on: "fail mid, my
    bad", "fail carry sorry", "fail jg mb"."""
    tokens = ctx.tokens
    for i in range(at, min(len(tokens), at + w.APOLOGY_REACH)):
        word = tokens[i]
        if word in w.APOLOGIES:
            return True
        if word == w.OWNER and i + 1 < len(tokens) and tokens[i + 1] in w.OWNED:
            return True
    return False
