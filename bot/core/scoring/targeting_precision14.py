"""Targeting rules of the precision14 round (issue 8): a transcript line.

- Someone else's words after a speaker label and a colon: "my sister: you're an idiot.
  me: no u", "what my dad says when i lose: you idiot", "things people say to me:
  you're a loser". The "you" is the one spoken to in the scene retold, not the reader,
  as "my sister said i was an idiot" already reads. The label names a speaker (a
  pronoun, a saying verb, or a person after "my", "the", "every"...); a bare name, a
  mention, a bare "people:", "me:", and labels that address or announce ("to my ex:",
  "dear ref:", "PSA:", "facts:", "in other words:") keep the words aimed at the reader.
  A "you" must stand in the quoted words: "there's a word for them: traitors" quotes
  no one.

The round's other fixes sit at the depth of the rules they correct: "the fuck you mean"
and "let's go motherfuckers" in Insults12Rules (targeting_insults12.py), "revenge is a
bitch" in forum_words' hard times, "sorry i called you stupid" in TeenRules._heard
(targeting_formspring.py), "son of a bitch! missed again" in Controls2Rules._shouted.

Cost: a hit read as aimed at the reader, with no note, in a message holding a ":" (one
C-level `in` on the folded text) walks back at most QUOTE_REACH gaps for the colon,
then LABEL_REACH words of set look-ups; every other hit pays two comparisons.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision14_words as words
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian15 import Italian15Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["TRANSCRIPT_NOTE", "Precision14Rules"]

TRANSCRIPT_NOTE: Final = "someone else's words in a retold scene"  # reported speech
# The readings a quoted "you" or order gives: "you're trash", "uninstall".
_SAID_TO: Final = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})


class Precision14Rules(Italian15Rules):
    """A transcript's quoted words are reported, not said to the reader."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._p14_people: frozenset[str] = (
            cues["family"] | cues["person_noun"] | cues["people"] | words.SPEAKERS
        )

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; words (or an order) quoted after a speaker's label
        are reported."""
        target, note = super().reread(ctx, hit, target, note)
        if target not in _SAID_TO or note or ":" not in ctx.folded:
            return target, note  # most hits: two comparisons
        if self._p14_transcript(ctx, hit):
            return Kind.REPORTED, TRANSCRIPT_NOTE  # "my sister: you're an idiot"
        return target, note

    def _p14_transcript(self, ctx: Context, hit: Hit) -> bool:
        """A colon before the hit in its sentence, a "you" quoted after it, and the words
        from the sentence's start to the colon a speaker's label."""
        folded, spans = ctx.folded, ctx.spans
        start = ctx.sentence_start(hit.first, words.QUOTE_REACH + words.LABEL_REACH)
        floor = max(start, hit.first - words.QUOTE_REACH, ctx.lead)
        for colon in range(hit.first - 1, floor - 1, -1):
            if ":" in folded[spans[colon][1] : spans[colon + 1][0]]:
                break
        else:
            return False
        tokens = ctx.tokens
        if self._cue_second_person.isdisjoint(tokens[colon + 1 : hit.last]):
            return False  # "there's a word for them: traitors": no one spoken to is quoted
        label = tokens[max(start, ctx.lead) : colon + 1]
        if not label or len(label) > words.LABEL_REACH or label[0] in words.ADDRESSING:
            return False
        for i, word in enumerate(label[:-1]):
            if word == "to" and label[i + 1] not in words.TO_THE_WRITER:
                return False  # "note to the haters:", "message to the mods:"
        if not words.SPEAKING.isdisjoint(label):
            return True  # "him:", "what my dad says when i lose:"
        people = self._p14_people
        return any(
            word in people and not words.DETERMINERS.isdisjoint(label[:i])
            for i, word in enumerate(label)
        )  # "my sister:", "random guy on the bus:"; never a bare "people:"
