"""Targeting rules of the insults27 round (issue 8): a team urged on during play with a
swear word, a false flag of the insults and sports-chat lines.

- An order of play (insults27_words.PLAY_ORDERS: "box out", "defend", "rebound",
  "hustle", "shoot", "score", "tackle") opens the clause, then at most ORDER_REACH tokens
  on and with no pause, the reader ("you", "u", "ya") and insults12's cheered swear
  word right after it: "box out you fuckers!! #nets", "defend you bastards!!",
  "rebound you motherfuckers, two minutes left", "swing the ball you fuckers". The side
  is yelled at to play, not called names (insults12 reads "let's go you fuckers" the
  same way).

Stays aimed: orders that send a person away or harm one ("shut up you fuckers", "get
lost you bastards", "die you fuckers", "go home you bitches"), an order with a person as
its object ("shoot him you bastards") or a particle of harm after the swear word ("hold
you bastards down", "finish you fuckers off"), an insult beside the swear word anywhere
in the message ("defend you useless fuckers", "rebound you fuckers, you are all trash"),
the order not opening its clause ("i'll finish you bastards"), and the swear word aimed
at people otherwise ("you fuckers stole my bike"). Only a hit read at the reader is
re-read; reported, quoted and other readings are left alone.

Cost per hit: a frozenset test of the term and of the target, one token before and one
after it, then ORDER_REACH tokens back; only then a pass over the message for other
hostility (the insults12 check). No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats11 import Threats11Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["URGED_NOTE", "Insults27Rules", "play_order_before"]

# The note that cancels the hit (weighing zeroes any note it does not name).
URGED_NOTE: Final[str] = "a team urged on during play"


class Insults27Rules(Threats11Rules):
    """A team urged on during play with a swear word ("box out you fuckers!", "defend
    you bastards")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the swear word cancelled after an order of
        play to "you" that opens its clause, with no other hostility in the message."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.SWEARS or target is not Kind.SECOND_PERSON:
            return target, note
        order = play_order_before(ctx, hit)
        # the order's own words ("block you", "push you") are the play, not other hostility
        if order >= 0 and not self._other_hostility(ctx, order, hit.last):
            return Kind.OBJECT, URGED_NOTE  # "box out you fuckers!"
        return target, note


def play_order_before(ctx: Context, hit: Hit) -> int:
    """ "box out you fuckers", "swing the ball you bastards": the reader right before the
    hit, and an order of play opening the clause at most ORDER_REACH tokens before the
    reader, with no pause and no person as its object between, and no particle of harm
    right after the hit ("hold you bastards down"). The order's index, or -1."""
    tokens = ctx.tokens
    reader = hit.first - 1
    if reader < 1 or tokens[reader] not in w.READER or ctx.pause_after(reader):
        return -1
    after = hit.last
    if after < len(tokens) and tokens[after] in w.HARM_PARTICLES and not ctx.pause_after(after - 1):
        return -1  # "hold you bastards down", "finish you fuckers off": harm, not play
    for at in range(reader - 1, max(-1, reader - 1 - w.ORDER_REACH), -1):
        if ctx.pause_after(at) or tokens[at] in w.PERSONS:
            return -1
        if tokens[at] in w.PLAY_ORDERS and ctx.starts_sentence(at):
            return at
    return -1
