"""Targeting rules, part one: the cue lists every rule reads, reported speech and negation."""

from __future__ import annotations

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import NEGATION_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_sharing import single_words
from bot.core.scoring.verdict import TargetKind

# A sentence opening with these, then an order: the writer repeats it ("I said fuck off").
_REPEATED_ORDER = (["i", "said"], ["i", "say"])


class SpeechRules:
    """The cue word lists of one lexicon; speech verbs and negators near a hit."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._cues = lexicon.cues
        cues = lexicon.cues
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
        cues = self._cues
        if cues["reported"].isdisjoint(before):
            return None  # no speech verb (most hits)
        if order and opens and before in _REPEATED_ORDER:
            return Kind.IMPERATIVE  # "I said shut up": the writer's own order, again
        for i in range(len(before) - 1, -1, -1):
            if before[i] in cues["reported"]:
                if i == 0 and opens and before[0] in cues["speech_order"]:
                    return None  # "say that again and I'll...", "DM me your...": an order

                if self._said_to_reader(before[max(0, i - 3) : i]):
                    # "ti ho chiamato idiota" names the reader; in "ti ho detto che
                    # è un idiota" the words said decide.
                    named = all(t in cues["bridge"] for t in before[i + 1 :])
                    return Kind.SECOND_PERSON if named else None
                if any(
                    t in cues["second_person"] and t not in cues["possessive"]
                    for t in before[i + 1 :]
                ):
                    return None  # "said to you" is addressed; "called your mom" is reported
                return Kind.REPORTED
        return None

    def _said_to_reader(self, lead: list[str]) -> bool:
        """The writer speaking to the reader: a clitic, then a first-person auxiliary
        ("ti ho chiamato", "non ti avevo detto"); "ti hanno chiamato" reports others."""
        cues = self._cues
        for j, token in enumerate(lead):
            if token in cues["clitic"]:
                return not cues["speaker"].isdisjoint(lead[j + 1 :])
        return False

    def _denied(self, before: list[str]) -> bool:
        """A negated opinion about the reader: "I don't think you're an idiot".

        The nearest "you" before the hit follows a thinking or saying verb with a
        negator just before it ("t" is what is left of "don't", "didn't").
        """
        cues = self._cues
        if "t" not in before and cues["negation"].isdisjoint(before):
            return False  # no negator at all (most hits): nothing can deny it
        for j in range(len(before) - 1, 0, -1):
            if before[j] in cues["second_person"]:
                if before[j - 1] not in cues["opinion"]:
                    return False
                return any(t in cues["negation"] or t == "t" for t in before[max(0, j - 3) : j - 1])
        return False

    def _negated(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """A negator between the nearest person cue and the hit ("you're not stupid").

        A pause ends its reach: in "you're not stupid, just dumb" the second word
        is what the writer does say.
        """
        cues = self._cues
        near = before[-NEGATION_REACH:]
        if cues["negation"].isdisjoint(near):
            return False  # no negator near (most hits): skip the pause look-ups
        for i in range(len(near) - 1, -1, -1):
            if ctx.pause_after(hit.first - len(near) + i):
                return False
            token = near[i]
            if token in cues["negation"]:
                # "not because losers like you...": the negator opens another clause
                return i + 1 >= len(near) or near[i + 1] not in cues["clause_opener"]
            if token in cues["second_person"] or token in cues["self"]:
                # Italian puts the negator before the verb-pronoun: "non sei stupido";
                # not across a pause ("ur not, ur just annoying").
                return (
                    i > 0
                    and near[i - 1] in cues["negation"]
                    and not ctx.pause_after(hit.first - len(near) + i - 1)
                )
        return False
