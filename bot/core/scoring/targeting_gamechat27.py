"""Targeting rules of the gamechat27 round (issue 8, twentieth session): in-game chat of
many games (Dota 2, League, Valorant, Overwatch, CS2) that judges a teammate by the hero
they play or calls them a bad player, said whole.

- A hero, an agent or a player's role after "this" / "that" judged the worst: "this jett
  is the worst", "that reyna is literally the worst", "this teemo is the absolute worst",
  "that mercy main is the worst ever", "omg this sova is the worst". The demonstrative
  opens the sentence (chat's openers before it at most), a copula and an adverb at most
  before "the worst", fillers at most after it. gamechat8 reads "this yasuo is trash" as
  the champion's kit and leaves it so; "the worst" is said of a person. Clean: "this map
  is the worst", "this hero is the worst to play against" (a kit, the clause goes on),
  "this agent is the worst in the game", "i'm the worst jett lol" (the writer), "is
  this jett the worst?" (asked), "this jett is the best"; a place's word after "this"
  ("this jungle") is no player here.
- A bad-quality word right before a player noun, a role or a hero, said whole:
  "terrible player", "what a trash gamer", "such a horrible teammate", "awful jungler
  lol", "just a really shit pudge". Before it from the sentence's start only a frame
  ("what a", "such a", "just a", intensifiers, chat's openers), after the noun only
  fillers to the sentence's end; the reader and a copula may open the frame, the reader
  then its target ("you are a horrible player", "youre such an awful teammate"). Clean:
  "im a terrible player lol", "what a terrible player i am" (the writer), "terrible
  player count on this server" and "you are a terrible player to play against" (the
  clause goes on), "what a trash game", "awful lag" (things), '"terrible player" he
  said' (quoted), "you are a horrible player?" (asked).
  A fail label ("fail mid") is left out, as gamechat13 left it: Dota chat writes it of a
  lane's state as often as of a player.

Cost per hit: one frozenset test of the term; for the round's terms only, at most six
tokens back to the sentence's start and four ahead to its end. No regex, no new work for
messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat27_words as w
from bot.core.scoring.gamechat26_words import OPENERS
from bot.core.scoring.targeting_context import NAMED_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord24 import Discord24Rules
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["GameChat27Rules", "closes_whole"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# Readings the round's shapes override: none, said of a person, not said of a person,
# gamechat8's "the worst of a thing".
_OVERRIDDEN: Final[frozenset[str]] = frozenset(
    {"", SAID_OF_NOTE, NOT_SAID_OF_NOTE, NOT_A_HERO_NOTE}
)
_PROFANITY: Final = Category.PROFANITY


class GameChat27Rules(Discord24Rules):
    """A hero after "this" judged the worst; a bad-quality word before a player noun, a
    role or a hero: each aimed only said whole."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED or note not in _OVERRIDDEN:
            return target, note
        term = hit.entry.term
        if term in w.WORST:
            if _this_hero_worst(ctx, hit) and not ctx.quoted(hit.first, hit.last):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "this jett is the worst"
            return target, note
        if term in w.QUALITY:
            at = hit.last
            if (
                at < len(ctx.tokens)
                and ctx.tokens[at] in w.CALLED
                and not ctx.pause_after(at - 1)
                and not ctx.quoted(hit.first, at + 1)
            ):
                called = _called_whole(ctx, hit.first, at + 1)
                if called is None:
                    return target, note
                if called:
                    return Kind.SECOND_PERSON, ""  # "you are a horrible player"
                if hit.entry.category is _PROFANITY:
                    return Kind.THIRD_PERSON, NAMED_NOTE  # "what a shit jett"
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "what a terrible player"
        return target, note


def _called_whole(ctx: Context, first: int, last: int) -> bool | None:
    """Tokens first..last-1 said whole: only a frame from the sentence's start before
    them (the reader and a copula may open it), only fillers after them to the
    sentence's end; never asked. True when the reader opens the frame, False when it is
    said whole without them, None when it is not said whole."""
    tokens = ctx.tokens
    start = ctx.sentence_start(first, w.FRAME_REACH + 2)
    if not ctx.starts_sentence(start):
        return None
    at = start
    reader = at < first and tokens[at] in w.READERS
    if reader:
        at += 1
        if at < first and tokens[at] in w.READER_COPULAS:
            at += 1  # "you are a", "you re such a"
        if at == first or tokens[at] not in w.ARTICLED:
            return None  # "you terrible player" is another rule's
    if first - at > w.FRAME_REACH:
        return None
    frame = w.FRAME_AFTER_READER if reader else w.FRAME
    if any(tokens[i] not in frame for i in range(at, first)):
        return None  # "im a terrible player", "the terrible player"
    return reader if closes_whole(ctx, last) else None


def closes_whole(ctx: Context, at: int) -> bool:
    """From token `at`, only fillers to the sentence's end, not asked."""
    tokens = ctx.tokens
    if at >= len(tokens):
        return not ctx.asked_right_after(at)
    end = ctx.sentence_end(at, w.TAIL_REACH)
    if end - at > w.TAIL_REACH:
        return False
    for i in range(at, min(end, len(tokens))):
        word = tokens[i]
        if word not in w.TAILS and (word != "i" or i + 1 >= end or tokens[i + 1] != "swear"):
            return False  # "what a terrible player i am"; "... i swear" is a filler
    return not ctx.asked_right_after(min(end, len(tokens)))


def _this_hero_worst(ctx: Context, hit: Hit) -> bool:
    """ "this jett is (literally) the worst": "this" or "that" opening the sentence
    (openers before it at most), a hero or a role, a copula, an adverb at most, then the
    verdict said whole; "the absolute worst" reads a bare "worst"."""
    tokens = ctx.tokens
    at = hit.first - 1
    if hit.entry.term == "worst":
        if at < 1 or tokens[at] not in w.WORST_BETWEEN or tokens[at - 1] != "the":
            return False
        at -= 2
    if at >= 0 and tokens[at] in w.ADVERBS:
        at -= 1
    if at < 2 or tokens[at] not in w.COPULAS:
        return False
    at -= 1
    if tokens[at] in w.MAINS and at >= 2 and tokens[at - 1] in w.NAMED:
        at -= 1  # "that mercy main"
    if tokens[at] not in w.NAMED or tokens[at - 1] not in w.DEMONSTRATIVES:
        return False
    start = ctx.sentence_start(at - 1, w.FRAME_REACH)
    if at - 1 - start > w.FRAME_REACH or not ctx.starts_sentence(start):
        return False
    if any(tokens[i] not in OPENERS for i in range(start, at - 1)):
        return False  # "i think this jett is the worst" stays the older rules'
    return closes_whole(ctx, hit.last)
