"""Targeting rules of the gamechat56 round (issue 8): a player in game chat pointed at by
"this" or "that" and a hero's name and called worthless outright, which the older rules
read as a verdict on a thing (the hero's kit, an item).

- The shape: "this | that [fucking | stupid] <hero> is <so | such a | a complete |
  fucking> <verdict>", the verdict one of worthlessness ("a joke", "worthless", "a
  disgrace", "useless": gamechat56_words.VERDICTS) and at least one intensifier in the
  run (or the line's own: "a complete joke"), the pointer opening its sentence over
  chat's openers only and the clause closing, maybe after chat's tails: "that bristle is
  such a joke", "this techies is a complete joke", "that qop is a fucking joke", "this
  meepo is so worthless", "this pudge is such a disgrace lol". gamechat36 reads the same
  shape with its own verdicts and heroes; this round adds the joke, the disgrace and
  worthlessness and the heroes gamechat56_words.HEROES names (no ordinary English word,
  so "this axe is so useless" stays a thing).

Clean: a bare verdict ("this sven is trash", "this zeus is a joke": a view of the
champion, gamechat12's table and gamechat36), the hero's kit, an item or the game judged
("this pudge hook is such a joke", "this hero is a complete joke"), a matchup or a joke
after it ("this invoker is so useless against sage", "this lina is absolute trash jk"),
the past ("this slark was such a joke before the buff"), negations ("this zeus is no
joke"), questions and quotes ("is this pudge such a joke?"), reports and denials (the
pointer not opening its sentence: "he said this pudge is such a joke"), the writer's own
hero, and game chat's praise ("that raze is a menace": no verdict of worthlessness).
Only a hit the older rules read at a thing goes on; any other reading is left alone.

Cost per hit: a frozenset test of the term; at most RUN_REACH tokens back over the
copula's run and one set test of it, one set test of the hero, ADJECTIVE_REACH tokens
back to the pointer, OPENER_REACH back to the sentence's opening, TAIL_REACH ahead and
one quote-or-question test. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat56_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck67 import HateCheck67Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat56Rules", "pointed_hero_before"]

# The older readings this round re-reads: a verdict on a thing, with or without their
# note ("not said of a person").
_THING_NOTES: Final[frozenset[str]] = frozenset({"", "not said of a person"})


class GameChat56Rules(HateCheck67Rules):
    """A player pointed at by "this" or "that" and a hero's name and called worthless
    with an intensifier ("that bristle is such a joke", "this meepo is so worthless")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player outright in this round's
        shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.OBJECT or note not in _THING_NOTES:
            return target, note
        if hit.entry.term not in w.VERDICTS:
            return target, note  # "that raze is a menace": game chat's praise
        if pointed_hero_before(ctx, hit) and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "that qop is a fucking joke"
        return target, note


def pointed_hero_before(ctx: Context, hit: Hit) -> bool:
    """ "this | that [adjective] <hero> is <intensifiers>" right before the verdict (or
    around its own "is": "is such a joke"), the pointer opening its sentence over chat's
    openers and the verdict closing its clause, maybe after chat's tails."""
    tokens = ctx.tokens
    run = ctx.back_over(hit.first, w.VERDICT_RUN, w.RUN_REACH)
    if w.COPULAS.isdisjoint(tokens[run : hit.first]) and tokens[hit.first] not in w.COPULAS:
        return False  # "this pudge not trash", "this slark was trash"
    if w.INTENSIFIERS.isdisjoint(tokens[run : hit.last]):
        return False  # "this sven is trash": a view of the champion (gamechat36)
    hero = run - 1
    if hero < 1 or tokens[hero] not in w.HEROES or ctx.pause_after(hero):
        return False  # "this pudge hook is such a joke", "this hero is a complete joke"
    pointer = ctx.back_over(hero, w.POINTED_ADJECTIVES, w.ADJECTIVE_REACH) - 1
    if pointer < 0 or tokens[pointer] not in w.POINTERS:
        return False  # "pudge is such a joke in this patch": the hero, not a player
    start = ctx.back_over(pointer, w.OPENERS, w.OPENER_REACH)
    if not ctx.starts_sentence(start):
        return False  # "he said this pudge is such a joke", "i am this pudge and ..."
    return ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
