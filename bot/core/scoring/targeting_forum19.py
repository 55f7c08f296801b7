"""Targeting rules of the forum19 round (issue 8, eighteenth session): Reddit-like
comments that threaten a political camp, which the older rules read only of an identity
group, and a group named in a judgement of an activity, which they read as a verdict of
the group.

- A threat said of a camp as the claim's subject, modals and adverbs between: "liberals
  need to be rounded up", "commies should be rounded up and shot", "the left needs to
  be wiped out", "the far right should be wiped out" (forum19_words.CAMPS, or "left" /
  "right" after "the", "far", "alt" ...). hatecheck9 leaves these "no group said to be
  it". Clean: "the cattle need to be rounded up", "prices should be rounded up" (no
  camp), "stop saying liberals should be rounded up", "nobody thinks the left needs to
  be wiped out" (not the writer's claim: a negation or a word of saying in the clause),
  "the left side needs to be wiped out" (a side of a thing).
- "the worst" naming a part of an activity, said of a group: "landlords are the worst
  part of renting", "cops are the worst thing about driving at night". Stay aimed: "you
  are the worst part of my day" (the reader), "immigrants are the worst part of living
  here" (an identity group, left to the identity rules), "landlords are the worst part
  of this city" (no activity: a part of a place may be its people).

Only readings the older rules gave in these shapes are read: a threat left "no group
said to be it" or said of a thing without a note. Cost per hit: one test of the category
(a threat) or of the term ("the worst"); then at most six tokens
back over modals to the subject and ten back to the clause's start (threat), three ahead
(the worst). No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum19_words as w
from bot.core.scoring import hatecheck9_words as w9
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import POLITICAL_NOTE
from bot.core.scoring.targeting_precision18 import Precision18Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["ACTIVITY_NOTE", "Forum19Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
ACTIVITY_NOTE: Final = "a part of an activity, not its people"
_CLAUSE_REACH: Final = 10  # tokens back from the camp to the start of its clause


class Forum19Rules(Precision18Rules):
    """A threat said of a political camp; "the worst part of" an activity."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is Cat.THREAT:
            if (note == NOT_SAID9_NOTE or (target is Kind.OBJECT and not note)) and (
                self._forum19_camp_threatened(ctx, hit)
            ):
                return Kind.GROUP, POLITICAL_NOTE  # "liberals need to be rounded up"
            return target, note
        if (
            entry.term in w.WORST_TERMS
            and target is Kind.GROUP
            and note != IDENTITY_NOTE
            and self._forum19_activity_part(ctx, hit)
        ):
            return Kind.OBJECT, ACTIVITY_NOTE  # "landlords are the worst part of renting"
        return target, note

    @staticmethod
    def _forum19_camp_threatened(ctx: Context, hit: Hit) -> bool:
        """A camp as the threat's subject, modals between, the claim the writer's own:
        "liberals need to be rounded up", "the far left should be wiped out"."""
        if ctx.quoted(hit.first, hit.last):
            return False
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w9.MODALS, w.THREAT_REACH)
        if at == 0 or at == hit.first or ctx.pause_after(at - 1):
            return False
        subject = at - 1
        word = tokens[subject]
        if word in w.WINGS:
            if subject == 0 or tokens[subject - 1] not in w.WING_LEADS:
                return False
        elif word not in w.CAMPS:
            return False
        start = ctx.sentence_start(subject, _CLAUSE_REACH)
        return w.UNSAID.isdisjoint(tokens[start:subject])

    @staticmethod
    def _forum19_activity_part(ctx: Context, hit: Hit) -> bool:
        """ "the worst part of renting": a part, "of" or "about", then a gerund."""
        tokens = ctx.tokens
        at = hit.last
        if at + 2 >= len(tokens) or ctx.pause_after(at - 1) or ctx.pause_after(at):
            return False
        if tokens[at] not in w.PARTS or tokens[at + 1] not in w.PART_OF:
            return False
        activity = tokens[at + 2]
        return len(activity) > 4 and activity.endswith("ing") and activity not in w.NOT_GERUNDS
