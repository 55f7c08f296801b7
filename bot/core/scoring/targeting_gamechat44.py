"""Targeting rules of the gamechat44 round (issue 8, thirty-third session): a player
shamed by a bad kill/death record in game chat.

gamechat43 found why "drow 0-12 gg" and "0/10 pudge lol" were missed: neither the
record nor the hero is a lexicon word, leet folding reads the digits as letters, and the
matcher refuses a hit with no letter. The scorer now reads a bad record (at least 5
deaths, 5 more than the kills and more than twice them) in a line that was clean as
gamechat44_words.RECORD_TERM (`record_told`, before folding); this rule decides whom it
is said of, and cancels it otherwise.

- Said of a player before it, over "is", "was", "went": a hero or a role opening the
  line after at most a determiner and chat's openers (gamechat40's
  `gc40_player_before`: "lina 0-9 gg", "our mid is 0 and 8", "gg our pa 1-12"), or
  after a shaming opener ("report wk 0-8"); "he"/"she" ("he is 0-9 lol", outright) or
  the reader ("ur 0-9 lol").
- Said of a player right after it: "0/11 axe lol", "0-10 techies uninstall".
- Standing alone with a shaming word before or after it, even across chat's "|":
  "1-11 report", "0/9 noob", "gg 0-12", "report lina | 0-9". A player may be a Dota
  colour ("blue 4-20 lol").
In each shape only chat's tails and shaming words may follow to the clause's end.

Stay clean: the writer's own record or an apology near it ("i'm 0-12 sorry guys", "my
bad i'm 0/7", "sorry i went 0-8", "sorry guys | 0-9 lol"), the other team's record, the
match going well (gamechat35: "their mid is 0/12 lol", "enemy carry 1-9 haha"), a good
record ("drow 12-0 carry us"), a score or a count ("score is 0-12 push now", "we are
0-9 in fights", "kills 3-15 push"), a time, a date, a range or a rating ("rosh at 0:45",
"see you on 12-5", "wait 5-10 min", "1/10 lol"), a record with no player and no shaming
word ("0-9" alone), asked, quoted.

Cost per hit: one string test of the term; then at most LINK_REACH + OPENING_REACH
tokens back, TAIL_REACH ahead and SHAME_REACH either side, each a frozenset test. No
regex here; the pre-pass's regex runs only on lines with a record's joint and a digit
that scored clean.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat44_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat40 import gc40_player_before
from bot.core.scoring.targeting_italian46 import Italian46Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat44Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_PLAYER_NOTE: Final[str] = "a record said of no player: a score, a count or the writer's own"


class GameChat44Rules(Italian46Rules):
    """A bad kill/death record said of a hero, a role, "he" or the reader, or standing
    alone with a shaming word."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the record term aimed in this round's
        shapes, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term != w.RECORD_TERM:
            return target, note
        if ctx.quoted(hit.first, hit.last) or ctx.ends_asking(hit.first):
            return Kind.NONE, NO_PLAYER_NOTE  # "is lina 0-9?"
        aimed = _gc44_shamed(ctx, hit)
        if aimed is None or _gc44_unshamed(ctx, hit):
            return Kind.NONE, NO_PLAYER_NOTE
        return aimed, (OUTRIGHT_NOTE if aimed is Kind.THIRD_PERSON else "")


def _gc44_shamed(ctx: Context, hit: Hit) -> TargetKind | None:
    """Whom the record at `hit` shames in one of the round's shapes, or None."""
    tokens = ctx.tokens
    linked = ctx.back_over(hit.first, w.LINKS, w.LINK_REACH)
    who: TargetKind | None = None
    opened = linked
    before = linked - 1
    if before >= 0 and not ctx.pause_after(before):
        word = tokens[before]
        if word in w.PLAYERS and (
            gc40_player_before(ctx, linked) or ctx.opens_after(before, w.OPENING, 1)
        ):
            return _gc44_closes(ctx, hit.last, Kind.THIRD_PERSON)  # "lina 0-9 gg"
        if word in w.THIRD_PRONOUNS or word in w.READER_PRONOUNS:
            who = Kind.THIRD_PERSON if word in w.THIRD_PRONOUNS else Kind.SECOND_PERSON
            opened = before  # "he is 0-9 lol", "ur 0-9 lol"
    if linked != hit.first and who is None:
        return None  # "score is 0-12": a link with no player before it
    start = ctx.back_over(opened, w.OPENING, w.OPENING_REACH)
    if not ctx.starts_sentence(start):
        return None  # "kills 3-15", "game at 1-15", "my bad 2-11"
    if who is not None:
        return _gc44_closes(ctx, hit.last, who)
    end = hit.last
    if end < len(tokens) and tokens[end] in w.PLAYERS and not ctx.pause_after(end - 1):
        return _gc44_closes(ctx, end + 1, Kind.THIRD_PERSON)  # "0/11 axe lol"
    shamed = not w.SHAMING.isdisjoint(
        tokens[min(start, max(0, hit.first - w.SHAME_REACH)) : hit.first]
    ) or ctx.any_ahead(end, w.SHAMING, w.SHAME_REACH)
    return _gc44_closes(ctx, end, Kind.THIRD_PERSON) if shamed else None  # "1-11 report"


def _gc44_closes(ctx: Context, end: int, who: TargetKind) -> TargetKind | None:
    """`who` if only chat's tails and shaming words close the clause from token `end`."""
    return who if ctx.closes_after(end, w.TAILS, w.TAIL_REACH) else None


def _gc44_unshamed(ctx: Context, hit: Hit) -> bool:
    """The writer, an apology or the other team within SHAME_REACH tokens of the record,
    across chat's "|": "sorry guys | 0-9 lol", "0-9 my bad lol", "their mid is 0/12 lol"."""
    tokens = ctx.tokens
    near = tokens[max(0, hit.first - w.SHAME_REACH) : hit.last + w.SHAME_REACH]
    return not w.UNSHAMED.isdisjoint(near)
