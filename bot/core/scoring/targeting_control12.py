"""Targeting rules from the control12 round (issue 8): group mentions that attack nobody,
the shapes behind the hate files' clean rows flagged.

- Someone else's intent reported: "he wants to kill all the immigrants", "the senator
  wants to deport all muslims", "her desire to kill all of us". A third-person-singular
  verb of intent ("wants", "vows") or "he/she" with a past one ("he vowed"), or "his/her
  plan", before "to" and the threat. "i want to kill all ...", "we need to deport all ..."
  and "muslims want to kill all of us" (a plural group's) keep their reading.
- Real animals: "refugees who rescue stray animals", "they sacrifice animals". The
  animal name is the object of a verb that takes animals ("rescue", "feed", "hunt"),
  one describing word between at most; "refugees are animals", "like animals" keep it.
- A judging word describing what a group suffers or works at: "gay people face violent
  attacks", "refugees flee violent conflicts", "men take the most dangerous jobs". The
  noun after it is work given ("jobs", "crossings") or harm ("attacks") after a verb of
  suffering or a preposition ("face", "flee", "from"); "migrants are dangerous" and
  "muslims commit violent crimes" keep their reading.
- Mistreatment reported: "the guards treated the refugees like animals", "police are
  treating protesters as cockroaches". A form of "treat", then "like"/"as" and the name;
  "we should treat them like animals", "i treat them like vermin", "they deserve to be
  treated like dogs" and "like the vermin they are" keep their reading.
- A reclaimed slur naming the group's own things: "the dyke march", "a dyke bar", "peak
  dyke culture". The word right after is one of those things and no hostile word stands
  in its sentence: "dyke culture is disgusting", "a filthy dyke bar" keep their reading.
- A criminal subset narrowed by a group word: "the muslim terrorists were arrested",
  "victims of islamist extremists". A determiner or preposition before "GROUP NAME", no
  copula: "they are all muslim terrorists" keeps its reading.

Every rule is gated by a frozenset test on the hit's term before it reads a few
tokens around the hit (for the reclaimed word, its sentence up to 8 tokens each side),
so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import control12_words as words
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck12 import HateCheck12Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Control12Rules"]

INTENT_NOTE: Final = "someone else's intent reported"  # cancels the hit
ANIMALS_NOTE: Final = "real animals, no person named"  # cancels the hit
SUBSET_NOTE: Final = "a criminal few named, not the group"  # cancels the hit
SUFFERED_NOTE: Final = "a thing the group suffers, not the group judged"  # cancels the hit
MISTREATED_NOTE: Final = "mistreatment of a group reported"  # cancels the hit
OWN_THING_NOTE: Final = "a reclaimed name for the group's own things"  # cancels the hit

# Every term a rule here reads: one frozenset test gates them all.
_GATE: Final[frozenset[str]] = (
    words.INTENDED
    | words.ANIMAL_NAMES
    | words.SUBSET_NAMES
    | words.RECLAIMED_MODIFIERS
    | words.DESCRIBING
    | words.TREATED_AS
)


class Control12Rules(HateCheck12Rules):
    """Reported intent, real animals and a criminal subset: group talk that attacks
    nobody."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, cancelled where this round's shapes say nobody is
        attacked."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term not in _GATE:
            return target, note
        cleared = self._c12_cleared(ctx, hit)
        return cleared if cleared is not None else (target, note)

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier probes' settled readings, unless this round's shapes cancel them:
        those readings skip `reread`."""
        shaped = super().probe4_aim(ctx, hit)
        if shaped is None or hit.entry.term not in _GATE:
            return shaped
        cleared = self._c12_cleared(ctx, hit)
        return cleared if cleared is not None else shaped

    def _c12_cleared(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's cancelled reading of a gated hit, or None."""
        term = hit.entry.term
        if term in words.INTENDED and self._c12_intent(ctx, hit):
            return Kind.REPORTED, INTENT_NOTE
        if term in words.ANIMAL_NAMES and self._c12_animals(ctx, hit):
            return Kind.OBJECT, ANIMALS_NOTE
        if term in words.SUBSET_NAMES and self._c12_subset(ctx, hit):
            return Kind.OBJECT, SUBSET_NOTE
        if term in words.TREATED_AS and self._c12_mistreated(ctx, hit):
            return Kind.REPORTED, MISTREATED_NOTE
        if term in words.DESCRIBING and self._c12_suffered(ctx, hit):
            return Kind.OBJECT, SUFFERED_NOTE
        if term in words.RECLAIMED_MODIFIERS and self._c12_own_thing(ctx, hit):
            return Kind.OBJECT, OWN_THING_NOTE
        return None

    def _c12_intent(self, ctx: Context, hit: Hit) -> bool:
        """ "he wants to kill all ...", "he vowed to ...", "her plan to ...", "he appears
        to want to ...": someone else's intent, not the writer's."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at < 1 or tokens[at] != "to" or ctx.pause_after(at - 1):
            return False
        verb = tokens[at - 1]
        subject = tokens[at - 2] if at >= 2 else ""
        if verb == "want" and at >= 3 and tokens[at - 2] == "to":
            return tokens[at - 3] in words.SEEMING_3SG  # "he appears to want to ..."
        if verb in words.INTENT_3SG:
            return subject not in words.EVERYONE and subject != "who"
        if verb in words.INTENT_PAST:
            return subject in words.THIRD_SINGULAR
        return verb in words.INTENT_NOUNS and subject in words.THIRD_POSSESSIVE

    def _c12_animals(self, ctx: Context, hit: Hit) -> bool:
        """ "refugees who rescue stray animals": the animal name right after a verb that
        takes real animals, one describing word between at most."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at >= 0 and tokens[at] in words.ANIMAL_KINDS and not ctx.pause_after(at):
            at -= 1
        return at >= 0 and tokens[at] in words.ANIMAL_CARE and not ctx.pause_after(at)

    def _c12_subset(self, ctx: Context, hit: Hit) -> bool:
        """ "the muslim terrorists were arrested": a group word right before the name and
        a determiner or preposition before the group word."""
        at = hit.first - 1
        if at < 1 or ctx.pause_after(at):
            return False
        start = self._hc11_group_ending(ctx, at)
        return start >= 1 and ctx.tokens[start - 1] in words.SUBSET_OPENERS

    def _c12_own_thing(self, ctx: Context, hit: Hit) -> bool:
        """ "we went to the dyke march": the reclaimed word right before one of the
        group's own things, and no other hostile word in its sentence ("dyke culture is
        disgusting", "the dyke bar should be burned down")."""
        tokens = ctx.tokens
        after = hit.last
        if (
            after >= len(tokens)
            or ctx.pause_after(hit.first)
            or tokens[after] not in words.COMMUNITY_THINGS
        ):
            return False
        start = ctx.sentence_start(hit.first, words.OWN_THING_REACH)
        end = ctx.sentence_end(hit.first, words.OWN_THING_REACH)
        hostile = self._lexicon.hit_words
        return not any(  # the word again is no other hostile word: "a dyke pin at the dyke march"
            tokens[i] in hostile and tokens[i] not in words.RECLAIMED_MODIFIERS
            for i in range(start, end)
        )

    def _c12_suffered(self, ctx: Context, hit: Hit) -> bool:
        """ "gay people face violent attacks": the judging word before work a group is
        given, or before harm after a verb of suffering it."""
        tokens = ctx.tokens
        after = hit.last
        if after >= len(tokens) or ctx.pause_after(hit.first):
            return False
        noun = tokens[after]
        if noun in words.WORK_NOUNS:
            return True
        if noun not in words.HARM_NOUNS:
            return False
        at = hit.first - 1
        while at >= 0 and tokens[at] in words.DESCRIBING_GAP and not ctx.pause_after(at):
            at -= 1
        return at >= 0 and tokens[at] in words.SUFFERING_VERBS and not ctx.pause_after(at)

    def _c12_mistreated(self, ctx: Context, hit: Hit) -> bool:
        """ "the guards treated the refugees like animals": someone's treatment of a group
        reported, not the writer's wish or deed, and the name not then claimed of them."""
        tokens = ctx.tokens
        at = hit.first - 1
        while at >= 0 and tokens[at] in words.ARTICLES:
            at -= 1
        if at < 1 or tokens[at] not in words.LIKENING or ctx.pause_after(at):
            return False
        if hit.last < len(tokens) and tokens[hit.last] in words.CLAIMED_AFTER:
            return False  # "like the vermin they are"
        for verb in range(at - 1, max(-1, at - 1 - words.TREAT_REACH), -1):
            if ctx.pause_after(verb):
                return False
            if tokens[verb] in words.TREAT_VERBS:
                before = tokens[max(0, verb - 3) : verb]
                return words.OWN_TREATMENT.isdisjoint(before)
        return False
