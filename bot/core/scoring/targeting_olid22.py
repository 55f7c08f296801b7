"""Targeting rules of the olid22 round (issue 8, nineteenth session): tweets that judge
a person named by name or by a person noun, where the older rules take a pronoun only.

- A named or pointed person said to have no shame: "@USER Trump has no shame",
  "Pelosi has absolutely no shame", "the man has zero shame", "this senator clearly has
  no shame whatsoever"; the lexicon's olid22 lines add "no integrity", "no decency",
  "no morals" (and "zero ..."), read the same way and by olid4 after a pronoun ("she
  has no integrity"). olid4 reads "she has no shame" (a pronoun, in a reply); a name
  the lists know as a word ("trump", "warren") or a person noun after a determiner is
  read here: one or two bare words (no determiner: a name, never a common noun alone)
  or a determiner and a person noun opening the sentence, "has" / "had" (over
  adverbs), the lack closing its clause or with "whatsoever" / "at all" / "left" after.
  Clean: "there is no shame in losing", "I have no shame lol" (the writer), "my dog has
  no shame", "the show has no shame", "the data has no integrity" (no person), "there is
  no integrity in this process", "does Trump have no shame?" (left to the older
  rules). The lack going on to a deed or a matter judges no one, whoever has it: "he
  has no shame in admitting he was wrong", "Bono has no shame about singing off key",
  "she has no shame about her body" are cancelled (olid4 read the pronoun ones); with
  "when" after it is left to the older rules ("no integrity when it comes to money").
- A person called "a lying" someone: "he is a lying politician", "Trump is a lying
  dog", "Schiff is such a lying man", "you are a lying person", and in a reply "what a
  lying politician". olid5 reads "lying politicians" as a claim about the facts, and
  leaves "he is lying" so; "a lying X" after a person's copula calls them a liar. The
  word after "lying" names a person (a person noun, a name-call noun, or
  olid22_words.LYING_CALLS), closing its clause or with "of" after ("a lying sack of
  ..."); the subject is "he" / "she", the reader, a name or a pointed person noun.
  Clean: "the dog is lying on the couch" (no article, a posture), "the article says he
  is a lying politician" and "they claim he is a lying cop" (reported), "is she a lying
  witness?" (asked), "I'm a lying mess lol" (the writer), "the cat is a lying lump"
  (no person).

Cost per hit: one frozenset test of the term (two for "lying", with its note); then at
most three tokens ahead, five back to "has" or the copula and two more for the subject,
and the sentence start (cached) for a report or a question. No regex, no new work for
messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as o5
from bot.core.scoring import olid22_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_forum21 import UNSHAPED_NOTE
from bot.core.scoring.targeting_hatecheck26 import HateCheck26Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NO_LIAR_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_ONE_JUDGED_NOTE", "Olid22Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_ONE_JUDGED_NOTE: Final = "no person judged: the lack goes on to a deed"
_KEPT: Final = frozenset({Kind.SECOND_PERSON, Kind.GROUP, Kind.REPORTED, Kind.SELF})


class Olid22Rules(HateCheck26Rules):
    """A named or pointed person with no shame; a person called "a lying" someone."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._olid22_people: frozenset[str] = frozenset(
            cues["person_noun"] | cues["name_noun"] | cues["role"] | o4.PEOPLE | w.PEOPLE
        )

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SHAMELESS:
            return self._shameless(ctx, hit, target, note)
        if term == w.LYING and note == NO_LIAR_NOTE:
            return self._lying_someone(ctx, hit, target, note)
        return target, note

    def _shameless(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "Trump has no shame", "the man has zero shame"; "no shame in asking" judges
        no one."""
        if target in _KEPT or ctx.quoted(hit.first, hit.last):
            return target, note
        tokens = ctx.tokens
        last = hit.last
        if not ctx.closes_clause(last):
            after = tokens[last]
            if after in w.GOES_ON:
                return Kind.OBJECT, NO_ONE_JUDGED_NOTE  # "no shame in admitting it"
            if after not in w.TAILS or (after == "at" and tokens[last + 1 : last + 2] != ["all"]):
                return target, note
        if (note and note != UNSHAPED_NOTE) or ctx.ends_asking(hit.first):
            return target, note  # forum21's unshaped note asked only for a camp
        at = back_over_two(tokens, hit.first - 1, w.ADVERBS)
        if at < 0 or tokens[at] not in w.HAVING:
            return target, note
        subject = back_over_two(tokens, at - 1, w.ADVERBS)
        if self._olid22_subject(ctx, subject):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note

    def _lying_someone(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "he is a lying politician", "you are a lying person", "what a lying man"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first < 2 or last >= len(tokens) or tokens[first - 1] not in ("a", "an"):
            return target, note
        called = tokens[last]
        if not (called in w.LYING_CALLS or called in self._olid22_people):
            return target, note
        if not (ctx.closes_clause(last + 1) or tokens[last + 1 : last + 2] == ["of"]):
            return target, note  # "a lying politician who ..." is left as it was
        if ctx.quoted_or_asked(first, last):
            return target, note
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 2
        if tokens[at] == "what" and at == start:
            if ctx.mentioned or ctx.is_reply:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "@USER what a lying politician"
            return target, note
        at = back_over_two(tokens, at, w.BEFORE_ARTICLE)
        if at < start:
            return target, note
        if not o5.LIE_REPORTED.isdisjoint(tokens[start:at]):
            return target, note  # "the article says he is a lying politician"
        word = tokens[at]
        if word in w.READER_COPULAS and at == start:
            return self._olid22_reader(ctx, hit)  # "youre a lying hypocrite"
        if word not in w.COPULAS or at == start:
            return target, note
        subject = at - 1
        if tokens[subject] in w.READERS and subject == start:
            return self._olid22_reader(ctx, hit)  # "you are a lying person"
        if tokens[subject] in w.THIRD_PRONOUNS and subject == start:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he is a lying politician"
        if self._olid22_subject(ctx, subject):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "Trump is a lying dog"
        return target, note

    def _olid22_reader(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The reader called a liar; with laughter after it, teasing."""
        if not self._cue_laugh.isdisjoint(ctx.tokens[hit.last :]):
            return Kind.SECOND_PERSON, JOKING_NOTE
        return Kind.SECOND_PERSON, ""

    def _olid22_subject(self, ctx: Context, end: int) -> bool:
        """A subject ending at token `end` and opening its sentence: one or two bare
        words that may be a name ("trump", "hillary clinton"), or a determiner and a
        person noun ("the man", "this senator")."""
        if end < 0:
            return False
        tokens = ctx.tokens
        word = tokens[end]
        if end >= 1 and tokens[end - 1] in w.DETERMINERS:
            return word in self._olid22_people and ctx.starts_sentence(end - 1)
        if end >= 1 and not ctx.starts_sentence(end):
            surname = word.isalpha() and word not in w.NOT_NAMES  # "maxine waters"
            return surname and self._olid22_name(tokens[end - 1]) and ctx.starts_sentence(end - 1)
        return self._olid22_name(word) and ctx.starts_sentence(end)

    def _olid22_name(self, word: str) -> bool:
        """A bare word that may be a person's name: letters, three or more, no pronoun,
        function word or thing."""
        return (
            len(word) >= 3
            and word.isalpha()
            and word not in w.NOT_NAMES
            and word not in self._olid22_people
            and not self._is_thing(word)
        )


def back_over_two(tokens: list[str], at: int, words: frozenset[str]) -> int:
    """The index at or before `at` past at most two of `words` (-1 before the start)."""
    for _ in range(2):
        if at >= 0 and tokens[at] in words:
            at -= 1
    return at
