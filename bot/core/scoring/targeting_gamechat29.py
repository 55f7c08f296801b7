"""Targeting rules of the gamechat29 round (issue 8, twenty-first session): in-game chat
of many games (Dota 2, League, Valorant, Overwatch, CS2, Rocket League) that doubts a
player's rank over "even", or sets the hours they played against their bad play.

- A rank doubted over "even": "how are you even gold", "how r u even plat lmao", "how
  is he even diamond with that kda", "how is this guy even masters". gamechat23 reads
  "how are u plat" (its lexicon lines); "even" between split it, and gamechat25 read
  "are you even" with no ability after it as a question that means it. Here "how" opens
  the sentence (chat's openers before it at most), a rank (gamechat23's, Dota's medals)
  follows "even", and only tails or the reason ("with that aim") close the sentence.
  Clean: "how am i even gold lol" (the writer: no term), "how are you even online at
  3am", "how is he even alive after that" (no rank), "how are you even gold? thats so
  fast, gj" (asked, and the writer goes on), "how are you even gold so fast, congrats"
  (the clause goes on). The third person's lines ("how is he even", THIRD_EVEN) are the
  round's own and are cancelled outside the shape.
- Hours played set against bad play: "500 hours and still this bad", "2k hours and
  still trash", "u have 2000 hours and still suck", "he has 4k hours and still hardstuck
  silver", "1k hours and still cant aim". A count before the term (opening the
  sentence, or after "u have" / "he has" / "this guy has" and chat's openers), then
  intensifiers at most, a verdict (bad, trash, a rank) or an ability denied ("cant
  aim", "cant hit a shot"), then tails only to the sentence's end. Clean: "i have 500
  hours and still suck lol", "my 1k hours and still cant aim" (the writer), "2k hours
  and still love this game", "waited 2 hours and still no match" (no verdict, or a
  verb before the count), "500 hours and still this bad? no way, im better now" (asked
  and answered).
- An order to learn a game skill (the round's lexicon lines: "learn to ward", "learn how
  to aim", "learn ur hero") read as gamechat6 reads "learn to play": said whole or with
  chat's fillers ("pls learn to rotate", "learn how to aim kid"), and here also to a hero,
  a role or a lane right after it, then tails: "learn to ward support", "learn to aim
  jett", "learn to last hit pudge". Clean: "we gotta learn to rotate" (the writers),
  "learn to last hit in the demo mode, it helps" (advice), "learn to play jett, shes
  strong" (the hero is what to learn), "how do i learn to aim" (no order).
- Its fix of an older reading (gamechat28_words.SUBJECTS): team games' positions the
  hero lists lacked open gamechat28's "our jungler is a terrible player": "our goalie is
  a terrible player", "the enemy keeper is such an awful player", "our entry is a trash
  player"; "our goalie is a great player", "is our keeper a terrible player?", "this
  entry is a terrible player to read" stay clean by gamechat28's own checks.

Cost per hit: one frozenset test of the term; for the round's terms only, at most six
tokens back to the sentence's start and seven ahead to its end. No regex, no new work
for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat24_words as w24
from bot.core.scoring import gamechat29_words as w
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat6 import ADVICE_NOTE
from bot.core.scoring.targeting_hatecheck29 import HateCheck29Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_HOURS_NOTE", "NOT_RANK_NOTE", "GameChat29Rules", "is_hour_count"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_RANK_NOTE: Final = "a question that means it, no rank doubted"
NOT_HOURS_NOTE: Final = "hours told of, not set against a player's play"
_OPEN_REACH: Final = 6


class GameChat29Rules(HateCheck29Rules):
    """A rank doubted over "even"; hours played set against bad play: each aimed only
    said whole."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules."""
        term = hit.entry.term
        if term in w.HOURS_TERMS:
            if not ctx.quoted(hit.first, hit.last):
                aimed = _hours_against(ctx, hit)
                if aimed is Kind.THIRD_PERSON:
                    return aimed, OUTRIGHT_NOTE  # "he has 4k hours and still hardstuck silver"
                if aimed is not None:
                    return aimed, ""  # "500 hours and still this bad"
            return Kind.NONE, NOT_HOURS_NOTE
        if term in w.THIRD_EVEN:
            if not ctx.quoted(hit.first, hit.last) and _rank_doubted(ctx, hit, hit.first):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "how is he even diamond"
            return Kind.NONE, NOT_RANK_NOTE
        return super().probe4_aim(ctx, hit)

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "how are you even gold" aimed."""
        target, note = super().in_game(ctx, hit, target, note)
        if note == ADVICE_NOTE:
            if _learn_told(ctx, hit):
                return Kind.IMPERATIVE, ""  # "learn to ward support"
            return target, note
        if (
            hit.entry.term in w.READER_EVEN
            and target is not Kind.SECOND_PERSON
            and hit.first > 0
            and ctx.tokens[hit.first - 1] == "how"
            and not ctx.pause_after(hit.first - 1)
            and not ctx.quoted(hit.first - 1, hit.last)
            and _rank_doubted(ctx, hit, hit.first - 1)
        ):
            return Kind.SECOND_PERSON, ""  # "how are you even gold"
        return target, note


def _learn_told(ctx: Context, hit: Hit) -> bool:
    """gamechat6's learn order with a hero, a role or a lane right after it as the
    vocative, then tails only: "learn to ward support", never "learn to play jett" (the
    hero is what to learn) nor "learn to ward support items"."""
    at = hit.last
    if hit.entry.term in w.LEARN_PLAY or at >= len(ctx.tokens) or ctx.pause_after(at - 1):
        return False
    word = ctx.tokens[at]
    if word not in w24.ROLE_VOCATIVES and word not in HEROES and word not in LANES:
        return False
    return _closes(ctx, at + 1, w.RANK_TAILS, w.RANK_REACH)


def _opens(ctx: Context, first: int, openers: frozenset[str]) -> bool:
    """Only `openers` from the sentence's start to token `first`."""
    start = ctx.sentence_start(first, _OPEN_REACH)
    if not ctx.starts_sentence(start):
        return False
    return all(ctx.tokens[i] in openers for i in range(start, first))


