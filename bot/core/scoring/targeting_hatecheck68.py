"""Targeting rules of the hatecheck68 round (issue 8): a named identity group kept out of
work, said as a rule for the whole group or told to its gatekeepers, in plain words no
older line held.

- The work kept: "<group> should | must | can not | never be hired | employed | given
  (a) job(s) | offered work | in charge", or a profession after "be" ("be teachers", "be
  a surgeon", "be in the military"): "no immigrant should ever be hired", "muslims should
  never be given jobs", "gay people shouldn't be teachers", "a woman should never be a
  surgeon", "women shouldn't be in charge". The group (a plural group, or one member
  after "a", "an", "any", "every", "each" or "no") opens its sentence right before the
  modal; a negation comes between the modal and "be", or the modal ("shouldnt",
  "cannot") or the member's "no" denies on its own; the work closes the clause or goes
  on only into a few TAILS ("... here", "... in this country", "... at all").
- The gatekeepers: landlords, employers, companies, shops, schools (GATEKEEPERS) told
  with a modal, or the writer ("i", "we"), to refuse the group right after the verb
  ("refuse to hire | rent to | serve | admit", "stop hiring | serving"), or denied the
  granting (hateprobe4's "hire" and "employ", the round's "rent to") by a negation or
  "no": "companies should refuse to hire immigrants", "banks should stop serving jews",
  "no landlord should rent to immigrants", "businesses should never hire jews", "i
  refuse to hire women". The group (hatecheck60's group walk) closes the clause or goes
  on only into TAILS.

Clean: the group defended or described ("no immigrant should be denied a job",
"immigrants should be given jobs", "refugees were given jobs here last year"), people and
roles that are no group ("no intern should ever be given admin rights", "criminals should
not be teachers", "my brother should never be hired"), a purpose or condition after the
work ("... hired as cheap labour", "... hired based on race"), questions (the
group not opening its sentence: "why shouldn't women be surgeons?"), counter-speech,
reports and quotes (hatecheck28's `_hc28_others`; the group not opening its sentence:
"saying gays shouldn't be teachers is bigoted"). Gatekeepers refusing people who are no
group ("companies should refuse to hire racists", "restaurants should stop serving
breakfast"), a refusal denied ("employers should never refuse to hire immigrants"), a
granting told ("landlords should rent to refugees") and gatekeepers described, not told
("landlords refuse to rent to immigrants all the time", "landlords will refuse to rent to
you") stay clean. The round's own lines out of the shapes are cancelled; hateprobe4's
"hire" and "employ" keep their older reading there ("i would never hire a woman").

Cost per hit: a frozenset test of the term; GAP_REACH tokens back to the modal,
hatecheck62's group walk and two tokens of the member's mark (or GATE_RUN_REACH tokens
back to the gatekeeper and hatecheck60's group walk, GROUP_REACH, after the verb),
hatecheck43's lead walk back to the sentence's start, TAIL_REACH tokens after the work or
the group and SAID_REACH tokens on for a saying. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck68_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck69 import HateCheck69Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_KEPT68_NOTE", "HateCheck68Rules"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_KEPT68_NOTE: Final[str] = "no named group kept out of work"


class HateCheck68Rules(HateCheck69Rules):
    """A named group kept out of work as a rule ("no immigrant should ever be hired",
    "gay people shouldn't be teachers", "a woman should never be a surgeon") or by its
    gatekeepers ("companies should refuse to hire immigrants")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        the shape and cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.WORK_TERMS:
            shaped = self._hc68_kept_out(ctx, hit)
        elif term in w.OWN_TERMS or (term in w.OLDER_GRANTS and target is not Kind.GROUP):
            shaped = self._hc68_turned_away(ctx, hit)  # "companies should refuse to hire ..."
        else:
            return target, note
        if shaped and target is not Kind.REPORTED and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OLDER_GRANTS:
            return target, note  # hateprobe4's own reading: "i would never hire a woman"
        return Kind.NONE, NOT_KEPT68_NOTE  # "immigrants should be given jobs"

    def _hc68_kept_out(self, ctx: Context, hit: Hit) -> bool:
        """The group opening its sentence right before a modal, "be" and the work after
        it, denied by a negation, the modal or the member's "no", the work closing its
        clause; said, not asked nor said to be someone's ("..., said no one ever")."""
        if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
            return False  # "... hired as cheap labour"
        if ctx.ends_asking(hit.first) or ctx.any_ahead(hit.last, w.SAID_AFTER, w.SAID_REACH):
            return False  # "women should not be teachers?", "..., says the church"
        tokens = ctx.tokens
        modal = ctx.back_over(hit.first, w.GAP, w.GAP_REACH) - 1
        if modal < 1 or tokens[modal] not in w.MODALS:
            return False
        denied = tokens[modal] in w.DENYING_MODALS or not w.NEGATIONS.isdisjoint(
            tokens[modal + 1 : hit.first]
        )
        start = self._hc62_group_before(ctx, modal)
        if start < 0:
            return False
        if start > 0 and self._hc21_member(tokens, start - 1, modal) == modal:
            start -= 1  # "trans woman", read whole ("woman" alone came first)
        if start > 0 and tokens[start - 1] in w.ONE_MARKS:
            start -= 1  # "a woman", "no jew"
            denied = denied or tokens[start] == w.NO
        return denied and hc43_opens(ctx, start, w.SUBJECT_LEADS)

    def _hc68_turned_away(self, ctx: Context, hit: Hit) -> bool:
        """Gatekeepers told with a modal, or the writer ("i", "we"), refusing the group
        right after the verb ("landlords should refuse to rent to muslims", "i refuse to
        hire women"), or denying it the granting ("businesses should never hire jews",
        "no landlord should rent to immigrants"), opening the sentence; said, not asked
        nor said to be someone's."""
        tokens = ctx.tokens
        if self._hc60_group_after(ctx, hit.last, w.TAILS, w.TAIL_REACH) < 0:
            return False  # "companies should refuse to hire racists"
        if ctx.ends_asking(hit.first) or ctx.any_ahead(hit.last, w.SAID_AFTER, w.SAID_REACH):
            return False
        keeper = ctx.back_over(hit.first, w.GATE_RUN, w.GATE_RUN_REACH) - 1
        if keeper < 0:
            return False
        run = tokens[keeper + 1 : hit.first]
        if tokens[keeper] in w.WRITERS:
            pass  # "i refuse to hire women", "we should stop hiring immigrants"
        elif tokens[keeper] not in w.GATEKEEPERS or w.GATE_MODALS.isdisjoint(run):
            return False  # "landlords refuse to rent to immigrants all the time"
        negated = not w.DENIALS.isdisjoint(run)
        if keeper > 0 and tokens[keeper - 1] == w.NO:
            keeper -= 1  # "no landlord should ..."
            negated = True
        if negated == (hit.entry.term in w.REFUSAL_TERMS):
            return False  # "employers should never refuse to hire immigrants"
        return hc43_opens(ctx, keeper, w.SUBJECT_LEADS)
