"""Targeting rules from the insults8 round (issue 8): comment-section put-downs of the
person replied to that carry no classic insult word. The phrases are lexicon lines under
"insults8" comments; these rules say when they are aimed, and cancel them otherwise.

- The reader's ignorance: "you clearly have no idea what you're talking about", "you
  don't know the first thing about science", "have you been living under a rock?".
  "what you're talking about" counts only after "no idea" / "no clue" ("idea" and "clue"
  stay out of the phrases: a phrase's rarest word becomes a hit word other rules read).
  Only with the reader as the subject before the phrase (adverbs and "have" between);
  "I have no idea what you're talking about" is the writer's confusion, "he knows
  nothing about it" a third person's.
- The reader's age: "you must be twelve", "what are you, five?", "you sound like a ten
  year old", "you are a child." A child's age or a child named must follow and close the
  sentence; "you must be 18 to enter", "you must be new here", "you sound like a
  broken record" and "you are a child of god" are no put-down.
- The reader blamed for a harm: "you're the reason this country is going downhill",
  "people like you are the problem", "people like you shouldn't breed". A harm word
  must follow in the sentence; "you're the reason I smile" and "people like you make
  this site great" stay clean.
- A title of praise said sarcastically to the reader: "you're a real genius", "ur a
  regular einstein", and a lone "wow, what a genius" closing the message; "she is a real
  genius", "what a genius move" and "wow, what a genius idea" stay praise.
- Sent back to a den: "crawl back under your rock", "slither back into whatever hole
  you came from"; "crawl back into bed" names no den.

The fixes8b review cleared a harm undone ("you're the reason i can't stop smiling", "I
don't hate mondays"), a relative clause's taste ("people like you who hate pineapple
pizza"), a title with help given ("you're a real genius, this hack saved me hours") and
the writer's or a creature's den ("i want to crawl back under a rock", "into its hole").

Each reads only its own hit's sentence, and only for hits of these phrases (one set
test on the term), so other messages pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults8_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid5 import Olid5Rules
from bot.core.scoring.verdict import TargetKind

NOT_THE_READER_NOTE: Final = "not the reader's ignorance"
NO_CHILD_NOTE: Final = "no child's age"
NO_HARM_BLAMED_NOTE: Final = "no harm blamed"
NO_DEN_NOTE: Final = "no den named"
_PHRASES: Final = w.IGNORANCE | w.AGE_OPENERS | w.BLAMED | w.SENT_BACK | w.TITLES
_REACH: Final = 12


class Insults8Rules(Olid5Rules):
    """The reader's ignorance, age, blame and den, read only in their aimed shapes."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the insults8 phrases."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _PHRASES or target is Kind.REPORTED:
            return target, note
        if term in w.TITLES:  # read after the mock-title rule, which cancels these
            if self._i8_sarcastic_title(ctx, hit):
                return Kind.SECOND_PERSON, ""
            return target, note
        if note:
            return target, note
        if term in w.IGNORANCE:
            if self._i8_reader_subject(ctx, hit):
                return Kind.SECOND_PERSON, ""
            return Kind.OBJECT, NOT_THE_READER_NOTE
        if term in w.AGE_OPENERS:
            if self._i8_child_age(ctx, hit):
                return Kind.SECOND_PERSON, ""
            return Kind.OBJECT, NO_CHILD_NOTE
        if term in w.BLAMED:
            if self._i8_harm_after(ctx, hit):
                return Kind.SECOND_PERSON, ""
            return Kind.OBJECT, NO_HARM_BLAMED_NOTE
        if self._i8_den_after(ctx, hit):
            return Kind.IMPERATIVE, ""
        return Kind.OBJECT, NO_DEN_NOTE

    def _i8_reader_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "you" opens the clause before the phrase, only adverbs and "have" between:
        "you clearly have no idea", "have you been living under a rock"."""
        tokens = ctx.tokens
        first = hit.first
        if hit.entry.term in w.TALKING:  # "no idea what you're talking about"
            if first < 2 or tokens[first - 1] not in w.IDEAS or tokens[first - 2] not in w.NO_IDEA:
                return False
            first -= 2
        start = ctx.sentence_start(first, 5)
        i = first - 1
        while i >= start and tokens[i] in w.BETWEEN_SUBJECT and not ctx.pause_after(i):
            i -= 1
        if i < start or ctx.pause_after(i):
            return False
        word = tokens[i]
        if word in w.READER_SUBJECTS:
            return True
        # "you don't know the first thing": "don t" is inside the phrase, "you" before it
        return word == "t" and i - 2 >= start and tokens[i - 2] in w.READER_SUBJECTS

    def _i8_child_age(self, ctx: Context, hit: Hit) -> bool:
        """A child's age or a child named follows and closes the sentence."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _REACH)
        i = hit.last
        if hit.entry.term.endswith("child"):
            return self._i8_closes(ctx, i - 1, end)  # "you are a child." not "... of god"
        while i < end and tokens[i] in w.AGE_FILLERS:
            i += 1
        if i >= end or (tokens[i] not in w.CHILD_AGES and tokens[i] not in w.CHILD_NOUNS):
            return False
        at = i
        while i + 1 < end and tokens[i + 1] in w.AGE_CLOSERS and not ctx.pause_after(i):
            i += 1
        if tokens[at] in w.CHILD_AGES and i == at and hit.entry.term != "what are you":
            # a bare number: "you must be 12" closes; "you must be 12 to enter" goes on
            return self._i8_closes(ctx, at, end)
        return self._i8_closes(ctx, i, end)

    def _i8_sarcastic_title(self, ctx: Context, hit: Hit) -> bool:
        """ "you're a real genius", or "wow, what a genius" closing the message; never
        with thanks in the message ("you're a real genius, thank you")."""
        tokens = ctx.tokens
        if not w.THANKS.isdisjoint(tokens):
            return False
        i = hit.first
        start = ctx.sentence_start(i, 6)
        if i - 3 >= start and tokens[i - 1] in w.SARCASTIC and tokens[i - 2] in ("a", "an"):
            copula = tokens[i - 3]
            if copula in ("youre", "ur"):
                return True  # "ur a regular einstein"
            return copula in w.READER_COPULAS and i - 4 >= start and tokens[i - 4] in w.READERS
        return (  # "wow, what a genius" and nothing more
            i == 3
            and hit.last == len(tokens)
            and tokens[0] in w.OPENERS
            and tokens[1] == "what"
            and tokens[2] == "a"
        )

    @staticmethod
    def _i8_closes(ctx: Context, index: int, end: int) -> bool:
        return index + 1 >= end or ctx.pause_after(index)

    def _i8_harm_after(self, ctx: Context, hit: Hit) -> bool:
        """A harm word after the blame, in its sentence ("... are the problem")."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _REACH)
        which = hit.last < end and tokens[hit.last] in w.RELATIVES  # "people like you who"
        for i in range(hit.last, end):
            word = tokens[i]
            if word in w.HARMS:
                if which and word in w.TASTES:
                    continue  # "people like you who hate pineapple pizza"
                if i > hit.last and tokens[i - 1] in w.HARM_UNDONE_BEFORE:
                    continue  # "you're the reason i don't hate mondays"
                undone = w.HARM_UNDONE_AFTER.get(word)
                if undone is not None and i + 1 < end and tokens[i + 1] in undone:
                    continue  # "you're the reason i cant stop smiling"
                needs = w.HARM_AFTER.get(word)
                if needs is None:
                    return True
                if i + 1 < end and tokens[i + 1] in needs:
                    undone = w.HARM_UNDONE_AFTER.get(tokens[i + 1], frozenset())
                    if i + 2 >= end or tokens[i + 2] not in undone:
                        return True  # "can't" is a harm, "can't stop smiling" is none
        return False

    def _i8_den_after(self, ctx: Context, hit: Hit) -> bool:
        """A den named a few words after "crawl back" ("under your rock")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.SENT_REACH)
        before = tokens[start : hit.first]
        if not w.NOT_SENT.isdisjoint(before) and w.READERS.isdisjoint(before):
            return False  # "i want to crawl back under a rock": the writer's own
        end = ctx.sentence_end(hit.last - 1, w.SENT_REACH)
        after = tokens[hit.last : end]
        return w.DENS.isdisjoint(after) is False and w.OWN_DENS.isdisjoint(after)
