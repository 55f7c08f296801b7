"""Targeting rules of the hatecheck74 round (issue 8): a named group thrown to its death in
a place, said in the passive or with the group named first and then meant by a pronoun.

- The passive: "thrown" (the older en/identity_attack.txt line) or this round's own
  "pushed", "tossed", "chucked", then "into"/"off" and a place of death (hatecheck73's:
  "the sea", "a cliff", "a roof", "the ovens"), the clause closing there; before it
  hatecheck71's run with a call ("should", "must", "need to", "deserve to") and
  "be"/"get", a named group right before the run opening its sentence, or a wish before
  the group: "the jews should be thrown into the sea", "refugees should be pushed off a
  cliff", "i hope all immigrants get pushed off a cliff".
- The group named first: a fragment naming only the group opens the message or its
  sentence ("refugees?", "the muslims?", "talking about gays,", "speaking of
  immigrants,"), and right after its pause either the passive with "they" and a call
  ("jews? they should all be pushed off a cliff") or hatecheck73's order with "them"
  ("throw", "toss", "chuck", the older "push"), bare over chat's leads or after the
  writer's intent or a call on someone: "refugees? throw them into the sea", "gypsies.
  someone should throw them into the river", "the muslims? i would throw them all off a
  roof".

Clean: a pronoun that names someone else or no place of death ("muslims? they celebrate
eid", "refugees? throw them a welcome party"), things, animals and games (no named group:
"fish? throw them back into the sea", "the crates should be tossed into the sea", "the
enemy team? push them off the cliff"), news and history (no call: "the refugees were
thrown into the sea by smugglers", "jews? they were thrown into the ovens"), negations
(no unbroken run: "migrants should never be thrown back", "migrants? never throw them
back"), questions ("should we throw them into the sea?"), reports, quotes and
counter-speech (hatecheck28's `_hc28_others`: "'refugees? throw them into the sea' is
what the troll wrote"). This round's own lines out of the shapes are cancelled; the
older lines keep their older readings.

Cost per hit: a frozenset test of the term; then hatecheck73's place walk (PLACE_REACH
twice) and TAIL_REACH after it; for the passive PASSIVE_REACH tokens back over the run
and two tokens for the group or the pronoun; for the order OBJECT_REACH tokens on to the
place and LEAD_REACH (or hatecheck71's INTENT_REACH) tokens back; for the fragment two
tokens for the group and FRAGMENT_REACH back over its leads. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck74_words as w
from bot.core.scoring.targeting_chat13 import Chat13Rules
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck71 import intent_run
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED74_NOTE", "HateCheck74Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_SHAPED74_NOTE: Final[str] = "no named group thrown to a place of death"


class HateCheck74Rules(Chat13Rules):
    """A named group thrown to its death in a place, in the passive ("refugees should be
    pushed off a cliff") or named first and meant by a pronoun ("refugees? throw them
    into the sea", "jews? they should be thrown into the sea")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the throw aimed at the group in the shapes,
        this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS or note == JOKING_NOTE:
            return target, note  # "throw them off a roof lol jk"
        if term in w.PARTICIPLES:
            shaped = self._hc74_passive(ctx, hit)
        else:
            shaped = self._hc74_ordered(ctx, hit)
        if shaped and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_SHAPED74_NOTE  # "the crates should be tossed into the sea"
        return target, note  # the older lines: "throw the ball into the sea"

    def _hc74_passive(self, ctx: Context, hit: Hit) -> bool:
        """The participle, a place of death after it closing its clause, and before it a
        call on a named group (hatecheck71's passive) or on "they" after a fragment that
        names the group; said, not asked."""
        end = self._hc73_place_end(ctx, hit.last)
        if end < 0:
            return False  # "should be pushed to the front", "thrown a party"
        if self._hc71_called(ctx, hit.first, end):
            return True  # "refugees should be pushed off a cliff"
        tokens = ctx.tokens
        run = ctx.back_over(hit.first, w.PASSIVE_RUN, w.PASSIVE_REACH)
        said = tokens[run : hit.first]
        if w.AUXILIARIES.isdisjoint(said[-1:]) or w.CALLS.isdisjoint(said):
            return False  # "they were thrown into the ovens", "they get thrown off bridges"
        subject = run - 1
        if subject < 0 or tokens[subject] not in w.SUBJECTS:
            return False
        if not self._hc73_closes(ctx, end) or ctx.ends_asking(hit.first):
            return False  # "they should be thrown into the sea by the storm"
        return self._hc74_named_before(ctx, subject)

    def _hc74_ordered(self, ctx: Context, hit: Hit) -> bool:
        """hatecheck73's order with "them" for the group ("throw them all into the sea"), a
        place of death after it closing its clause, the order bare or intended right
        after a fragment that names the group; said, not asked."""
        tokens = ctx.tokens
        at = hit.last
        if at >= len(tokens) or tokens[at] not in w.OBJECTS or ctx.pause_after(at):
            return False  # "refugees? throw the ball", "throw them, ..."
        at = ctx.skip_ahead(at + 1, w.OBJECT_SKIP, w.OBJECT_REACH)
        end = self._hc73_place_end(ctx, at)
        if end < 0 or not self._hc73_closes(ctx, end):
            return False  # "refugees? throw them a welcome party"
        if ctx.ends_asking(hit.first):
            return False  # "refugees? should we throw them into the sea?"
        opening = ctx.back_over(hit.first, w.ORDER_LEADS, w.LEAD_REACH)
        if opening < 1 or not ctx.pause_after(opening - 1):
            opening = intent_run(ctx, hit.first)
            if opening < 0:
                return False  # "migrants? never throw them back", "they throw them ..."
        return self._hc74_named_before(ctx, opening)

    def _hc74_named_before(self, ctx: Context, at: int) -> bool:
        """Token `at` opens its clause right after a fragment that names only a group and
        opens the message or its sentence: "refugees? <at>", "talking about gays, <at>"."""
        if at < 1 or not ctx.pause_after(at - 1):
            return False
        group = self._hc62_group_before(ctx, at)
        if group < 0:
            return False  # "fish? throw them back", "the enemy team? push them ..."
        start = ctx.back_over(group, w.FRAGMENT_LEADS, w.FRAGMENT_REACH)
        return ctx.starts_sentence(start)
