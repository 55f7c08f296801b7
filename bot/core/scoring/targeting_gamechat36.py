"""Targeting rules of the gamechat36 round (issue 8, twenty-sixth session): game chat that
gives a verdict on a teammate named by hero, agent or role, which the older rules read as
said of a thing ("this jett is trash") or miss ("our sova has no aim").

- A verdict on a named teammate: "this", "that" or "our" opening its sentence (after a
  chat lead at most), a hero, agent or role, a copula at most and a few adverbs, and an
  older verdict term: "that reyna is actually useless", "this lina is absolutely
  horrible", "this sven is so bad", "our legion is shit". Terms:
  gamechat36_words.VERDICTS; only lines the older rules left unaimed are re-read. After
  "this" or "that" an intensifier (or the term's own "so") is needed: a bare "this sven
  is trash" is a view of the champion (gamechat12's table, gamechat34). Stay clean:
  "this jett is trash", "this invoker is useless" (bare), "jett is trash tier this
  patch", "this invoker is actually useless against sage" (the hero's balance or a
  matchup after it), "this jett skin is so trash" (a thing of the hero's), "my jett is
  so trash, still learning" (the writer's pick), "is this invoker so useless?" (asked),
  "this lag is so bad" (no hero).
- A teammate's skill failing: a hero, agent or role opening its sentence (after "our",
  "this", "that", "the" or a chat lead at most) and gamechat35's bridge words ("has",
  "is", "literally") before the failing: "our sova has no aim", "jett no aim", "sage
  never heals", "our mid has no map awareness", "pudge cant hit a single hook", "pudge 0
  hooks landed gg". Terms: SKILL_FAILINGS (new lexicon lines). The older rules' reader
  stays aimed: "u have no aim", "you never heal". Stay clean: "enemy sova has no aim
  lol", "i cant aim tonight sorry", "no aim assist on pc", "does sage never heal?", "our
  sage never heals lol jk", "if you cant hit a hook, go support" (a condition).

Not built: a bad score quoted at a role ("adc 0/10", "mid 2/12 gg"): no lexicon word to
hang on (gamechat35's note), and a good score ("mid 12/1 gg") reads alike to the tokens.

Cost per hit: one frozenset test of the term; then at most three adverbs, a copula, the
hero, its determiner and a lead back, six tokens ahead. No regex, no new work for messages
without these terms; the failings' words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat35_words as g35
from bot.core.scoring import gamechat36_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck38 import HateCheck38Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_TEAMMATE_NOTE", "GameChat36Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_TEAMMATE_NOTE: Final = "a skill failing not said of a teammate"


class GameChat36Rules(HateCheck38Rules):
    """A teammate named by hero, agent or role called trash or useless, or said to have no
    aim, no map awareness or never to heal."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed or cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SKILL_FAILINGS:
            if (
                target is not Kind.REPORTED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and not ctx.any_ahead(hit.last, w.FAILING_APPROVED, g35.APPROVED_REACH)
                and not _gc36_conditional(ctx, hit.first)
            ):
                if target is Kind.SECOND_PERSON:
                    return target, note  # the older rules' reader: "u have no aim"
                if _gc36_player_before(ctx, hit.first):
                    return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our sova has no aim"
            return Kind.OBJECT, NO_TEAMMATE_NOTE  # "i cant aim tonight sorry"
        if (
            term in w.VERDICTS
            and (target is Kind.OBJECT or target is Kind.NONE)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _gc36_hero_judged(ctx, hit.first)
            and not _gc36_conditional(ctx, hit.first)
            and not ctx.any_ahead(hit.last, w.BALANCE_AFTER, w.BALANCE_REACH)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "this jett is trash"
        return target, note


def _gc36_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after one chat lead ("lol this sova is")."""
    return ctx.starts_sentence(at) or (
        at > 0 and ctx.tokens[at - 1] in g35.LEADS and ctx.starts_sentence(at - 1)
    )


def _gc36_hero_judged(ctx: Context, first: int) -> bool:
    """ "this jett is (so) <verdict>": a determiner and a hero before the verdict over a
    copula and adverbs, the determiner opening its sentence."""
    tokens = ctx.tokens
    adverbs = at = ctx.back_over(first, w.ADVERBS, w.ADVERB_REACH)
    if at > 0 and tokens[at - 1] in w.COPULAS and not ctx.pause_after(at - 1):
        at -= 1
    at -= 2  # the determiner, then the hero
    if at < 0 or tokens[at + 1] not in w.HEROES or tokens[at] not in w.DEMONSTRATIVES:
        return False
    if ctx.pause_after(at) or ctx.pause_after(at + 1) or not _gc36_opens(ctx, at):
        return False
    return (
        tokens[at] == w.OURS
        or tokens[first] in w.INTENSIFIERS  # the term's own "so": "so bad", "so useless"
        or any(word in w.INTENSIFIERS for word in tokens[adverbs:first])
    )


def _gc36_player_before(ctx: Context, first: int) -> bool:
    """A role or a hero before token `first` over bridge words, opening its sentence
    (after a determiner or a chat lead at most): "our sova has", "jett", "omg sage"."""
    tokens = ctx.tokens
    at = ctx.back_over(first, g35.BRIDGE, g35.BRIDGE_REACH) - 1
    if at < 0 or tokens[at] not in g35.NAMED or ctx.pause_after(at):
        return False
    if at > 0 and tokens[at - 1] in w.FAILING_DETERMINERS and not ctx.pause_after(at - 1):
        at -= 1
    return _gc36_opens(ctx, at)


def _gc36_conditional(ctx: Context, first: int) -> bool:
    """The failing's sentence opens on a condition before it: "if you cant hit a hook, go
    support", "when our sage never heals we lose"."""
    start = ctx.sentence_start(first, w.CONDITION_REACH)
    return any(word in w.CONDITIONS for word in ctx.tokens[start:first])