def _closes(ctx: Context, at: int, tails: frozenset[str], reach: int) -> bool:
    """From token `at`, only `tails` to the sentence's end; a question the writer goes on
    from ("... gold? thats so fast") was asked."""
    tokens = ctx.tokens
    end = ctx.sentence_end(max(at - 1, 0), reach)
    if end - at >= reach and end < len(tokens):
        return False
    if any(tokens[i] not in tails for i in range(at, end)):
        return False
    return not ctx.answered(end)


def _rank_doubted(ctx: Context, hit: Hit, first: int) -> bool:
    """ "how" at token `first` opening the sentence, a rank right after the hit, and
    only tails or the reason to the sentence's end."""
    tokens = ctx.tokens
    at = hit.last
    return (
        at < len(tokens)
        and tokens[at] in w.RANKS
        and not ctx.pause_after(at - 1)
        and _opens(ctx, first, w.HOURS_OPENERS)
        and _closes(ctx, at + 1, w.RANK_TAILS, w.RANK_REACH)
    )


def is_hour_count(word: str) -> bool:
    """A count of hours as the folding may leave it: "500", "8oo", "soo" (500), "2k",
    "ik" (1k)."""
    if word.isdigit():
        return True
    if not 1 < len(word) <= 5 or not all(c in w.COUNT_CHARS for c in word[:-1]):
        return False
    return word[0].isdigit() or word[-1] == "k" or word.endswith("oo")


def _hours_against(ctx: Context, hit: Hit) -> TargetKind | None:
    """The count's holder (the reader, a third person, or none said: the reader) when the
    count opens the clause and a verdict closes it; None when not in this shape."""
    tokens = ctx.tokens
    at = hit.first - 1
    if at < 0 or not is_hour_count(tokens[at]) or ctx.pause_after(at):
        return None
    target: TargetKind = Kind.SECOND_PERSON
    at -= 1
    if at >= 1 and tokens[at] in w.HAVING:
        at -= 1
        if tokens[at] in w.HOLDERS_READER:
            at -= 1
        elif tokens[at] in w.HOLDERS_THIRD:
            target = Kind.THIRD_PERSON
            at -= 1
        elif at >= 1 and tokens[at] in w.HOLDER_NOUNS and tokens[at - 1] in w.HOLDER_DETERMINERS:
            target = Kind.THIRD_PERSON
            at -= 2
        else:
            return None  # "i have 500 hours", "we played 3 hours"
    if not _opens(ctx, at + 1, w.HOURS_OPENERS):
        return None
    return target if _verdict_closes(ctx, hit.last) else None


def _verdict_closes(ctx: Context, at: int) -> bool:
    """After "and still": intensifiers, a verdict or an ability denied, then tails."""
    tokens = ctx.tokens
    end = min(len(tokens), at + 3)
    while at < end and tokens[at] in w.VERDICT_LEADS and tokens[at] not in w.VERDICTS:
        at += 1
    if at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    word = tokens[at]
    if word in w.CANT:
        at += 1
        if at < len(tokens) and tokens[at] in ("t", "not"):
            at += 1
        elif word == "can":
            return False  # "still can aim"
        if at >= len(tokens) or tokens[at] not in w.CANT_ABILITIES:
            return False
    elif word not in w.VERDICTS:
        return False  # "2k hours and still love this game"
    return _closes(ctx, at + 1, w.HOURS_TAILS, w.HOURS_REACH)
