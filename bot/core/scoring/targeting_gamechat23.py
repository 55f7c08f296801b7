"""Targeting rules of the gamechat23 round (issue 8, nineteenth session): in-game chat
of shooters, MOBAs, Rocket League and block-game servers that throws a player's stat
line or rank back at them, leaves them in a low rank, points at their stats, or calls
their account bought.

- A K/D record and the player still in the chat: "0/8 and still talking", "ur 1/9 and
  still typing", "2-11 and still flaming". Clean: "he is still talking", "at the door
  and still talking" (no record), a record that is a score ("we are 3-1").
- A rank doubted at its holder, closing the line or before the reason: "how are u
  plat", "how r u gold even", "how are you diamond with that aim", "how is he plat" (a
  third player, said of him outright). Clean: "how are you
  plat already? i want to climb too" (the line goes on), "how are u so good" (no rank).
  "what rank r u even" (a scorned ask, its lexicon line; "what rank are you? i'm gold"
  has none).
- A player left in a low rank, closing the line: "stay bronze", "enjoy silver kid", "see
  u in iron lol". Clean: "i'll stay bronze forever lol", "we stay silver" (the writer),
  "enjoy bronze rewards", "stay silver this season" (the line goes on).
- The reader's stats pointed at, closing the line or before "before": "look at ur kda",
  "check your stats before u talk". Clean: "check your stats in the menu" (help), "look
  at my kda" (no line).
- A bought account thrown at a player: "bought account", "u bought ur acc", "account
  comprato". Clean: "i bought this account", "ho comprato un account" (the writer's).
- gamechat25's fix: "imagine losing to this" before a boss, a mob or a level names no
  player: "imagine losing to this boss 20 times, i did lol", "... this raid boss". Still
  aimed: "imagine losing to this team", "imagine losing to this noob".
- A stat of the reader's judged, read as the reader judged: "ur rank is a joke", "your
  aim is trash". Clean: "my rank is a joke", "the rank system is a joke".

Cost per hit: one frozenset test of the term (OWN_TERMS) before the older rules; only
the round's terms go further, at most five tokens after the term and four before it,
and one slice of the text between two tokens. In `in_game`, for a reading of a thing or
a third person, one or two frozenset tests of the tokens before the hit. No regex, no new work
for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck24 import HateCheck24Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat23Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NO_RECORD_NOTE: Final = "no K/D record before it"
NOT_CLOSING_NOTE: Final = "the line goes on or is the writer's: no jab"
OWN_PURCHASE_NOTE: Final = "the writer's own account"
NPC_NOTE: Final = "a loss to a boss or a level, not to a player"
_STAT_JUDGED: Final = frozenset({Kind.OBJECT, Kind.THIRD_PERSON})
_CLOSING_REACH: Final = 5


class GameChat23Rules(HateCheck24Rules):
    """A stat line or a rank thrown back, stats pointed at, an account called bought,
    a stat of the reader's judged."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules."""
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return super().probe4_aim(ctx, hit)
        if ctx.quoted(hit.first, hit.last):
            return super().probe4_aim(ctx, hit)
        if term in w.IMAGINE_LOSS:
            if _npc_after(ctx, hit.last):
                return Kind.OBJECT, NPC_NOTE  # "imagine losing to this boss"
            return super().probe4_aim(ctx, hit)
        if term in w.STILL_TALKING:
            if _record_before(ctx, hit.first) and (
                ctx.pause_after(hit.last - 1) or _closing(ctx, hit, w.DOUBT_TAILS, ends=True)
            ):  # gamechat26: its clause closed by a pause, "0/8 and still talking, shut it"
                return Kind.SECOND_PERSON, ""  # "0/8 and still talking"
            return Kind.NONE, NO_RECORD_NOTE
        if term in w.BOUGHT:
            if _by_writer(ctx, hit.first):
                return Kind.NONE, OWN_PURCHASE_NOTE  # "i bought this account"
            return super().probe4_aim(ctx, hit)
        if term in w.LEFT_IN_RANK:
            if _closing(ctx, hit, w.LEFT_TAILS, ends=True) and not _by_writer(ctx, hit.first):
                return Kind.SECOND_PERSON, ""  # "stay bronze", "see you in iron"
            return Kind.NONE, NOT_CLOSING_NOTE
        after = w.DOUBT_TAILS if term in w.RANK_DOUBTED else w.BEFORE
        if not _closing(ctx, hit, after, ends=term in w.RANK_DOUBTED):
            return Kind.NONE, NOT_CLOSING_NOTE
        if hit.entry.term.startswith(w.THIRD_DOUBT):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "how is he plat"
        return Kind.SECOND_PERSON, ""  # "how are u plat", "look at ur kda"

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading: a stat of the reader's judged is aimed at
        the reader ("ur rank is a joke")."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _STAT_JUDGED or hit.first < 3:
            return target, note
        tokens = ctx.tokens
        noun = hit.first - 1
        if tokens[noun] in w.COPULAS:
            noun -= 1  # "your aim is trash"
        if noun < 1 or tokens[noun] not in w.STAT_NOUNS:
            return target, note
        owner = noun - 1
        if tokens[owner] not in w.READER_OWNERS or ctx.quoted(hit.first, hit.last):
            return target, note
        if owner and tokens[owner - 1] in w.ARTICLES:
            owner -= 1  # "la tua mira è spazzatura"
        if ctx.starts_sentence(owner) and not ctx.ends_asking(hit.last - 1):
            return Kind.SECOND_PERSON, ""  # "ur rank is a joke"
        return target, note


