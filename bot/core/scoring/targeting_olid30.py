"""Targeting rules of the olid30 round (issue 8, twenty-eighth session): contempt said of
a person or the reader with a character fault the lexicon lacked, and a faint name-call
used as the pointer to one person.

- A fault said whole after a being verb: "she is so rude", "he is incredibly
  condescending", "my manager is so disrespectful", "honestly he is two faced", "he is a
  real piece of work", "she is such a snob", "that guy is so full of himself", "you are
  so entitled", "ur shady". The subject is read as olid27 reads one: the reader opening
  the sentence (after one retort opener at most), "he" / "she" (the same), a name or a
  pointed person (olid22/olid23); never a group or a camp (hateprobe3 keeps reading
  "women are rude"). Said to the reader the hit is second person; of a person it weighs
  as said outright (olid4's OUTRIGHT_NOTE). Intensifiers may stand between ("is just
  plain rude", "are being rude"); a noun wants its article ("a total nuisance").
- A faint name-call as the pointer: "this creep keeps messaging me", "that sicko thinks
  it's funny", "this pos blocked me", "that weirdo is back again"; read as olid's
  `_pointed_person` reads "this clown": a demonstrative right before it, and the
  name-call the subject of what follows or closing its clause. Said of that person
  (SAID_OF_NOTE), as "this clown" is.

Stay clean: "that was a rude thing to say", "this deal looks shady" (a thing), "is he
rude?" (asked), "he is not rude at all", "he is never rude" (denied), "she said he was
rude" (reported), "I was so rude to him" (the writer), "he is entitled to his opinion",
"a nuisance to deal with" (the fault goes on), "don't be rude" (no verdict), "you're so
rude lol love you" (fond), "this freak accident", "that pos system crashed" (the
name-call describes the word after it). Outside these shapes the new terms are cancelled
and unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS); the `said_of_group`
words keep the older reading.

Cost per hit: one or two frozenset tests of the term; then one token after it, six tokens
ahead for a kind word, at most seven back over intensifiers, the article, the verb and
the subject, and the sentence start (cached) for a reporting word. No regex, no new work
for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid30_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat38 import GameChat38Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_FAULT_NOTE", "Olid30Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_FAULT_NOTE: Final = "no person given a fault of character"
_Reading = tuple[TargetKind, str]
_NONE: Final[_Reading] = (Kind.OBJECT, NO_FAULT_NOTE)


class Olid30Rules(GameChat38Rules):
    """A person or the reader given a fault of character; a faint name-call pointing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms only in its shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if target is Kind.GROUP and term not in w.OWN_TERMS:
            return target, note  # "women are rude": hateprobe3's identity attack stays
        if term in w.TRAITS:
            said = self._o30_faulted(ctx, hit, False)
        elif term in w.NEW_NOUNS:
            said = self._o30_faulted(ctx, hit, True)
        elif term in w.POINTER_NAMES:
            if target is Kind.THIRD_PERSON and not note and self._o30_pointer(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "this creep keeps messaging me"
            return target, note
        else:
            return target, note
        if said:
            return said
        return _NONE if term in w.OWN_TERMS else (target, note)

    def _o30_faulted(self, ctx: Context, hit: Hit, noun: bool) -> _Reading | None:
        """ "she is so rude", "you are a piece of work", "he is full of himself": the
        fault said whole of the reader or one person after a being verb."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or ctx.quoted_or_asked(first, last):
            return None
        if not ctx.closes_clause(last) and tokens[last] not in w.TAILS:
            return None  # "entitled to his opinion", "a nuisance to deal with"
        if ctx.any_ahead(last, w.KIND_AFTER, w.KIND_REACH):
            return None  # "you're so rude lol love you"
        at = first - 1
        if noun:
            at = _o30_back_over(ctx, at, w.NOUN_DESCRIBERS, 2)
            if at < 0 or tokens[at] not in w.ARTICLES:
                return None  # "the noise is nuisance enough"
            at -= 1
        at = _o30_back_over(ctx, at, w.INTENSIFIERS, w.INTENSIFIER_REACH)
        if at < 0:
            return None
        start = ctx.sentence_start(first, w.REPORT_REACH)
        if at < start or not w.REPORTED.isdisjoint(tokens[start:at]):
            return None  # "she said he was rude", "if you are rude"
        verb = tokens[at]
        if verb in w.READER_COPULAS:
            return self._o30_opening(ctx, at, True)  # "ur so rude"
        if verb not in w.BEING:
            return None  # "he is not rude", "I am such a snob", "don't be rude"
        subject = at - 1
        if subject < start:
            return None
        word = tokens[subject]
        if word in w.READERS:
            return self._o30_opening(ctx, subject, True)  # "you are so condescending"
        if verb in w.PLURAL_BEING:
            return None  # "they are so rude", "Dems are so condescending": no one person
        if word in w.THIRD:
            return self._o30_opening(ctx, subject, False)  # "honestly he is two faced"
        if (
            subject >= 1
            and tokens[subject - 1] == w.MY
            and tokens[subject] in self._olid22_people
            and ctx.starts_sentence(subject - 1)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "my manager is so disrespectful"
        if not self._olid24_someone(tokens, subject):
            return None  # "the deal is so shady", "this is a nuisance"
        aimed = self._olid23_subject(ctx, subject)
        if aimed is None or aimed[0] is not Kind.THIRD_PERSON:
            return None  # a group or a camp: the older rules read it
        return aimed  # "my manager is so disrespectful", "Dave is a nuisance"

    def _o30_opening(self, ctx: Context, at: int, reader: bool) -> _Reading | None:
        """The reader or "he" / "she" at token `at`, opening the sentence or after one
        opener ("honestly you are so rude", "tbh she is two faced")."""
        if not (
            ctx.starts_sentence(at)
            or (at >= 1 and ctx.tokens[at - 1] in w.OPENERS and ctx.starts_sentence(at - 1))
        ):
            return None
        if reader:
            return self._olid23_reader(ctx, at)
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE

    def _o30_pointer(self, ctx: Context, hit: Hit) -> bool:
        """ "this creep", "that sicko": a demonstrative right before the name-call, which
        is the subject of what follows or closes its clause (olid's `_names_subject`)."""
        first = hit.first
        return (
            first > 0
            and ctx.tokens[first - 1] in self._cue_demonstrative
            and self._names_subject(ctx, hit)
        )


def _o30_back_over(ctx: Context, at: int, words: frozenset[str], reach: int) -> int:
    """The index at or before `at` past at most `reach` of `words`, within one clause."""
    tokens = ctx.tokens
    for _ in range(reach):
        if at >= 0 and tokens[at] in words and not ctx.pause_after(at):
            at -= 1
    return at
