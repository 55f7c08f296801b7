"""Targeting rules from the third functional hate-speech probe (issue 8, hateprobe3).

- A judging word said of a named identity group ("immigrants are untrustworthy"): the
  `said_of_group` words (group_predicates.py) count only there.
- A claim whose denial is the attack: "no immigrant deserves to live", "not a single
  trans person deserves to be alive", "I would never treat a woman as a human being",
  "nessun gay merita di vivere". The claim phrases ("deserves to live", "a human
  being") are lexicon words whose last word is in the `claim_end` cues; denied in their
  clause (a negation or "no"/"nessun" before them, no pause between) with an identity
  group named, they attack the group; said plainly ("every immigrant deserves to
  live") they are cancelled. "Black people are not treated as human beings" reports
  how others treat them (a passive after the copula) and stays clean.
- Hatred with an adverb before it ("I genuinely loathe women"): the writer's, at the group.
- A feeling aimed at a group after it: "I am so sick of women", "nothing fills me with
  more loathing than gay people", "provo solo disgusto per gli ebrei". The group must
  come after the feeling (its object); "women are sick of being harassed" is the
  group's own feeling.
- A negation right before harm in a question ("non sarebbe migliore senza gli ebrei?")
  asks for agreement; it denies nothing.
- The reader's supposed opinion: "if you think women are inferior, you are the problem",
  "se pensi che gli ebrei siano inferiori"; hatred named as a thing ("diffondere odio
  contro le donne") is no hatred felt.
- A modal with adverbs before the verb: "somebody should finally kill ...".
- A judging word about what others say: "it's disgusting that people still say gay
  people are animals" is counter-speech; the judgement is not of the group.
- The writer's own "I'd say" before a claim about a group is no reported speech.
- A slur after "I don't want", "niente", "basta": "non voglio puttane alla mia festa"
  shuts the group out; the negation is the wanting's, not the slur's.
- "Sono frocio e ne vado fiero", "siamo froci": the writer's own word, claimed.
- A negated clause at the end of a message ("..., non li sopporto") is a sentence,
  not a name-call said to the reader.

The counter-speech checks run on every hit, but only past a cheap test ("that" right
after the hit, "if" somewhere in the message); every other rule runs only on hits of its own lexicon
words, reading a clause around them, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    AFTER,
    IDENTITY_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_formspring3 import TeenTalkRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

# Participles that make the claim a report of how others treat the group.
_REPORTED_TREATMENT: Final = frozenset(
    {"treated", "seen", "considered", "regarded", "viewed", "trattati", "trattate"}
    | {"considerati", "considerate", "visti", "viste"}
)
# Between a feeling and its object: "sick of all those ...", "non tollero le ...".
_FELT_SKIP: Final = frozenset(
    {"than", "all", "those", "these", "le", "gli", "i", "tutti", "tutte", "persone", "di"}
)  # "ribrezzo per le persone di colore": the people noun before its group word
# Before a slur, words that shut its group out: "niente puttane", "basta giudei".
_SHUT_OUT: Final = frozenset({"niente", "basta", "nessun"})
# A `said_of_group` word said of anything else weighs nothing, not even loosely.
NOT_OF_GROUP_NOTE: Final = "not said of a group"
_PLURAL_COPULAS: Final = frozenset({"are", "r", "re", "were", "sono", "erano", "siano", "restano"})
_IF: Final = frozenset({"if", "se"})
_IF_REACH: Final = 8  # "if you really think that all trans people are ..."
_YOUR_OPINION: Final = frozenset({"pensi", "credi", "dici", "ritieni", "trovi"})  # "(tu) pensi"
# Hatred named as a thing: "odio contro/verso", "diffondere/seminare odio", "l'odio".
_HATE_NOUN_AFTER: Final = frozenset({"contro", "verso", "nei", "razziale", "against", "towards"})
_HATE_NOUN_BEFORE: Final = frozenset(
    {"di", "l", "lo", "dell", "d", "questo", "tanto", "diffondere", "seminare", "spargere"}
)
_JUDGING: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})  # what counter-speech quotes
_THAT: Final = frozenset({"that", "how", "che", "come"})
_FACT_SUBJECTS: Final = frozenset({"it", "that", "this"})  # "it's disgusting that ...": a fact
_WANT: Final = frozenset({"want", "wants", "voglio", "vogliamo", "vuole", "vogliono"})
_MORE: Final = frozenset({"any", "more", "piu", "altri", "altre"})
_HARM: Final = frozenset({Cat.IDENTITY_ATTACK, Cat.THREAT, Cat.EXCLUSION, Cat.INSULT})
_ASK_REACH: Final = 3  # "non sono forse delle bestie?": the negation this close before the words
_SLURS: Final = frozenset({Cat.IDENTITY_ATTACK, Cat.SEXUAL_HARASSMENT})
_CLAIMING_COPULA: Final = frozenset({"siamo"})  # "siamo froci": we are
_FIRST_PERSON_COPULA: Final = frozenset({"sono"})  # "sono frocio" (I am) / "sono froci" (they are)


class Probe3Rules(TeenTalkRules):
    """Claims denied, feelings aimed at a group, slurs shut out or claimed."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = self._cues
        self._claim_end = cues["claim_end"]
        self._felt, self._felt_end = cues["felt"], cues["felt_end"]
        self._deniers = cues["negation"] | cues["negative_quantifier"] | cues["denier"]
        self._said_of_group = cues["said_of_group"]
        self._said_words = cues["reported"] | cues["saying"] | cues["hate_verb"]
        self._opinion_verbs = cues["opinion"] | cues["saying"] | {"believe", "feel"}
        self._second = cues["second_person"] - cues["possessive"]
        self._hate_nouns = frozenset({"odio", "hate", "hatred"})
        self._felt_skip = (
            cues["article"] | cues["every"] | cues["intensifier"] | cues["demonstrative"]
        ) | _FELT_SKIP

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This module's answer for a hit (never swearing), or None to leave it to the
        other rules."""
        entry = hit.entry
        if entry.category in _JUDGING and self._countered(ctx, hit):
            return Kind.REPORTED, "counter-speech"  # "if you think women are inferior"
        last = entry.tokens[-1]
        if last in self._hate_nouns and self._hate_as_noun(ctx, hit):
            return Kind.OBJECT, ""  # "smettila di diffondere odio contro le donne"
        if not entry.person_only:
            return None
        if len(entry.tokens) == 1 and last in self._said_of_group:
            return self._predicate_of_group(ctx, hit)  # "immigrants are untrustworthy"
        if last in self._claim_end and entry.category is Cat.IDENTITY_ATTACK:
            return self._claim(ctx, hit)
        if len(entry.tokens) == 1 and last in self._cue_hate_verb:
            return self._hated_after_adverb(ctx, hit)  # "I genuinely loathe women"
        if (last in self._felt_end and entry.tokens[0] in self._felt) or (
            last in self._cue_hate_verb and len(entry.tokens) > 1
        ):
            return self._feeling(ctx, hit)  # "sick of women", "normal to hate gay people"
        return None

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """Slurs the other rules negated or aimed at a group, read once more."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        category = entry.category
        if category is Cat.PROFANITY:
            return target, note  # swearing: none of the shapes below
        if note:
            if note != "negated":
                return target, note
            if category in _SLURS and self._unwanted(ctx, hit):
                return Kind.GROUP, ""  # "non voglio puttane alla mia festa"
            if (
                category in _HARM
                and self._asked_back(ctx, hit)
                and (category is not Cat.INSULT or self._names_identity(ctx, hit))
            ):
                return target, ""  # "il mondo non sarebbe migliore senza gli ebrei?"
            return target, note
        if target is Kind.REPORTED:
            if "say" in ctx.tokens and self._own_saying(ctx, hit):  # one word: no cue list
                return Kind.GROUP, IDENTITY_NOTE  # "I'd say immigrants are worthless"
            return target, note
        if (
            target is Kind.SECOND_PERSON
            and hit.last >= len(ctx.tokens)
            and self._negated_clause_at_end(ctx, hit)
        ):
            return Kind.OBJECT, ""  # "i broccoli fanno schifo, non li sopporto"
        if category not in _SLURS:
            return target, note
        if hit.first > 0 and ctx.tokens[hit.first - 1] in _SHUT_OUT:
            return Kind.GROUP, ""  # "qui dentro niente puttane", "basta giudei"
        if (
            target is Kind.GROUP
            and entry.aim is Kind.GROUP
            and category is Cat.IDENTITY_ATTACK
            and self._claimed(ctx, hit)
        ):
            return Kind.SELF, ""  # "sono frocio e ne vado fiero"
        return target, note

    def _countered(self, ctx: Context, hit: Hit) -> bool:
        """Counter-speech around an aimed hit: others' words judged, or the reader's
        supposed opinion put back to them."""
        tokens = ctx.tokens
        return (
            hit.last < len(tokens) and tokens[hit.last] in _THAT and self._judges_saying(ctx, hit)
        ) or (ctx.mentions_any("probe3_if", _IF) and self._readers_opinion(ctx, hit))

    def _negated_clause_at_end(self, ctx: Context, hit: Hit) -> bool:
        """A negated clause ending the message ("..., non li sopporto") is a sentence, not
        a name-call signed off to the reader; a phrase naming the reader keeps its aim."""
        entry = hit.entry
        return (
            entry.aim is None
            and len(entry.tokens) > 1
            and entry.tokens[0] in self._deniers
            and hit.first > 0
            and ctx.pause_after(hit.first - 1)  # "..., non li sopporto": set apart at the end
        )

    def _predicate_of_group(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """A `said_of_group` word counts only after a copula whose subject, in the same
        clause, is a named identity group: "gay people are so sneaky", "i gay sono tutti
        subdoli". Denied, reported or said of anyone else it is left as a thing."""
        target, note = self._aim(ctx, hit)
        if target is Kind.REPORTED or note:
            return target, note
        if (
            self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        ):
            return target, "negated"
        if not self._predicated(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE
        tokens = ctx.tokens
        copula = self._cue_copula
        i = hit.first - 1
        while i >= 0 and tokens[i] not in copula:
            i -= 1  # _predicated found it within three tokens
        if tokens[i] not in _PLURAL_COPULAS:
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "the woman is lying": one person
        # The group is the copula's subject, right before it: "muslims are", "gay people
        # are", "i rom sono"; "she is corrupt" after "the russians know" is about her.
        subject = i - 1
        if subject >= 0 and tokens[subject] in ("all", "tutti", "tutte"):
            subject -= 1  # "women all are", "gli immigrati tutti sono"
        if subject >= 0 and (
            self._group_named_at(tokens, subject, i)
            or (subject > 0 and self._group_named_at(tokens, subject - 1, i))
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_OF_GROUP_NOTE

    def _claim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        target, note = self._aim(ctx, hit)
        if target is Kind.REPORTED:
            return target, note
        tokens = ctx.tokens
        if not self._deniers.isdisjoint(hit.entry.tokens) and self._names_identity(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "don't deserve any rights", said whole
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        for i in range(hit.first - 1, start - 1, -1):
            if ctx.pause_after(i):
                break  # "No, women deserve to live": an answer, then the claim
            if tokens[i] in self._deniers:
                between = tokens[i + 1 : hit.first]
                reported = (
                    i > 0
                    and tokens[i - 1] in self._cue_copula
                    and not _REPORTED_TREATMENT.isdisjoint(between)
                )
                if not reported and self._names_identity(ctx, hit):
                    return Kind.GROUP, IDENTITY_NOTE
                break
        return target, "not denied"

    def _hated_after_adverb(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "I genuinely loathe women", "I sincerely despise muslims": an adverb in -ly
        between the writer and the verb, the group right after it. Any other object
        ("i literally hate you") is left to the other rules as it was."""
        tokens = ctx.tokens
        i = hit.first - 1
        adverbs = 0
        while i >= 0 and tokens[i].endswith("ly") and len(tokens[i]) > 3:
            i -= 1
            adverbs += 1
        if not adverbs or i < 0 or tokens[i] not in self._cue_speaker_subject:
            return None
        end = ctx.sentence_end(hit.last - 1, AFTER + 2)  # "every one of those ..."
        at = hit.last
        while at < end and tokens[at] in self._felt_skip:
            at += 1
        if at < end and self._group_named_at(tokens, at, end):
            return Kind.GROUP, IDENTITY_NOTE
        return None

    def _feeling(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        target, note = self._aim(ctx, hit)
        if target is Kind.REPORTED or note:
            return target, note
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if any(self._group_named_at(tokens, i, hit.first) for i in range(start, hit.first)):
            return Kind.OBJECT, ""  # "women are sick of ...": the group's own feeling
        end = ctx.sentence_end(hit.last - 1, AFTER + 2)
        for i in range(hit.last, end):
            if tokens[i] in self._felt_skip:
                continue
            if self._group_named_at(tokens, i, end):
                return Kind.GROUP, IDENTITY_NOTE
            if tokens[i] in self._cue_plural_pronoun and self._names_identity(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "... disabled people. I can't stand them."
            break
        return Kind.OBJECT, ""

    def _judges_saying(self, ctx: Context, hit: Hit) -> bool:
        """ "It's disgusting that people still say ...", "è vergognoso che c'è chi dice":
        the judgement is of what others say or feel about the group, not of the group."""
        tokens = ctx.tokens  # the caller saw "that" right after the hit
        i = hit.first
        while i > 0 and tokens[i - 1] in self._cue_intensifier:
            i -= 1  # "it's so stupid how ..."
        if i < 1:
            return False
        copula = tokens[i - 1]
        judged_fact = copula == "e" or (  # "è vergognoso che", folded
            copula in ("s", "is", "was") and i >= 2 and tokens[i - 2] in _FACT_SUBJECTS
        )
        if not judged_fact:
            return False
        said = self._said_words
        return not said.isdisjoint(tokens[hit.last + 1 : hit.last + 7])

    def _readers_opinion(self, ctx: Context, hit: Hit) -> bool:
        """ "If you think women are inferior, you are the problem", "se pensi che...": the
        claim is the reader's supposed opinion, put to them to be rejected."""
        tokens = ctx.tokens  # the caller saw "if" or "se" in the message
        start = max(ctx.sentence_start(hit.first, SENTENCE_REACH), hit.first - _IF_REACH)
        for i in range(hit.first - 1, start, -1):
            if ctx.pause_after(i - 1):
                return False
            word = tokens[i]
            if word in _YOUR_OPINION:  # "se pensi", "se credi"
                opens = tokens[i - 1] in _IF
            elif word in self._opinion_verbs and tokens[i - 1] in self._second:
                opens = i > 1 and tokens[i - 2] in _IF  # "if you think", "if u believe"
            else:
                continue
            # The claim follows the verb: a group named, no "you" or "if" again ("if you
            # believe otherwise you're a fool", "if you think about it ...").
            claim = tokens[i + 1 : hit.first]
            return (
                opens
                and self._second.isdisjoint(claim)
                and _IF.isdisjoint(claim)
                and any(self._group_named_at(tokens, j, hit.first) for j in range(i + 1, hit.first))
            )
        return False

    def _hate_as_noun(self, ctx: Context, hit: Hit) -> bool:
        """ "odio contro le donne", "diffondere odio": hatred named as a thing, not felt."""
        tokens = ctx.tokens
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        return after in _HATE_NOUN_AFTER or before in _HATE_NOUN_BEFORE

    def _own_saying(self, ctx: Context, hit: Hit) -> bool:
        """ "I'd say women are worthless", "I would say ...": the writer's own saying, with
        an identity group as the subject of the claim after it."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, SENTENCE_REACH), hit.first - _IF_REACH)
        for i in range(hit.first - 1, start + 1, -1):
            if tokens[i] != "say" or ctx.pause_after(i - 1):
                continue
            own = tokens[i - 1] in ("d", "would") and tokens[i - 2] == "i"
            return own and any(
                self._group_named_at(tokens, j, hit.first) for j in range(i + 1, hit.first)
            )
        return False

    def _wished(self, ctx: Context, hit: Hit) -> bool:
        """A modal, then adverbs in -ly, then the verb: "somebody should finally kill ..."."""
        if super()._wished(ctx, hit):
            return True
        tokens = ctx.tokens
        i = hit.first
        while i > 0 and tokens[i - 1].endswith("ly") and len(tokens[i - 1]) > 3:
            i -= 1
        return 0 < i < hit.first and tokens[i - 1] in self._cue_modal

    def _unwanted(self, ctx: Context, hit: Hit) -> bool:
        """ "I don't want any ...", "non voglio più ...": the slur is who is shut out."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i >= 0 and tokens[i] in _MORE:
            i -= 1
        return i > 0 and tokens[i] in _WANT and tokens[i - 1] in self._deniers | {"t"}

    def _asked_back(self, ctx: Context, hit: Hit) -> bool:
        """A negation right before the words in a question: "non sono forse delle
        bestie?", "non sarebbe migliore senza...?" asks the reader to agree, it denies nothing."""
        negation = self._cue_negation
        near = ctx.tokens[max(0, hit.first - _ASK_REACH) : hit.first]
        if negation.isdisjoint(near) or any(
            ctx.pause_after(j) for j in range(max(0, hit.first - _ASK_REACH), hit.first)
        ):
            return False
        end = min(ctx.sentence_end(hit.last - 1, SENTENCE_REACH), len(ctx.spans))
        tail = ctx.folded[ctx.spans[end - 1][1] :].lstrip()
        return tail.startswith("?")

    def _claimed(self, ctx: Context, hit: Hit) -> bool:
        """ "siamo froci", "(io) sono frocio": the writer's copula, then the word alone."""
        if hit.first == 0:
            return False
        tokens = ctx.tokens
        before = tokens[hit.first - 1]
        if before in _CLAIMING_COPULA:
            return True
        if before not in _FIRST_PERSON_COPULA or hit.entry.tokens[-1].endswith(("i", "e")):
            return False  # "sono froci": they are
        opener = hit.first - 1
        return ctx.starts_sentence(opener) or tokens[opener - 1] == "io"
