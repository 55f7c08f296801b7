"""Targeting rules of the olid33 round (issue 8, thirtieth session): a person called a
bigot outright, in tweet style.

- "he is a racist", "she is such a fascist", "he's so racist lol", "she's a racist and a
  liar", "trump is a fascist", "he is a misogynist pig". A bigot word (olid33_words.BIGOTS:
  racist, bigot, fascist, nazi, sexist...) after a copula and words that make the call
  plainer ("a total", "such a", "literally a"), the subject "he"/"she" or a name the
  older rules find (forum3's names: "trump", "pelosi"), closing its clause (chat's tails,
  "and", a person noun after it aside). olid4 leaves these words out of its outright
  reading ("he is racist calls out"), so they weighed 0.75 of the word as said of a third
  person and fell short; said outright of a person they are as plain a name-call as
  "he is a liar", and take olid4's OUTRIGHT_NOTE with its floor (the default threshold).
  A described person ("the governor is a misogynist") was already read by forum3.

Stay clean: the word said of a thing or an act ("that is racist", "the policy is
racist", "his tweet was racist": older rules read them as objects), denied ("he is not a
racist", "he is no fascist"), asked ("is he a racist?"), compared ("he is more racist
than ..."), reported, doubted or conditional ("people say he is a fascist", "i dont think
she is a fascist", "if he is a racist, show me"), the writer ("i am not a bigot"),
counter-speech ("she is anti racist"), a call that goes on ("the villain is a nazi in the
movie") or is praised after ("she is a racist and i love her"), the past ("he was a nazi"
may be history), and the plurals ("cops are racists": the group rules' accusation).

Cost per hit: a category and term test; then at most a dozen tokens around the hit, set
look-ups. No lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid33_words as w
from bot.core.scoring.forum13_words import FICTION
from bot.core.scoring.olid4_words import PRAISE
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_italian43 import Italian43Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid33Rules"]

# Readings this round may raise: a third person, or a reply's mention ("@USER trump is a
# fascist" reads the mention as the target).
_READ: Final[frozenset[TargetKind]] = frozenset({Kind.THIRD_PERSON, Kind.MENTION})


class Olid33Rules(Italian43Rules):
    """A person called a bigot outright: "he is a racist", "trump is a fascist"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, raised for a person called a bigot outright."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if note or target not in _READ or entry.category is not Cat.INSULT:
            return target, note
        if not self._o33_bigot(entry.term) or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        if (
            self._o33_person_called(ctx, hit)
            and self._o33_closes(ctx, hit.last)
            and not _o33_praised(ctx, hit.last)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he is a racist"
        return target, note

    def _o33_bigot(self, term: str) -> bool:
        """A bigot noun read by this rule; later rounds add theirs (olid34's "homophobe")."""
        return term in w.BIGOTS

    def _o33_person_called(self, ctx: Context, hit: Hit) -> bool:
        """ "he is [such a] <bigot>", "hes a <bigot>", "<name> is a <bigot>": nothing
        before the subject in its sentence denies, doubts or reports it."""
        tokens = ctx.tokens
        copula = ctx.back_over(hit.first, w.BETWEEN, w.BETWEEN_REACH) - 1
        if copula < 0 or ctx.pause_after(copula):
            return False
        word = tokens[copula]
        if word in w.JOINED:
            subject = copula
        elif word in w.COPULAS and copula > 0 and not ctx.pause_after(copula - 1):
            subject = copula - 1
            if tokens[subject] not in w.PRONOUNS and not self._o33_named(ctx, subject):
                return False
        else:
            return False
        if self._olid4_hedged(ctx, hit):
            return False  # "is he a racist", "he looks like a nazi"
        start = ctx.sentence_start(subject, SENTENCE_REACH)
        return w.UNSAID.isdisjoint(tokens[start:subject])

    def _o33_named(self, ctx: Context, last: int) -> bool:
        """A name ends at token `last` and opens its clause: "trump", "nancy pelosi"."""
        start = ctx.sentence_start(last, w.NAME_REACH)
        for first in range(last, start - 1, -1):
            if first < last and ctx.pause_after(first):
                return False
            name = ctx.tokens[first : last + 1]
            if (first == start or ctx.pause_after(first - 1)) and self._forum3_names(name, False):
                return True
        return False

    def _o33_closes(self, ctx: Context, last: int) -> bool:
        """From token `last` on: the clause's end, a tail, or a person noun (maybe after
        one word) that closes it: "a misogynist pig", "a bigoted old man"."""
        if ctx.closes_clause(last) or ctx.tokens[last] in w.TAILS:
            return True
        tokens = ctx.tokens
        for i in range(last, min(len(tokens), last + w.PEOPLE_REACH)):
            if tokens[i] in self._olid4_people:
                return ctx.closes_clause(i + 1) or (
                    i + 1 < len(tokens) and tokens[i + 1] in w.TAILS
                )
            if ctx.pause_after(i):
                return False
        return False


def _o33_praised(ctx: Context, last: int) -> bool:
    """Praise after the call in its sentence ("she is a racist and i love her"), or a
    story in its clause ("he is a nazi in the movie"); "a racist, end of story" is none."""
    end = ctx.sentence_end(last - 1, SENTENCE_REACH)
    after = ctx.tokens[last:end]
    if not PRAISE.isdisjoint(after):
        return True
    for i in range(last, end):
        if ctx.pause_after(i - 1):
            return False
        if ctx.tokens[i] in FICTION:
            return True
    return False
