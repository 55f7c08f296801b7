"""Targeting rules of the italian62 round (issue 8): harm wished on a whole group in
Italian, the group left to "tutti" or to the thread, or wished on the boats that carry
it, which the older rules read as said of a thing.

- All of them: a death or harm verb in the subjunctive (italian62_words.HARM_WISHES:
  "muoiano", "crepassero", "affoghino", the round's "schiattino"), a wish right before it
  ("speriamo che", "spero proprio che", "mi auguro che", "vorrei che", "magari", a bare
  "che") opening its sentence, then only "tutti" or "tutte" ("tutti quanti") and the
  clause closes or goes on only into a place of harm: "che affondino tutti", "magari
  annegassero tutti", "spero che crepino", "che brucino tutti all'inferno".
- The boats: a sinking verb ("affondino", "affondasse", "affondi") with the wish the
  same way, and a migrants' boat ("barconi", "gommone", "carrette", the ong's "navi")
  right after it or between "che" and the verb: "speriamo che affondino i barconi",
  "magari affondasse il gommone", "speriamo che il prossimo barcone affondi".

Clean: wishes that are no harm ("spero che vincano tutti"), harm wished on things and
idioms ("spero che affondi questa legge", "speriamo che muoiano tutti i pesci", "che
crepino dal ridere", "che crepi il lupo"), negations ("speriamo che non affondino"), and
news, questions, quotes and reports: the wish must open its sentence ("ha detto che spera
che affondino", "prima che affondino"), and italian57's unsaid reading cancels the rest.
The round's own lines out of the shapes are cancelled.

Cost per hit: a frozenset test of the term; then WISH_REACH tokens back over the wish
(BOAT_REACH more over a boat before the verb) and hatecheck66's `opens_over`; ALL_REACH
and TAIL_REACH tokens on, or BOAT_REACH and OWNER_REACH tokens on to the boat. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian62_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord50 import Discord50Rules
from bot.core.scoring.targeting_hatecheck66 import opens_over
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_WISHED62_NOTE", "Italian62Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_WISHED62_NOTE: Final[str] = "no harm wished on all of a group or on its boats"


class Italian62Rules(Discord50Rules):
    """Harm wished on all of a group ("speriamo che affoghino tutti", "che crepino") or
    on the boats that carry it ("speriamo che affondino i barconi")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a wish in the shapes aimed at the group, the
        round's own lines out of them cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.HARM_WISHES and term not in w.SINKING:
            return target, note
        if target is not Kind.GROUP and not self._it57_unsaid(ctx, hit):
            if term in w.HARM_WISHES and _it62_all_wished(ctx, hit):
                return Kind.GROUP, ""  # "che affondino tutti", "spero che crepino"
            if term in w.SINKING and _it62_boat_sunk(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "speriamo che affondino i barconi"
        if term in w.OWN_TERMS and target is not Kind.GROUP:
            return Kind.NONE, NOT_WISHED62_NOTE  # "spero che affondi questa legge"
        return target, note


def wished_before(ctx: Context, at: int) -> bool:
    """A wish ending right before token `at` ("speriamo che", "magari", a bare "che", or
    the hit's own "che"), opening its sentence over chat's leads."""
    start = ctx.back_over(at, w.WISH_RUN, w.WISH_REACH)
    if start == at or w.WISH_OPENERS.isdisjoint(ctx.tokens[start:at]):
        return False
    return opens_over(ctx, start, w.LEADS)


def _it62_wish_at(ctx: Context, hit: Hit) -> bool:
    """The wish before the hit, or the hit's own "che" ("che crepino") opening it."""
    if hit.entry.tokens[0] in w.WISH_RUN:
        return wished_before(ctx, hit.last - 1)  # "spero [proprio] che crepino"
    return wished_before(ctx, hit.first)


def _it62_all_wished(ctx: Context, hit: Hit) -> bool:
    """The wish before the verb; only "tutti" (or nothing) after it, the clause closing
    or going on only into a place of harm ("all'inferno", "in galera")."""
    if not _it62_wish_at(ctx, hit):
        return False
    end = ctx.skip_ahead(hit.last, w.ALL, w.ALL_REACH)
    return ctx.closes_after(end, w.HARM_TAILS, w.TAIL_REACH)


def _it62_boat_sunk(ctx: Context, hit: Hit) -> bool:
    """A boat right after the sinking verb, the wish before it ("speriamo che affondino
    i barconi"); or the boat between the wish and the verb ("speriamo che il prossimo
    barcone affondi")."""
    boat = ctx.skip_ahead(hit.last, w.BOAT_LEADS, w.BOAT_REACH)
    if boat < len(ctx.tokens) and _is_boat(ctx, boat):
        return _it62_wish_at(ctx, hit)
    before = hit.first - 1
    if before < 0 or ctx.pause_after(before) or not _is_boat(ctx, before):
        return False
    return wished_before(ctx, ctx.back_over(before, w.BOAT_LEADS, w.BOAT_REACH))


def _is_boat(ctx: Context, at: int) -> bool:
    """Token `at` names a migrants' boat: "barconi", "gommone", or a ship the ong's."""
    word = ctx.tokens[at]
    if word in w.BOATS:
        return True
    return word in w.SHIPS and ctx.any_ahead(at + 1, w.SHIP_OWNERS, w.OWNER_REACH)