def _record_before(ctx: Context, first: int) -> bool:
    """A K/D record right before token `first`, not the writer's side's: "0/8 and still
    talking", not "we are 3-1 and still talking"."""
    if first < 2 or not _record(ctx, first - 2):
        return False
    return w.WRITERS.isdisjoint(ctx.tokens[max(0, first - 4) : first - 2])


def _record(ctx: Context, left: int) -> bool:
    """Tokens `left` and `left + 1` a K/D record: short, digit-like ("10/3" folds to
    "io/e"), "/" or "-" between."""
    tokens = ctx.tokens
    for word in (tokens[left], tokens[left + 1]):
        if len(word) > 2 or not w.RECORD_CHARS.issuperset(word):
            return False
    spans = ctx.spans
    gap = ctx.folded[spans[left][1] : spans[left + 1][0]].strip()
    return gap in w.RECORD_MARKS


def _npc_after(ctx: Context, at: int) -> bool:
    """A boss, a mob or a level named at token `at` or after one modifier: "this boss",
    "this raid boss" (gamechat25's fix)."""
    tokens = ctx.tokens
    if at < len(tokens) and tokens[at] in w.NPC_MODIFIERS:
        at += 1
    return at < len(tokens) and tokens[at] in w.NPC_NOUNS


def _by_writer(ctx: Context, first: int) -> bool:
    """The writer a few tokens before the term: "i bought this account", "i'll stay
    bronze"."""
    start = ctx.sentence_start(first, w.BUYER_REACH)
    return not w.BUYERS.isdisjoint(ctx.tokens[max(start, first - w.BUYER_REACH) : first])


def _closing(ctx: Context, hit: Hit, tails: frozenset[str], *, ends: bool) -> bool:
    """Only `tails` after the term to the end of its sentence (a doubted rank), or the
    next word one of them (stats pointed at: "... before u talk") or nothing."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, _CLOSING_REACH)
    after = tokens[hit.last : end]
    if not after:
        return True
    if end - hit.last >= _CLOSING_REACH and end < len(tokens):
        return False
    if ends:
        return all(word in tails for word in after)
    return after[0] in tails or all(word in w.DOUBT_TAILS for word in after)
