"""Targeting rules of the gamechat53 round (issue 8): game chat cursing the players of a
nationality by the name of their country or by the plural nationality, which gamechat37
left unbuilt ("still fuck peru", "peru shit") and the older rules read as aimed at no one.

- A curse or a wish opening its clause (chat leads at most before it), right before the
  country or the nationality (over "the", "all", "u" at most), the clause closing after
  them (chat's tails aside): "fuck peru", "ugh fuck peru again", "suck it russians", "die
  pinoys", "screw the brazilians", "fuck u ruskies".
- The country or the nationality opening its clause (over "this", "all" and leads like
  "report"), then a vulgar noun closing it: "peru shit", "reported peru shit", "report
  this peru trash", "russians garbage", "brazil monkeys".

Stay clean: a server, a ping or a thing of the country ("fuck the peru server", "fuck my
ping to peru", "peru shit internet", "russia trash talk"), praise ("fuck yeah brazil
won"), a pause after the curse ("fuck, russians carried us"), "suck it up russians",
negations, questions, reports, quotes and counter-speech ("he said fuck peru", "dont say
fuck russians", "dont die pinoys": hatecheck43's `_hc43_unsaid`, and the curse must open
its clause).

Cost per hit: a frozenset test of the term and of gamechat37's note; then at most
BETWEEN_REACH + 2 + LEAD_REACH tokens back, or POINTER_REACH + LEAD_REACH back and one
ahead, and TAIL_REACH tails. No regex, no lexicon lines (gamechat37's terms).
"""

from __future__ import annotations

from bot.core.scoring import gamechat53_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat37 import NOT_GENERALISED_NOTE
from bot.core.scoring.targeting_insults24 import Insults24Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat53Rules"]


class GameChat53Rules(Insults24Rules):
    """The players of a nationality cursed by their country or plural name ("fuck peru",
    "suck it russians") or called a vulgar noun ("peru shit")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; gamechat37's cancelled nationality raised to
        said of the group in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note != NOT_GENERALISED_NOTE or hit.entry.term not in w.NATIONS:
            return target, note
        if hit.last - hit.first != 1 or ctx.tokens[hit.first] != hit.entry.term:
            return target, note  # a typo's reading ("russia's"), a longer phrase
        if not (_gc53_cursed(ctx, hit.first) or _gc53_called(ctx, hit.first)):
            return target, note
        if ctx.quoted(hit.first, hit.last) or self._hc43_unsaid(ctx, hit):
            return target, note  # "he said fuck peru", "dont say fuck russians", asked
        return Kind.GROUP, IDENTITY_NOTE


def _gc53_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its clause, chat leads at most before it ("ugh fuck peru", "gg |
    fuck brazil"): not said after a subject, a negation or a speech verb."""
    start = ctx.back_over(at, w.LEADS, w.LEAD_REACH)
    return ctx.starts_sentence(start) or ctx.pause_after(start - 1)


def _gc53_cursed(ctx: Context, at: int) -> bool:
    """A curse opening its clause right before the nationality at `at` (over "the", "all",
    "u"), which closes the clause: "fuck peru", "suck it russians", "fuck u brazilians"."""
    tokens = ctx.tokens
    if not ctx.closes_after(at + 1, w.TAILS, w.TAIL_REACH):
        return False  # "fuck the peru server", "fuck peru servers"
    before = ctx.back_over(at, w.BETWEEN, w.BETWEEN_REACH)
    curse = before - 1
    if curse < 0 or ctx.pause_after(curse):
        return False  # "fuck, russians carried us"
    if tokens[curse] in w.CURSES and _gc53_opens(ctx, curse):
        return True
    if curse < 1 or (tokens[curse - 1], tokens[curse]) not in w.TWO_WORD_CURSES:
        return False
    return _gc53_opens(ctx, curse - 1)  # "suck it russians", "shut up pinoys"


def _gc53_called(ctx: Context, at: int) -> bool:
    """The nationality at `at` opening its clause (over "this", "all" and leads), then a
    vulgar noun closing it: "peru shit", "report this peru trash", "all peruvians shit"."""
    tokens = ctx.tokens
    noun = at + 1
    if noun >= len(tokens) or tokens[noun] not in w.VULGAR_NOUNS or ctx.pause_after(at):
        return False
    if not ctx.closes_after(noun + 1, w.TAILS, w.TAIL_REACH):
        return False  # "peru shit internet", "russia trash talk"
    return _gc53_opens(ctx, ctx.back_over(at, w.POINTERS, w.POINTER_REACH))
