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
- A hateful remark judged (counter-speech): "saying that gay people are diseased is
  disgusting", "what a vile thing to say about women", "vile comments about muslims".
  The judgement follows "is" after a clause of saying that holds its own claim ("saying
  (that) X are Y"), or describes "thing(s) to say" or a remark noun before "about";
  "saying hi to gay people is disgusting" (no claim) keeps its reading. The claim's own
  words are the remark's too: "insisting that black people are criminals is sick".
- control12_frames.py: a belief denied ("nobody thinks immigrants are animals"), a
  bigot judged ("people who hate gay people are pathetic", "hating immigrants is
  stupid"), a group's suffering judged ("it's disgusting how refugees are treated").
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
from bot.core.scoring.control12_frames import belief_denied, bigot_judged, suffering_judged
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid8 import Olid8Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Control12Rules"]

INTENT_NOTE: Final = "someone else's intent reported"  # cancels the hit
ANIMALS_NOTE: Final = "real animals, no person named"  # cancels the hit
SUBSET_NOTE: Final = "a criminal few named, not the group"  # cancels the hit
SUFFERED_NOTE: Final = "a thing the group suffers, not the group judged"  # cancels the hit
MISTREATED_NOTE: Final = "mistreatment of a group reported"  # cancels the hit
REMARK_NOTE: Final = "a hateful remark judged, counter-speech"  # cancels the hit
OWN_THING_NOTE: Final = "a reclaimed name for the group's own things"  # cancels the hit

# Every term a rule here reads: one frozenset test gates them all.
_SPEECH_CUE: Final = "control12_speech"
_BELIEF_CUE: Final = "control12_belief"
_FRAME_CUE: Final = "control12_frames"
_BELIEF_VERB_CUE: Final = "control12_belief_verbs"
_BIGOTRY_CUE: Final = "control12_bigotry"
# Words one of which a message needs before the frames are read at all.
_FRAME_WORDS: Final = words.RELATIVES | words.BIGOTRY_GERUNDS
FRAMED_NOTE: Final = "a claim denied or a bigot judged"  # cancels the hit
_AIMABLE: Final = frozenset(
    {Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.EXCLUSION, Cat.SEXUAL_HARASSMENT, Cat.BODY_SHAMING}
)
_GATE: Final[frozenset[str]] = (
    words.INTENDED
    | words.ANIMAL_NAMES
    | words.SUBSET_NAMES
    | words.RECLAIMED_MODIFIERS
    | words.DESCRIBING
    | words.TREATED_AS
    | words.COUNTER_JUDGEMENTS
)


class Control12Rules(Olid8Rules):
    """Group talk that attacks nobody: intent or mistreatment reported, real animals, a
    criminal few, a group's suffering, a reclaimed name for its things, a hateful remark
    or belief judged (control12_frames)."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, cancelled where this round's shapes say nobody is
        attacked."""
        target, note = super().reread(ctx, hit, target, note)
        cleared = self._c12_cleared(ctx, hit)
        return cleared if cleared is not None else (target, note)

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier probes' settled readings, unless this round's shapes cancel them:
        those readings skip `reread`."""
        shaped = super().probe4_aim(ctx, hit)
        if shaped is None:
            return None
        cleared = self._c12_cleared(ctx, hit)
        return cleared if cleared is not None else shaped

    def _c12_cleared(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's cancelled reading of a hit, or None."""
        term = hit.entry.term
        if term in _GATE:
            cleared = self._c12_gated(ctx, hit, term)
            if cleared is not None:
                return cleared
        if (
            hit.entry.category in _AIMABLE
            and ctx.mentions_any(_SPEECH_CUE, words.SPEECH_OPENERS)
            and self._c12_claim_judged(ctx, hit)
        ):
            return Kind.REPORTED, REMARK_NOTE  # "suggesting that women ... is pathetic"
        if hit.entry.category in _AIMABLE and self._c12_framed(ctx, hit):
            return Kind.REPORTED, FRAMED_NOTE
        return None

    def _c12_framed(self, ctx: Context, hit: Hit) -> bool:
        """control12_frames' shapes: a belief denied, a bigot judged, a group's
        suffering judged; each asked only of messages holding one of its words."""
        if (
            ctx.mentions_any(_BELIEF_CUE, words.BELIEF_CUES)
            and ctx.mentions_any(_BELIEF_VERB_CUE, words.BELIEF_VERBS)
            and belief_denied(ctx, hit)
        ):
            return True
        if suffering_judged(ctx, hit):  # its own term gates it first
            return True
        return (
            ctx.mentions_any(_FRAME_CUE, _FRAME_WORDS)
            and ctx.mentions_any(_BIGOTRY_CUE, words.BIGOTRY_CUES)
            and bigot_judged(ctx, hit, self._hc11_group_ending)
        )

    def _c12_gated(self, ctx: Context, hit: Hit, term: str) -> tuple[TargetKind, str] | None:
        """The shapes read from the hit's own term."""
        if term in words.INTENDED and self._c12_intent(ctx, hit):
            return Kind.REPORTED, INTENT_NOTE
        if term in words.ANIMAL_NAMES and self._c12_animals(ctx, hit):
            return Kind.OBJECT, ANIMALS_NOTE
        if term in words.SUBSET_NAMES and self._c12_subset(ctx, hit):
            return Kind.OBJECT, SUBSET_NOTE
        if term in words.COUNTER_JUDGEMENTS and (
            self._c12_remark_judged(ctx, hit) or self._c12_remark_named(ctx, hit)
        ):
            return Kind.REPORTED, REMARK_NOTE
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
            tokens[i] in hostile
            and tokens[i] not in words.RECLAIMED_MODIFIERS
            and self._c12_hostile_here(tokens, i)
            for i in range(start, end)
        )

    def _c12_hostile_here(self, tokens: list[str], i: int) -> bool:
        """Does a hostile term stand at token `i`: the word alone, or a phrase it anchors
        read in place ("burned down"); "so fun" is no "make fun of" (review12)."""
        for offset, entry in self._lexicon.anchors[tokens[i]]:
            if entry.category is None:
                continue
            first = i - offset
            if first >= 0 and tuple(tokens[first : first + len(entry.tokens)]) == entry.tokens:
                return True
        return False

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

    def _c12_remark_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "saying that gay people are diseased is disgusting": the judgement after "is",
        its subject a clause of saying ("saying", "to say") that holds a claim."""
        tokens = ctx.tokens
        at = hit.first - 1
        while at >= 0 and tokens[at] in words.JUDGEMENT_FILLERS:
            at -= 1
        if at < 3 or tokens[at] not in words.JUDGED_COPULAS:
            return False
        if ctx.quoted(at - 2, at):  # a quoted statement, not a scare-quoted word
            return True  # hatecheck18: "'women are animals' is a vile slogan"
        floor = max(0, at - words.SPEECH_REACH)
        claimed = False
        for i in range(at - 1, floor - 1, -1):
            if ctx.stop_after(i):
                return False
            word = tokens[i]
            if word in words.CLAIM_LINKS:
                claimed = True
            elif word in words.SPEECH_GERUNDS or (
                word in words.SPEECH_VERBS and i > 0 and tokens[i - 1] == "to"
            ):
                # "jews saying that they are victims is pathetic": a group's own saying;
                # hatecheck20: a naming needs no link ("calling gays a lower form of life")
                return (claimed or (word in words.NAMING_VERBS and at - i > 2)) and (
                    i == 0 or self._hc11_group_ending(ctx, i - 1) < 0
                )
        return False

    def _c12_remark_named(self, ctx: Context, hit: Hit) -> bool:
        """ "what a vile thing to say about women", "vile comments about muslims": the
        judgement describes a remark."""
        tokens = ctx.tokens
        after = hit.last
        if after + 1 >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        noun, then = tokens[after], tokens[after + 1]
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        if before in words.REMARK_VERBS:
            if hit.first >= 2 and self._hc11_group_ending(ctx, hit.first - 2) >= 0:
                return False  # "muslims post vile comments about christians"
        elif before not in words.REMARK_DETERMINERS:
            return False
        if noun in words.REMARK_THINGS:
            return (
                then == "to"
                and after + 2 < len(tokens)
                and tokens[after + 2] in words.SAYING_AFTER_TO
            )
        return noun in words.REMARK_NOUNS and then in words.REMARK_ABOUT

    def _c12_claim_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "insisting that black people are criminals is just sick": a hit inside a
        clause of saying that the sentence then judges."""
        tokens = ctx.tokens
        opened = False
        for i in range(hit.first - 1, max(-1, hit.first - 1 - words.CLAIM_REACH), -1):
            if ctx.stop_after(i):
                return False
            word = tokens[i]
            if word in words.SPEECH_GERUNDS or (
                word in words.SPEECH_VERBS and i > 0 and tokens[i - 1] == "to"
            ):
                opened = i == 0 or self._hc11_group_ending(ctx, i - 1) < 0
                break
        if not opened:
            return False
        end = min(len(tokens) - 1, hit.last + words.CLAIM_REACH)
        for i in range(hit.last, end):
            if ctx.stop_after(i - 1):
                return False
            if tokens[i] in words.JUDGED_COPULAS:
                j = i + 1
                while j < len(tokens) and tokens[j] in words.JUDGEMENT_FILLERS:
                    j += 1
                return j < len(tokens) and tokens[j] in words.COUNTER_JUDGEMENTS
        return False
