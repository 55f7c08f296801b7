"""Targeting rules of the gamechat49 round (issue 8): a player put down by a rank, a skill
or an animal label in Dota 2 chat, which the older rules read no hostile word in, or read
as said of no one.

- A rank label the round's lexicon lines name ("herald brain", "bronze player", "1k mmr
  hands", "boosted monkey", "ur a herald", "belong in low prio"),
  opening the line past a pointer at a player, the reader or chat's openers ("peak 900
  mmr behavior", "you're a boosted ape", "this sniper belongs in low prio"), and closing
  it, maybe after a tag ("detected"), a player named by hero or role ("herald brain
  pudge") or who the play is from ("bronze level play from you"). "mmr" heads need a
  number before them.
- The older lexicon's "hardstuck" before a rank ("hardstuck herald", "hardstuck archon
  support"), and a verdict on play said of a player after "from" ("trash positioning from
  you", "no game sense at all from our mid"), in the same whole-line shape.

Clean: the writer's own rank or play ("i was hardstuck herald", "my bad, 1k mmr hands from
me"), a rank label reported or denied ("don't call him a boosted monkey"), questions and
quotes, ranks in ordinary talk ("herald games are chaos", "bronze to gold grind"). The
round's own lines outside these shapes are cancelled.

Cost per hit: at most LEAD_REACH tokens back, 2 + PLAY_REACH + 3 + TAIL_REACH ahead. No
regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat49_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls2 import THING_NOTE
from bot.core.scoring.targeting_discord44 import Discord44Rules
from bot.core.scoring.targeting_gamechat29 import is_hour_count
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_LABEL_NOTE", "GameChat49Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_LABEL_NOTE: Final[str] = "no player put down by a rank or animal label"
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# The older readings a label or a play verdict said of a player overrides: none, a person
# without the note that counts, or a thing ("trash decisions from you": the play is one).
_FAINT: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, NOT_CALLED_NOTE, THING_NOTE})
# Who may stand before a label that opens the line: a pointer, the reader, chat's openers,
# or the player named ("this sniper belongs in low prio").
_BEFORE: Final[frozenset[str]] = w.LEADS | w.PLAYERS


class GameChat49Rules(Discord44Rules):
    """A player put down by a rank, skill or animal label said whole ("hardstuck herald",
    "boosted monkey", "u belong in low prio", "dogshit positioning from our carry")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines said of a player in its
        shape, cancelled elsewhere; "hardstuck" and play verdicts said of a player."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if _gc49_label_said(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE
            return Kind.NONE, NO_LABEL_NOTE
        if target not in _UNAIMED or note not in _FAINT or hit.entry.category != Cat.INSULT:
            return target, note
        if _gc49_hardstuck_rank(ctx, hit) or _gc49_play_from(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def _gc49_label_said(ctx: Context, hit: Hit) -> bool:
    """ "peak 900 mmr behavior", "bronze player detected", "herald brain pudge": the label
    opens the line and a player, a tag or nothing closes it."""
    tokens = ctx.tokens
    start = hit.first
    term = hit.entry.term
    if term in w.AFTER_NUMBER:
        start -= 1
        if start < 0 or not is_hour_count(tokens[start]):
            return False  # "mmr hands" without the number it is of, as folded ("ik")
    return _gc49_whole(ctx, start, ctx.skip_ahead(hit.last, w.TAGS, 1))


def _gc49_hardstuck_rank(ctx: Context, hit: Hit) -> bool:
    """ "hardstuck herald", "hardstuck archon support": the older "hardstuck" before a rank,
    said whole of a player."""
    tokens = ctx.tokens
    if hit.entry.term != w.HARDSTUCK or hit.last >= len(tokens):
        return False
    if tokens[hit.last] not in w.STUCK_RANKS:
        return False
    return _gc49_whole(ctx, hit.first, ctx.skip_ahead(hit.last + 1, w.DIVISIONS, 1))


def _gc49_play_from(ctx: Context, hit: Hit) -> bool:
    """ "trash positioning from you", "no game sense at all from our mid": a verdict on
    play, a play noun after it, that names the player it is from."""
    after = ctx.skip_ahead(hit.last, w.PLAY, w.PLAY_REACH)
    if after == hit.last or after >= len(ctx.tokens) or ctx.tokens[after] != w.FROM:
        return False
    return _gc49_whole(ctx, hit.first, after)


def _gc49_whole(ctx: Context, start: int, end: int) -> bool:
    """Tokens start..end-1 open the line past leads, and chat's tails, a player or the
    player the play is from close it; not asked or quoted."""
    if not ctx.opens_after(start, _BEFORE, w.LEAD_REACH):
        return False
    last = _gc49_named_end(ctx, end)
    return last >= 0 and not ctx.quoted_or_asked(start, last)


def _gc49_named_end(ctx: Context, at: int) -> int:
    """Where the line closes after a label ending at token `at`: right there or after
    chat's tails, after a player ("herald brain pudge"), or after who the play is from
    ("from you", "from our carry"); -1 if it runs on."""
    tokens = ctx.tokens
    if ctx.closes_after(at, w.TAILS, w.TAIL_REACH):
        return at
    if at < len(tokens) and tokens[at] in w.PLAYERS:
        return at + 1 if ctx.closes_after(at + 1, w.TAILS, w.TAIL_REACH) else -1
    at = ctx.skip_ahead(at, w.PLAY, w.PLAY_REACH)
    if at + 1 >= len(tokens) or tokens[at] != w.FROM:
        return -1
    who = at + 1
    if tokens[who] in w.FROM_POINTERS and who + 1 < len(tokens) and tokens[who + 1] in w.PLAYERS:
        who += 1
    elif tokens[who] not in w.FROM_READERS:
        return -1
    return who + 1 if ctx.closes_after(who + 1, w.TAILS, w.TAIL_REACH) else -1
