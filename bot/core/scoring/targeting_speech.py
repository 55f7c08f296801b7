"""Targeting rules, part one: the cue lists every rule reads, reported speech and negation."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_claims import CLAIM_NOUNS
from bot.core.scoring.targeting_context import NEGATION_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_sharing import single_words
from bot.core.scoring.verdict import TargetKind

# A sentence opening with these, then an order: the writer repeats it ("I said fuck off").
_REPEATED_ORDER: Final = (["i", "said"], ["i", "say"])


class SpeechRules:
    """The cue word lists of one lexicon; speech verbs and negators near a hit."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._cues = lexicon.cues
        cues = lexicon.cues
        # Each cue list the rules read, bound once: an attribute read is far cheaper
        # than a dict look-up per rule call (about 500k of them on OLID, compiled).
        self._cue_accusation = cues["accusation"]
        self._cue_approval = cues["approval"]
        self._cue_article = cues["article"]
        self._cue_bridge = cues["bridge"]
        self._cue_claim = cues["claim"]
        self._cue_clause_opener = cues["clause_opener"]
        self._cue_clitic = cues["clitic"]
        self._cue_complement = cues["complement"]
        self._cue_copula = cues["copula"]
        self._cue_counter = cues["counter"]
        self._cue_curse = cues["curse"]
        self._cue_dative = cues["dative"]
        self._cue_dedication = cues["dedication"]
        self._cue_demonstrative = cues["demonstrative"]
        # Words of a denied claim, and the nouns that name a claim to judge it
        # (targeting_claims.py): one gate, one cue list.
        self._cue_denial = cues["denial"] | CLAIM_NOUNS
        self._cue_descriptive = cues["descriptive"]
        self._cue_diminutive = cues["diminutive"]
        self._cue_endearing = cues["endearing"]
        self._cue_every = cues["every"]
        self._cue_expletive = cues["expletive"]
        self._cue_family = cues["family"]
        self._cue_fond_hate = cues["fond_hate"]
        self._cue_forbid = cues["forbid"]
        self._cue_function = cues["function"]
        self._cue_gaming = cues["gaming"]
        self._cue_genital = cues["genital"]
        self._cue_group = cues["group"]
        self._cue_group_noun = cues["group_noun"]
        self._cue_harm_verb = cues["harm_verb"]
        self._cue_hate_form = cues["hate_form"]
        self._cue_hate_verb = cues["hate_verb"]
        self._cue_identity = cues["identity"]
        self._cue_identity_adjective = cues["identity_adjective"]
        self._cue_indefinite = cues["indefinite"]
        self._cue_intensifier = cues["intensifier"]
        self._cue_interjection = cues["interjection"]
        self._cue_joke = cues["joke"]
        self._cue_kidding = cues["kidding"]
        self._cue_laugh = cues["laugh"]
        self._cue_link = cues["link"]
        self._cue_lone_call = cues["lone_call"]
        self._cue_modal = cues["modal"]
        self._cue_name_noun = cues["name_noun"]
        self._cue_negation = cues["negation"]
        self._cue_negative_quantifier = cues["negative_quantifier"]
        self._cue_number = cues["number"]
        self._cue_object = cues["object"]
        self._cue_okay = cues["okay"]
        self._cue_only_kidding = cues["only_kidding"]
        self._cue_opinion = cues["opinion"]
        self._cue_own = cues["own"]
        self._cue_participle = cues["participle"]
        self._cue_partitive = cues["partitive"]
        self._cue_people = cues["people"]
        self._cue_people_plural = cues["people_plural"]
        self._cue_person_noun = cues["person_noun"]
        self._cue_person_pronoun = cues["person_pronoun"]
        self._cue_plural_pronoun = cues["plural_pronoun"]
        self._cue_plural_verb = cues["plural_verb"]
        self._cue_poor_play = cues["poor_play"]
        self._cue_possessive = cues["possessive"]
        self._cue_praise_denied = cues["praise_denied"]
        self._cue_reclaimed = cues["reclaimed"]
        self._cue_reflexive = cues["reflexive"]
        self._cue_relative = cues["relative"]
        self._cue_relative_subject = cues["relative_subject"]
        self._cue_reported = cues["reported"]
        self._cue_respect_denied = cues["respect_denied"]
        self._cue_role = cues["role"]
        self._cue_role_determiner = cues["role_determiner"]
        self._cue_room = cues["room"]
        self._cue_saying = cues["saying"]
        self._cue_second_person = cues["second_person"]
        self._cue_self = cues["self"]
        self._cue_singular_pronoun = cues["singular_pronoun"]
        self._cue_softener = cues["softener"]
        self._cue_speaker = cues["speaker"]
        self._cue_speaker_subject = cues["speaker_subject"]
        self._cue_speech_order = cues["speech_order"]
        self._cue_stand_in = cues["stand_in"]
        self._cue_subjectless = cues["subjectless"]
        self._cue_subordinator = cues["subordinator"]
        self._cue_thing = cues["thing"]
        self._cue_third_copula = cues["third_copula"]
        self._cue_third_person = cues["third_person"]
        self._cue_vocative = cues["vocative"]
        self._cue_wanting = cues["wanting"]
        self._cue_wishing = cues["wishing"]
        self._cue_word = cues["word"]
        # Words that make the next word part of a description, not a name-call.
        self._closing = (
            cues["function"]
            | cues["article"]
            | cues["copula"]
            | cues["object"]
            | cues["third_person"]
            | cues["self"]
        )
        # Words that are hits on their own ("idiot"), not only the start of a phrase
        # ("keyboard" of "keyboard warrior"): stacked names, whole-sentence name-calls.
        self._words = single_words(lexicon)
        # Words that give a short chat line a subject or a thing: not a name-call.
        self._blockers = (
            cues["self"]
            | cues["object"]
            | cues["third_person"]
            | cues["article"]
            | cues["negation"]
            | cues["relative"]
        )

    def _speech(
        self, before: list[str], *, opens: bool = False, order: bool = False
    ) -> TargetKind | None:
        """A speech verb before the hit: REPORTED unless it is addressed to the reader.

        "he called me a loser" is reported; "all I have to say to you is: fuck you"
        is not, because the saying is aimed at "you" (None: later rules decide).
        A clitic before the verb ("ti ho chiamato idiota") says it to the reader.
        """
        if self._cue_reported.isdisjoint(before):
            return None  # no speech verb (most hits)
        if order and opens and before in _REPEATED_ORDER:
            return Kind.IMPERATIVE  # "I said shut up": the writer's own order, again
        for i in range(len(before) - 1, -1, -1):
            if before[i] in self._cue_reported:
                if i == 0 and opens and before[0] in self._cue_speech_order:
                    return None  # "say that again and I'll...", "DM me your...": an order

                if self._said_to_reader(before[max(0, i - 3) : i]):
                    # "ti ho chiamato idiota" names the reader; in "ti ho detto che
                    # è un idiota" the words said decide.
                    named = all(t in self._cue_bridge for t in before[i + 1 :])
                    return Kind.SECOND_PERSON if named else None
                if any(
                    t in self._cue_second_person and t not in self._cue_possessive
                    for t in before[i + 1 :]
                ):
                    return None  # "said to you" is addressed; "called your mom" is reported
                return Kind.REPORTED
        return None

    def _said_to_reader(self, lead: list[str]) -> bool:
        """The writer speaking to the reader: a clitic, then a first-person auxiliary
        ("ti ho chiamato", "non ti avevo detto"); "ti hanno chiamato" reports others."""
        for j, token in enumerate(lead):
            if token in self._cue_clitic:
                return not self._cue_speaker.isdisjoint(lead[j + 1 :])
        return False

    def _denied(self, before: list[str]) -> bool:
        """A negated opinion about the reader: "I don't think you're an idiot".

        The nearest "you" before the hit follows a thinking or saying verb with a
        negator just before it ("t" is what is left of "don't", "didn't").
        """
        if "t" not in before and self._cue_negation.isdisjoint(before):
            return False  # no negator at all (most hits): nothing can deny it
        for j in range(len(before) - 1, 0, -1):
            if before[j] in self._cue_second_person:
                if before[j - 1] not in self._cue_opinion:
                    return False
                negation = self._cue_negation
                return any(t in negation or t == "t" for t in before[max(0, j - 3) : j - 1])
        return False

    def _negated(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """A negator between the nearest person cue and the hit ("you're not stupid").

        A pause ends its reach: in "you're not stupid, just dumb" the second word
        is what the writer does say.
        """
        near = before[-NEGATION_REACH:]
        if self._cue_negation.isdisjoint(near):
            return False  # no negator near (most hits): skip the pause look-ups
        for i in range(len(near) - 1, -1, -1):
            if ctx.pause_after(hit.first - len(near) + i):
                return False
            token = near[i]
            if token in self._cue_negation:
                # "not because losers like you...": the negator opens another clause
                return i + 1 >= len(near) or near[i + 1] not in self._cue_clause_opener
            if token in self._cue_second_person or token in self._cue_self:
                # Italian puts the negator before the verb-pronoun: "non sei stupido";
                # not across a pause ("ur not, ur just annoying").
                return (
                    i > 0
                    and near[i - 1] in self._cue_negation
                    and not ctx.pause_after(hit.first - len(near) + i - 1)
                )
        return False
