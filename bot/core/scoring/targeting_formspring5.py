"""Targeting rules of the formspring5 round (issue 8): a teenager's body part judged by a
flaw, the shape school chats and Discord DMs share with a Q&A page.

- Said: "<your> <part> <is | are | r | looks> [so | hella | always] <flaw>", the reader's
  possessive opening its sentence after words of tone only: "ya teeth are fcked up", "ur
  arms are so hairy", "your skin is so greasy", "ew your pimples are gross", "ur face
  is so red and blotchy" (chat's dropped verb too: "ur teeth so jacked up").
- Asked as a taunt: "why are ur teeth so jacked up", "why does your hair look so greasy",
  "how come your teeth are so jacked up".
- The flaws are this round's en/body_shaming.txt lines (formspring5_words.OWN: "greasy",
  "hairy", "jacked up", "busted") and older insult lines a body part can carry
  (OLDER: "gross", "nasty", "disgusting"), which the older rules read at a thing.

Clean: the writer's own body ("my hair is so greasy today"), negations ("your teeth are
not messed up", "ur hair isnt greasy"), conditions and advice ("if your skin is oily try
a clay mask"), sincere yes/no questions ("is your hair greasy or just wet?"), reports and
counter-speech ("she said your teeth are messed up", "whoever said your hair is greasy is
lying"), things that are no body part ("your pizza is so greasy", "your dog's hair"), the
past and changes ("your teeth were so messed up before the braces", "your hair got
messed up in the rain"). This round's own flaws count in the shape only: elsewhere they
describe food, rooms and phones.

Cost per hit: one frozenset test of the hit's term (formspring5_words.FLAWS); only a
flaw walks back at most DEGREE_REACH tokens twice, looks at the few tokens of the part,
the verb and "your", then at most OPENING_REACH tokens back to its sentence's start. No
regex.
"""

from __future__ import annotations

from bot.core.scoring import formspring5_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid43 import Olid43Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Formspring5Rules"]


class Formspring5Rules(Olid43Rules):
    """The reader's body part judged by a flaw ("ya teeth are fcked up", "why is your hair
    so greasy")."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); a flaw said of the reader's body part aimed
        at the reader, and this round's own flaws inert elsewhere."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.FLAWS:
            return target, note  # most hits: one frozenset test
        if note:
            return target, note  # negated, reported, joking: the older rules' word
        if self._fs5_part_judged(ctx, hit):
            return Kind.SECOND_PERSON, note
        if term in w.OWN:
            return Kind.OBJECT, w.NO_PART_NOTE  # "your pizza is so greasy", "ur so hairy"
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own flaws outside the shape stay
        read at a thing, though later rules read "he is so <word>" as said of him ("he is
        busted", "she is so hairy": no body part judged)."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term in w.OWN and not self._fs5_part_judged(ctx, hit):
            return Kind.OBJECT, w.NO_PART_NOTE
        return target, note

    def _fs5_part_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "<your> <part> <verb> [so] <flaw>" opening its sentence, or "why <verb> <your>
        <part> [so] <flaw>"."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.DEGREE, w.DEGREE_REACH)
        if at > 1 and tokens[at - 1] == w.AND:
            at = ctx.back_over(at - 2, w.DEGREE, w.DEGREE_REACH)  # "so red and blotchy"
        said = at > 0 and tokens[at - 1] in w.VERBS
        if said:
            at = ctx.back_over(at - 1, w.DEGREE, w.DEGREE_REACH)  # "your hair always looks"
        if at < 2 or tokens[at - 1] not in w.PARTS or tokens[at - 2] not in w.YOUR:
            return False
        return self._fs5_opens(ctx, at - 2) or self._fs5_asked(ctx, at - 2)

    @staticmethod
    def _fs5_opens(ctx: Context, at: int) -> bool:
        """Only words of tone lie between the sentence's start and `at`: "ew ur teeth";
        "she said your ..." and "if your ..." do not open it."""
        start = ctx.sentence_start(at, w.OPENING_REACH)
        return ctx.starts_sentence(start) and all(t in w.TONE for t in ctx.tokens[start:at])

    def _fs5_asked(self, ctx: Context, at: int) -> bool:
        """ "why are", "y is", "why does" or "how come" right before `at`, opening its
        sentence: "why are ur teeth so jacked up"; "is your hair greasy?" asks."""
        tokens = ctx.tokens
        if at > 1 and tokens[at - 1] in w.ASKING and tokens[at - 2] in w.WHY:
            return self._fs5_opens(ctx, at - 2)
        if at > 1 and tokens[at - 1] == w.COME and tokens[at - 2] == w.HOW:
            return self._fs5_opens(ctx, at - 2)
        return False
