"""Targeting rules of the hatecheck69 round (issue 8): violence called for or promised
against a named group's places and gatherings (a mosque, a synagogue, a gay bar, a pride
parade, a refugee camp or shelter, a black church), which the older rules read at a
thing, as no promise or as a religion merely named.

- The order: a violent verb (burn, torch, bomb, firebomb, nuke, raze, gas, "burn down",
  "blow up", "shoot up", "set fire to"; "set ... on fire" and "blow ... up" with the
  particle after the place) right before the place over its determiners, the verb
  opening its sentence over a call, an urging or a promise ("someone should", "we need
  to", "let's go", "i hope someone", "i'm gonna", "just"): "burn the mosque down",
  "someone should firebomb the synagogue", "shoot up the gay bar", "we need to bomb
  their mosques", "set the synagogue on fire".
- The fate: the place opening its sentence, then a modal and "be"/"get" before a
  participle of violence ("that synagogue should be burned to the ground", "every mosque
  should be bombed", "the gay bar needs to be torched") or a modal before "burn" ("every
  mosque should burn"); or the place after a wish opening its sentence ("i'd love to
  see", "i hope", "i want to see") and the fate right after it ("i'd love to see every
  mosque in flames", "i want to see that synagogue burn", "i hope the mosque gets
  bombed").

Clean: history and news (a past verb, no call: "the synagogue was firebombed in 1938",
"someone set fire to the synagogue on friday", "they burned the mosque down last
night"), protection and grief ("someone should protect the synagogue", "i'd love to see
the mosque full again"), things and game talk ("burn the old shed down", "torch the enemy
camp", "blow up the mosque in the next mission"), negations ("nobody should burn a
mosque", "no synagogue should ever be bombed"), questions, quotes, reports and
counter-speech (hatecheck28's `_hc28_others`). The round's own lines out of these shapes
are cancelled; the older place-of-worship lines keep their older readings there.

Cost per hit: a frozenset test of the term; then DET_REACH tokens back over determiners,
VERB_RUN_LENGTH tokens of the verb, CALL_REACH (or WISH_REACH) tokens back to the
sentence's start, TAIL_LENGTH or FATE_RUN_REACH tokens on, and GAME_REACH tokens either
side for game talk. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck69_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian62 import Italian62Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CALLED69_NOTE", "HateCheck69Rules"]

# The note that cancels this round's lines out of its shapes (weighing zeroes any note it
# does not name).
NOT_CALLED69_NOTE: Final[str] = "no violence called for against a group's place"


class HateCheck69Rules(Italian62Rules):
    """Violence called for or promised against a named group's place or gathering ("burn
    the mosque down", "someone should shoot up the gay bar", "every synagogue should be
    torched", "i'd love to see every mosque in flames")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a group's place in this round's shapes aimed
        at the group, this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.HOME_VERBS:
            if target is Kind.OBJECT and self._hc69_homes(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE
            return target, note
        if term not in w.PLACE_TERMS:
            return target, note
        start = ctx.back_over(hit.first, w.DETERMINERS, w.DET_REACH)
        called = _hc69_ordered(ctx, hit, start) or _hc69_fated(ctx, hit, start)
        if (
            called
            and target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not _hc69_in_game(ctx, start, hit.last)
            and not self._hc28_others(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_CALLED69_NOTE  # "the gay bar was firebombed in 2016"
        return target, note  # italian37's reading: "close every mosque"

    def _hc69_homes(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's verb ("burn", "torch", "bomb") read at no one, then [down | up],
        determiners, a named group and its homes ("burn down the muslims' homes"), the
        verb opening its sentence over a call; not quoted, asked, game talk or another's
        saying."""
        tokens = ctx.tokens
        at = ctx.skip_ahead(hit.last, w.PARTICLES, w.PARTICLE_REACH)
        at = ctx.skip_ahead(at, w.DETERMINERS, w.DET_REACH)
        end = min(len(tokens), at + w.GROUP_LENGTH + 1)
        if at >= end or not self._group_named_at(tokens, at, end):
            return False
        home = ctx.find_ahead(at + 1, w.HOMES, w.GROUP_LENGTH)
        return (
            home > 0
            and _hc69_called_before(ctx, hit.first)
            and not ctx.quoted_or_asked(hit.first, home + 1)
            and not _hc69_in_game(ctx, hit.first, home + 1)
            and not self._hc28_others(ctx, hit)
        )


def _hc69_ordered(ctx: Context, hit: Hit, start: int) -> bool:
    """A violent verb right before the place's determiners at `start` ("burn down that
    mosque", "set fire to the synagogue"; "set the synagogue on fire" with its tail after
    the place), opening its sentence over a call ("someone should", "let's go")."""
    tokens = ctx.tokens
    for length in range(w.VERB_RUN_LENGTH, 0, -1):
        verb = start - length
        if verb >= 0 and tuple(tokens[verb:start]) in w.VERB_RUNS:
            break
    else:
        verb = start - 1
        if verb < 0 or tokens[verb] not in w.TAILED_VERBS or not _hc69_tail(ctx, hit.last):
            return False
    if any(ctx.pause_after(i) for i in range(verb, hit.first)):
        return False
    return _hc69_called_before(ctx, verb)


def _hc69_tail(ctx: Context, at: int) -> bool:
    """The particle of "set ... on fire", "set ... alight" or "blow ... up" at token `at`."""
    tokens = ctx.tokens
    return any(
        tuple(tokens[at : at + length]) in w.VERB_TAILS for length in range(1, w.TAIL_LENGTH + 1)
    )


def _hc69_called_before(ctx: Context, verb: int) -> bool:
    """The verb at `verb` opens its sentence over a run of call words: none, an order's
    opener ("just", "pls"), or a subject with a call ("someone should", "we need to", "i
    hope someone"), "they" with an urging ("they should"); never a bare subject
    ("someone set fire to ...", a report) nor "they want to ...", their plan reported."""
    lead = ctx.back_over(verb, w.CALL_LEADS, w.CALL_REACH)
    if not ctx.starts_sentence(lead):
        return False
    run = ctx.tokens[lead:verb]
    if w.THEY in run:
        return not w.URGES.isdisjoint(run)
    return w.SUBJECTS.isdisjoint(run) or not w.CALLS.isdisjoint(run)


def _hc69_fated(ctx: Context, hit: Hit, start: int) -> bool:
    """The place opening its sentence and a modal fate after it ("should be burned",
    "must burn"), or after a wish opening its sentence and the fate right after it ("i'd
    love to see every mosque in flames", "i hope the mosque gets bombed")."""
    tokens = ctx.tokens
    if ctx.starts_sentence(start):
        return _hc69_modal_fate(ctx, hit.last)
    lead = ctx.back_over(start, w.WISH_LEADS, w.WISH_REACH)
    if not ctx.starts_sentence(lead) or w.WISHES.isdisjoint(tokens[lead:start]):
        return False
    if ctx.pause_after(hit.last - 1):
        return False
    at = ctx.skip_ahead(hit.last, w.WISH_GAP, w.WISH_GAP_REACH)
    if at >= len(tokens):
        return False
    return tokens[at] in w.WISHED_FATES or tuple(tokens[at : at + 2]) in w.WISHED_RUNS


def _hc69_modal_fate(ctx: Context, last: int) -> bool:
    """From token `last` on: a modal, "be" or "get", and a participle of violence
    ("should be burned", "needs to be torched"), or a modal and a bare "burn"."""
    tokens = ctx.tokens
    if ctx.pause_after(last - 1):
        return False
    at = ctx.skip_ahead(last, w.FATE_RUN, w.FATE_RUN_REACH)
    if at >= len(tokens) or at == last:
        return False
    run = tokens[last:at]
    if w.MODALS.isdisjoint(run):
        return False
    if tokens[at] in w.PARTICIPLES:
        return not w.BE_WORDS.isdisjoint(run)
    return tokens[at] in w.BARE_FATES and run[-1] not in w.BE_WORDS


def _hc69_in_game(ctx: Context, start: int, last: int) -> bool:
    """Game talk within GAME_REACH tokens of the shape ("... in the next mission")."""
    tokens = ctx.tokens
    return not w.GAME_MARKS.isdisjoint(tokens[max(0, start - w.GAME_REACH) : last + w.GAME_REACH])
