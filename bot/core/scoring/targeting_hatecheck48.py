"""Targeting rules of the hatecheck48 round (issue 8, thirty-first session): exclusion and
objectification of a named group, as functional hate-speech suites write it.

- Told to go back: the older exclusion term "go back to" (which older rounds cancel as
  no one sent away, a plan or one's own story) after a modal over a few words ("should
  all", "need to", "must"), a named group the subject (hatecheck47's read), and a
  homeland within HOME_REACH over HOME_GAP words ("their own country", "their shithole
  countries", "the desert"): "muslims should go back to their own country".
- Nothing more than objects: the [said_of_group] words "objects" and "property" after
  "more than" (over a few words: "more than sex objects"). "nothing"/"no" before "more
  than", a copula before that and a named group the subject: "women are nothing more than
  objects". Without the reduction the group is said to be more than objects: "women are
  more than objects" is cancelled.

Stay clean: no named group ("my cousin went back to her own country", "kids need to go
back to their rooms"), no modal ("telling muslims to go back to their country is
racist"), no homeland ("refugees should go back to the camp"), a condition or a time
after ("... once the war ends"), quoted, asked, reported or denied (hatecheck43's
_hc43_unsaid), and "more than objects" without "nothing".

Cost per hit: one frozenset test of the term; then at most SEND_REACH tokens back plus
hatecheck47's subject read and HOME_REACH ahead, or OBJECT_GAP_REACH + 3 tokens back.
No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck45_words as h45
from bot.core.scoring import hatecheck48_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord38 import Discord38Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["MORE_THAN_NOTE", "HateCheck48Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
MORE_THAN_NOTE: Final[str] = "a group said to be more than objects"


class HateCheck48Rules(Discord38Rules):
    """A named group told to go back to its homeland ("muslims should go back to their own
    country") or reduced to objects ("women are nothing more than objects"); "women are
    more than objects" cancelled."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.GROUP or target is Kind.REPORTED:
            if target is Kind.GROUP and hit.entry.term in w.OBJECT_WORDS:
                return self._hc48_objects(ctx, hit, target, note)
            return target, note
        term = hit.entry.term
        if term == w.GO_BACK_TO and self._hc48_sent_home(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "muslims should go back to their country"
        if term in w.OBJECT_WORDS:
            return self._hc48_objects(ctx, hit, target, note)
        return target, note

    def _hc48_sent_home(self, ctx: Context, hit: Hit) -> bool:
        """ "go back to" a homeland after a modal, a named group the subject, not
        conditioned, quoted, asked, reported or denied."""
        tokens = ctx.tokens
        home = ctx.skip_ahead(hit.last, w.HOME_GAP, w.HOME_REACH)
        if home >= len(tokens) or tokens[home] not in w.HOMELANDS or ctx.pause_after(home - 1):
            return False  # "refugees should go back to the camp"
        if ctx.any_ahead(home, h45.CONDITIONS, h45.CONDITION_REACH):
            return False  # "... go back to their country once the war ends"
        start = ctx.back_over(hit.first, w.SEND_GAP, w.SEND_REACH)
        if w.SEND_MODALS.isdisjoint(tokens[start : hit.first]):
            return False  # "telling muslims to go back to their country"
        if ctx.quoted(hit.first, hit.last) or self._hc43_unsaid(ctx, hit):
            return False
        return self._hc47_subject(ctx, start)

    def _hc48_objects(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "objects"/"property" after "more than": reduced to them after "nothing" or
        "no" with a named group the copula's subject; otherwise said to be more."""
        tokens = ctx.tokens
        than = ctx.back_over(hit.first, w.OBJECT_GAP, w.OBJECT_GAP_REACH) - 1
        if than < 1 or tokens[than] != w.THAN or tokens[than - 1] not in w.MORE:
            return target, note
        reducer = than - 2
        if reducer < 1 or tokens[reducer] not in w.REDUCERS:
            return Kind.OBJECT, MORE_THAN_NOTE  # "women are more than objects"
        # The claim read from the reducer on, so "no" is not its own denial.
        claim = hit._replace(first=reducer)
        if target is Kind.GROUP or self._hc47_claimed(ctx, claim, reducer):
            return Kind.GROUP, IDENTITY_NOTE  # "women are nothing more than objects"
        return target, note
