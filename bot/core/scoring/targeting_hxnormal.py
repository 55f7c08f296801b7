"""Targeting rules from hatexplain's normal class (issue 8, hxnormal): harm told of the
group that suffers it, and slurs meant in their other sense.

- A bare "suffer" after a plural subject describes what a group goes through:
  "refugees suffer in those camps", "disabled people still suffer in silence". The
  group is the one harmed, not the one attacked. A wish or an order before it ("let
  the immigrants suffer", "may all jews suffer", "i want muslims to suffer"), a modal
  ("they should suffer", "refugees will suffer"), "you suffer", and a condition given
  to the group ("liberals suffer from ...") keep the earlier rules' reading; a relative
  clause ("women who suffer from endometriosis", "it's always the immigrants who
  suffer") describes too.
- A slur that is also a thing's name, beside a word of that sense: "the old dyke held
  back the flood", "smoke a fag", "faggots and peas", "the bitch and her puppies".
  Said to the reader, or with a hostile word or hatred right before it, the slur is
  still meant ("you smoke fags, you fag", "filthy faggots").

Both run only on hits of these few words (the hit path) and look at a few tokens
around them. Italian has no bare hit of "soffrire" ("far soffrire" is a phrase of its
own), and its homonyms ("finocchio", "troia") are read by the earlier rules.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls2 import Controls2Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

VICTIM_NOTE: Final = "harm told of its victims"  # cancels the hit, as counter-speech does
_SUFFERING: Final = "suffer"
# Between the subject and the verb: adverbs that keep the sentence a description.
_ADVERBS: Final = frozenset(
    {"still", "really", "often", "also", "too", "so", "all", "always", "mostly", "greatly"}
)
# "suffer from ...", "suffer of ...": a condition given to the group, a claim about it.
_FROM: Final = frozenset({"from", "of"})
# "immigrants who suffer", "women that suffer": the group named is the one suffering.
_RELATIVE: Final = frozenset({"who", "that"})
# ... unless the writer says they earned it: "muslims who suffer deserve it".
_DESERVED: Final = frozenset({"deserve", "deserves", "deserved", "earned"})
_DESERVED_REACH: Final = 5
# Before the subject, words that make the verb a wish or an order: "let the
# immigrants suffer", "may all jews suffer", "make them suffer".
# fmt: off
_WISHING: Final = frozenset({
    "let", "may", "make", "makes", "made", "see", "watch", "want", "wants", "hope",
    "wish", "deserve", "deserves",
})
# Modals and "to" make it a wish, a plan or a threat: "they should suffer", "i want
# muslims to suffer". (The modal cues also hold pronouns, so they are not used.)
_MODALS: Final = frozenset({
    "should", "must", "will", "ll", "would", "could", "can", "gonna", "wanna", "might",
    "need", "needs", "to", "shall", "better",
})
# fmt: on
_LEAD_REACH: Final = 6  # words before the subject looked at for a wish or a modal

HOMONYM_NOTE: Final = "a slur's other sense: a thing"
# Slurs that are also names of things, and words of that other sense: a dyke holds
# back water, a fag is smoked, faggots are eaten or burnt, a bitch has puppies. One of
# these words near the slur, in its sentence, says which sense is meant.
# fmt: off
_DAM: Final = frozenset({
    "water", "flood", "floods", "flooded", "flooding", "sea", "river", "dam", "levee",
    "canal", "breach", "breached", "burst", "tide", "polder", "embankment", "ditch",
    "ditches", "drain", "drainage", "marsh", "fen", "fens", "dutch", "holland",
})
_SMOKED: Final = frozenset({
    "smoke", "smokes", "smoked", "smoking", "lit", "light", "lighter", "ashtray",
    "cigarette", "cigarettes", "cig", "cigs", "tobacco", "puff", "packet", "baccy",
})
_EATEN: Final = frozenset({
    "peas", "gravy", "mash", "chips", "dinner", "tea", "lunch", "oven", "butcher", "pork",
    "meatballs", "onion", "onions", "recipe", "cooked", "cooking", "baked", "fried",
    "sticks", "firewood", "kindling", "bundle",
})
_WHELPED: Final = frozenset({
    "puppies", "puppy", "pups", "litter", "whelp", "whelped", "whelping", "kennel",
    "breeder",
})
_OTHER_SENSE: Final = {
    "dyke": _DAM, "dykes": _DAM, "fag": _SMOKED, "fags": _SMOKED, "faggot": _EATEN,
    "faggots": _EATEN, "bitch": _WHELPED,
}
# fmt: on
_SENSE_REACH: Final = 4  # the sense word at most this many words from the slur
_READ: Final = frozenset({_SUFFERING, *_OTHER_SENSE})  # the only words these rules read


class HxNormalRules(Controls2Rules):
    """Hostile words that tell of harm a group suffers, or name a thing, not an attack."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        words = hit.entry.tokens
        if words[0] not in _READ or len(words) > 1 or note or target is Kind.REPORTED:
            return target, note  # most hits: one set look-up
        if hit.entry.category is Cat.PROFANITY:
            return target, note  # a server's own term, listed as swearing
        sense = _OTHER_SENSE.get(words[0])
        if sense is not None:
            if self._other_sense(ctx, hit, sense):
                return Kind.OBJECT, HOMONYM_NOTE  # "the old dyke held back the flood"
        elif self._suffering_told(ctx, hit):
            return Kind.REPORTED, VICTIM_NOTE  # "refugees suffer in those camps"
        return target, note

    def _suffering_told(self, ctx: Context, hit: Hit) -> bool:
        """A bare "suffer" after a plural subject, as a description: "refugees suffer",
        "disabled people still suffer". Not a wish or an order ("let them suffer",
        "i want muslims to suffer", "may all jews suffer"), not "you" or "they"
        ("they suffer" may point at anyone), not "suffer from" a condition."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i >= 0 and tokens[i] in _ADVERBS:
            i -= 1
        # "women who suffer (from ...)": a relative clause tells of whom it names.
        relative = i > 0 and tokens[i] in _RELATIVE and not ctx.pause_after(i - 1)
        if relative:
            if _DESERVED.intersection(tokens[hit.last : hit.last + _DESERVED_REACH]):
                return False  # "jews that suffer deserve it"
            i -= 1
        elif hit.last < len(tokens) and tokens[hit.last] in _FROM:
            return False  # "liberals suffer from ...": a claim about them
        if i < 0 or ctx.pause_after(i):
            return False  # no subject: "suffer!" is an order
        subject = tokens[i]
        if subject in self._cue_second_person or subject in self._cue_plural_pronoun:
            return False
        if not (
            subject.endswith("s") or subject in self._cue_people or subject in self._cue_identity
        ):
            return False  # a plural noun names the ones suffering
        lead = tokens[ctx.sentence_start(hit.first, _LEAD_REACH) : i]
        return _WISHING.isdisjoint(lead) and _MODALS.isdisjoint(lead)

    def _other_sense(self, ctx: Context, hit: Hit, sense: frozenset[str]) -> bool:
        """A word of the slur's other sense near it in its sentence: "the old dyke held
        back the flood", "smoke a fag", "faggots and peas". Not when the sentence
        speaks to someone ("you smoke fags, you fag") or a hostile word or hatred is
        said of the slur ("filthy faggots", "he hates fags")."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, _SENSE_REACH), hit.first - _SENSE_REACH)
        end = min(ctx.sentence_end(hit.last - 1, _SENSE_REACH), hit.last + _SENSE_REACH)
        near = tokens[start:end]
        if sense.isdisjoint(near):
            return False
        if not self._cue_second_person.isdisjoint(near):
            return False
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        hostile = before in self._lexicon.hit_words and before not in self._unanchored
        return not hostile and before not in self._cue_hate_verb  # "we had faggots and peas"
