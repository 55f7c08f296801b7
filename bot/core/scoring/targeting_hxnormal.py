"""Targeting rules from hatexplain's normal class (issue 8, hxnormal): harm told of the
group that suffers it.

- A bare "suffer" after a plural subject describes what a group goes through:
  "refugees suffer in those camps", "disabled people still suffer in silence". The
  group is the one harmed, not the one attacked. A wish or an order before it ("let
  the immigrants suffer", "may all jews suffer", "i want muslims to suffer"), a modal
  ("they should suffer", "refugees will suffer"), "you suffer", and a condition given
  to the group ("liberals suffer from ...") keep the earlier rules' reading.

Runs only on hits of "suffer" (the hit path) and looks at a few tokens around it.
Italian has no bare hit of this verb ("soffrono" is no lexicon word; "far soffrire"
is a phrase of its own), so the shape needs no Italian words here.
"""

from __future__ import annotations

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_insults4 import InsultRules
from bot.core.scoring.verdict import Category, TargetKind

VICTIM_NOTE = "harm told of its victims"  # cancels the hit, as counter-speech does
_SUFFERING = "suffer"
# Between the subject and the verb: adverbs that keep the sentence a description.
_ADVERBS = frozenset(
    {"still", "really", "often", "also", "too", "so", "all", "always", "mostly", "greatly"}
)
# "suffer from ...", "suffer of ...": a condition given to the group, a claim about it.
_FROM = frozenset({"from", "of"})
# Before the subject, words that make the verb a wish or an order: "let the
# immigrants suffer", "may all jews suffer", "make them suffer".
# fmt: off
_WISHING = frozenset({
    "let", "may", "make", "makes", "made", "see", "watch", "want", "wants", "hope",
    "wish", "deserve", "deserves",
})
# Modals and "to" make it a wish, a plan or a threat: "they should suffer", "i want
# muslims to suffer". (The modal cues also hold pronouns, so they are not used.)
_MODALS = frozenset({
    "should", "must", "will", "ll", "would", "could", "can", "gonna", "wanna", "might",
    "need", "needs", "to", "shall", "better",
})
# fmt: on
_LEAD_REACH = 6  # words before the subject looked at for a wish or a modal


class HxNormalRules(InsultRules):
    """Hostile words that tell of harm a group suffers, not of an attack on it."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target is TargetKind.REPORTED or hit.entry.category is Category.PROFANITY:
            return target, note
        if hit.entry.tokens == (_SUFFERING,) and self._suffering_told(ctx, hit):
            return TargetKind.REPORTED, VICTIM_NOTE  # "refugees suffer in those camps"
        return target, note

    def _suffering_told(self, ctx: Context, hit: Hit) -> bool:
        """A bare "suffer" after a plural subject, as a description: "refugees suffer",
        "disabled people still suffer". Not a wish or an order ("let them suffer",
        "i want muslims to suffer", "may all jews suffer"), not "you" or "they"
        ("they suffer" may point at anyone), not "suffer from" a condition."""
        tokens = ctx.tokens
        cues = self._cues
        if hit.last < len(tokens) and tokens[hit.last] in _FROM:
            return False  # "liberals suffer from ...": a claim about them
        i = hit.first - 1
        while i >= 0 and tokens[i] in _ADVERBS:
            i -= 1
        if i < 0 or ctx.pause_after(i):
            return False  # no subject: "suffer!" is an order
        subject = tokens[i]
        if subject in cues["second_person"] or subject in cues["plural_pronoun"]:
            return False
        if not (subject.endswith("s") or subject in cues["people"] or subject in cues["identity"]):
            return False  # a plural noun names the ones suffering
        lead = tokens[ctx.sentence_start(hit.first, _LEAD_REACH) : i]
        return _WISHING.isdisjoint(lead) and _MODALS.isdisjoint(lead)
