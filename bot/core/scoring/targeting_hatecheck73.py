"""Targeting rules of the hatecheck73 round (issue 8): violence ordered or intended against
a named group with the group inside the verb's phrase, read from this round's own
en/threat.txt verbs, which no older line held bare.

- The split phrasal verb: "gun", "mow", "wipe", "stamp" or "string", a named group or one
  member right after it over determiners and emphasis, and the verb's own particle right
  after the group ("down", "out", "up"), the clause closing there or going on only into a
  few tails ("for good", "already") or into "and ...": "gun the immigrants down", "wipe
  all the jews out", "string the gays up", "mow every last refugee down and laugh".
- The place: "throw", "toss", "chuck" (or the older "push" line), the group right after
  it, then "into"/"off" and a place a person dies in or falls from ("the sea", "a cliff",
  "a roof", "the ovens"), the clause closing there: "throw the refugees into the sea",
  "push the muslims off a cliff", "toss the migrants back into the ocean".
- Either one as a bare order opening its sentence over chat's openers (hatecheck70's
  ORDER_LEADS: "just", "lets", "honestly") or after the writer's intent or a call on
  someone opening its sentence (hatecheck71's run: "i will", "we should", "someone
  needs to", "i'd love to").

Clean: games, sport and things (no group after the verb, or no particle or place after
the group: "gun the enemy team down", "wipe the floor with them", "throw the ball into
the sea", "throw the gays a party"), negations and conditions (no intent in an unbroken
run: "we should never wipe ...", "if you gun ..."), news and history (the verb not
opening its sentence: "soldiers gunned the protesters down", "the army tried to wipe the
jews out"), reports, questions, counter-speech and quotes (hatecheck28's `_hc28_others`:
"saying 'wipe the jews out' is disgusting"). This round's lines out of the shapes are
cancelled; the older "push" line keeps its older reading out of the shape.

Cost per hit: a frozenset test of the term; then OBJECT_REACH tokens on to the group, one
token for the particle or PLACE_REACH tokens on to the place, TAIL_REACH after it, and
hatecheck71's INTENT_REACH tokens back over the intent or hatecheck43's lead walk back.
No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck73_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck71 import intent_run
from bot.core.scoring.targeting_hatecheck72 import HateCheck72Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED73_NOTE", "HateCheck73Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_SHAPED73_NOTE: Final[str] = "no named group inside a phrasal verb of killing"


class HateCheck73Rules(HateCheck72Rules):
    """Violence ordered or intended against a named group inside the verb's phrase: the
    particle after the group ("gun the immigrants down", "wipe the jews out") or a place
    of death after it ("throw the refugees into the sea")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's verbs aimed at the group in the
        shapes, its own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.VERBS or note == JOKING_NOTE:
            return target, note  # "string the gays up lol jk"
        if self._hc73_shaped(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_SHAPED73_NOTE  # "gun the enemy team down"
        return target, note  # the older "push": "push the cart off a cliff"

    def _hc73_shaped(self, ctx: Context, hit: Hit) -> bool:
        """A named group right after the verb, the verb's particle or a place of death
        after the group closing its clause, the verb ordered or intended; not asked."""
        tokens = ctx.tokens
        at = ctx.skip_ahead(hit.last, w.OBJECT_SKIP, w.OBJECT_REACH)
        if at >= min(len(tokens), hit.last + w.OBJECT_REACH) or ctx.pause_after(at - 1):
            return False
        group_end = self._hc21_member(tokens, at, len(tokens))
        if group_end < 0 or group_end >= len(tokens) or ctx.pause_after(group_end - 1):
            return False  # "gun the enemy team down", "wipe the jews"
        particle = w.PARTICLES.get(hit.entry.term)
        if particle is not None:
            end = group_end + 1 if tokens[group_end] == particle else -1
        else:
            end = self._hc73_place_end(ctx, group_end)
        if end < 0 or not self._hc73_closes(ctx, end):
            return False  # "throw the gays a party", "string the gays up for the parade"
        if ctx.ends_asking(hit.first):
            return False  # "would you throw the refugees into the sea?"
        return hc43_opens(ctx, hit.first, w.ORDER_LEADS) or self._hc73_intended(ctx, hit)

    @staticmethod
    def _hc73_place_end(ctx: Context, at: int) -> int:
        """Where "into"/"off" and a place of death starting at token `at` end ("into the
        sea", "back off a cliff"), or -1."""
        tokens = ctx.tokens
        way = ctx.skip_ahead(at, w.PLACE_SKIP, w.PLACE_REACH)
        if way >= len(tokens) or tokens[way] not in w.WAYS:
            return -1
        place = ctx.skip_ahead(way + 1, w.PLACE_SKIP, w.PLACE_REACH)
        if place >= len(tokens) or tokens[place] not in w.PLACES:
            return -1
        return place + 1

    @staticmethod
    def _hc73_closes(ctx: Context, end: int) -> bool:
        """The clause closes at token `end`, or after a few tails, or goes on into the
        next clause ("... and laugh")."""
        tokens = ctx.tokens
        return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) or (
            end < len(tokens) and tokens[end] in w.JOINS
        )

    @staticmethod
    def _hc73_intended(ctx: Context, hit: Hit) -> bool:
        """The writer's intent or a call on someone right before the verb, opening its
        sentence ("i will", "we should", "someone needs to"); a negation, a report or a
        condition breaks the run ("we should never", "he said we should", "if we")."""
        run = intent_run(ctx, hit.first)
        return run >= 0 and hc43_opens(ctx, run, w.ORDER_LEADS)
