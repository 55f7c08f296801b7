"""Targeting rules of the gamechat57 round (issue 8): "joke" called on a player in game
chat, right before the hero, role or player noun that names them, which the older rules
read as a faint name-call (under the threshold) or as a verdict on a thing.

- The shape: "[what a | such a | an intensifier] joke <hero | role | player>" in a line
  (or sentence) of its own, maybe after chat's openers ("gg", "lol", "ez", "report") and
  before chat's tails ("lol", "gg", "again"): "joke sf", "gg joke pudge", "what a joke
  invoker", "such a joke slark", "fucking joke pudge", "absolute joke meepo", "joke
  offlaner", "such a joke support lol". The player's word is any game's hero
  (gamechat50's and gamechat54's, the everyday words among them too: right after "joke",
  "axe" is the hero's player) or a role or player noun (gamechat39's), less chat's
  vocatives ("what a joke bro"). gamechat13's "joke mid" lines keep their reading where
  they flag; this round reads them over chat's tails too.
- The reading: said of that player, lifted to the floor (weighing.py's floored notes), as
  gamechat13's "joke mid" lines weigh: "joke" alone is a faint word (0.45), a joke told.

Clean: the hero, an item, a patch, a pick or a build judged (no player's word right after
"joke", or a thing after it: "joke hero", "what a joke patch", "joke sf build", "joke
pudge hook", "joke pudge pick"), "no joke" and "not a joke" ("no joke pudge is strong"),
questions and quotes ("is this a joke pudge?"), the writer's own play ("i'm a joke pudge
lol"), a joke told or praised ("tell me a joke pudge", "nice joke invoker", "the joke sf
made"), a comma between "joke" and the name ("what a joke, pudge"). Only readings that
leave the hit faint or at a thing are re-read; cancelled ones (negated, joking, reported)
stay.

Cost per hit: a string test of the term's words (most hits end there); one set test of
the player's word, LEAD_REACH tokens back over the leads, TAIL_REACH ahead over the tails
and one quote-or-question test. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat57_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck78 import HateCheck78Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid21 import UNJUDGED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "PLAYER_JOKE_NOTE",
    "PLAYER_READ_NOTES",
    "PLAYER_READ_TARGETS",
    "GameChat57Rules",
    "joke_called_player",
]

# Said of a player called a joke: lifted to the floor (weighing.py's floored notes).
PLAYER_JOKE_NOTE: Final[str] = "a player called a joke"
# The readings re-read of a player put down (this round and gamechat58's): faint or at a
# thing, never a cancelled one.
PLAYER_READ_TARGETS: Final[frozenset[TargetKind]] = frozenset(
    {Kind.THIRD_PERSON, Kind.OBJECT, Kind.NONE}
)
PLAYER_READ_NOTES: Final[frozenset[str]] = frozenset(
    {"", "not said of a person", SAID_OF_NOTE, OUTRIGHT_NOTE, NAMED_NOTE, UNJUDGED_NOTE}
)


class GameChat57Rules(HateCheck78Rules):
    """ "joke" called on a player right before the hero or role that names them ("joke
    sf", "what a joke pudge", "fucking joke slark")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if w.JOKE not in hit.entry.tokens:
            return target, note
        if target not in PLAYER_READ_TARGETS or note not in PLAYER_READ_NOTES:
            return target, note  # "you are a joke", "no joke pudge", reported speech
        if target is Kind.THIRD_PERSON and hit.entry.weight >= OUTRIGHT_FLOOR:
            return target, note  # gamechat13's "joke mid": said of a player already
        if joke_called_player(ctx, hit) and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.THIRD_PERSON, PLAYER_JOKE_NOTE  # "what a joke pudge"
        return target, note


def joke_called_player(ctx: Context, hit: Hit) -> bool:
    """ "joke" then a player's word, its line opening over chat's leads and closing over
    chat's tails: "gg joke pudge", "what a joke invoker", "such a joke support lol"."""
    tokens = ctx.tokens
    terms = hit.entry.tokens
    if terms[-1] == w.JOKE:
        player = hit.last  # "joke pudge", "fucking joke pudge"
        if player >= len(tokens) or ctx.pause_after(player - 1):
            return False  # "what a joke", "what a joke, pudge"
    elif terms[0] == w.JOKE and len(terms) == 2:
        player = hit.last - 1  # gamechat13's "joke support"
    else:
        return False  # "joke of a game", "you are a joke"
    if tokens[player] not in w.PLAYERS:
        return False  # "joke hero", "joke patch"
    joke = player - 1
    if not ctx.starts_sentence(ctx.back_over(joke, w.LEADS, w.LEAD_REACH)):
        return False  # "i'm a joke pudge", "no joke pudge", "nice joke invoker"
    return ctx.closes_after(player + 1, w.TAILS, w.TAIL_REACH)  # not "joke sf build"
