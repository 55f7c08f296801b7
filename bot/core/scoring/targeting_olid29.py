"""Targeting rules of the olid29 round (issue 8, twenty-seventh session): OLID replies that
call the reader, one person or a camp a scornful political label the lexicon lacked
("dupe", "mouthpiece", "RINO", "soy boy", "lemming", "loon", "kook", "crackpot", "swamp
creature", "swamp rat", "wing nut").

- One person's label after a being verb and an article: "@USER you are a dupe", "you're
  just a right wing dupe", "ur a total crackpot", "Man you are such a lemming", "he's a
  swamp rat", "Flake is a RINO", "this guy is a kook", "she is nothing but a mouthpiece".
  The subject is read as olid23 reads one: the reader opening the sentence (after one
  retort opener at most), "he" / "she", a name or a pointed person (olid22), a camp; a
  few describing words may stand between the article and the label ("a total", "a right
  wing", "one big"). Said to the reader the hit is second person; of one person it weighs
  as said outright (olid4's OUTRIGHT_NOTE); of a camp, a group.
- The plural said of a camp or of the readers: "liberals are lemmings", "Democrats are
  such loons", "the Republicans are swamp creatures", "Dems are just mouthpieces", "you
  people are lemmings", "you guys are loons".
- The label thrown at the reader: "@USER you loon", "sit down you crackpot", "nice try
  you kook" (the reader's "you" right before it, one describing word at most between).
- The label exclaimed at a reply: "@USER what a loon", "what a total crackpot".

Stay clean: "I saw a loon on the lake", "the loon is a beautiful bird", "lemmings are
small rodents" (a bird, a beast: no person), "this perfume is a dupe for the expensive
one", "The bill is a crackpot scheme" (a thing, or the label goes on), "I was such a dupe
to believe them" (the writer: no being verb of the list), "he is not a crackpot", "he's no
crackpot" (denied), "is he a RINO?" (asked), "if you are a dupe ..." (a condition), "she
said he is a loon" (reported), '"RINO" is an overused label' (quoted), "stop calling
people dupes" (no verdict), "thank you loon", "you loon, love you" (fond).

The label must close its clause or have a tail word after it (olid27_words.TAILS). Outside
these shapes the round's terms are cancelled, and their words stay unknown to the other
rules (lexicon_compile._ROUNDS_OWN_TERMS), so nothing else reads them.

Cost per hit: one or two frozenset tests of the term; then one token after it, six tokens
ahead for a kind word, at most seven back over describing words, the article, the verb
and the subject, the sentence start (cached) for a reporting word. No regex, no new work
for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid29_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid22 import back_over_two
from bot.core.scoring.targeting_precision24 import Precision24Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_LABELLED_NOTE", "Olid29Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_LABELLED_NOTE: Final = "no person called a scornful political label"
_Reading = tuple[TargetKind, str]
_NONE: Final[_Reading] = (Kind.OBJECT, NOT_LABELLED_NOTE)


class Olid29Rules(Precision24Rules):
    """The reader, one person or a camp called a scornful political label."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms only in its shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LABELS:
            said = self._o29_labelled(ctx, hit, False)
        elif term in w.PLURAL_LABELS:
            said = self._o29_labelled(ctx, hit, True)
        else:
            return target, note
        return said if said else _NONE

    def _o29_labelled(self, ctx: Context, hit: Hit, plural: bool) -> _Reading | None:
        """ "you are a dupe", "Flake is a RINO", "liberals are lemmings", "you loon",
        "what a loon": the label said whole of the reader, a person or a camp."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or ctx.quoted_or_asked(first, last):
            return None
        if not ctx.closes_clause(last) and tokens[last] not in w.TAILS:
            return None  # "a dupe for the expensive one", "a crackpot scheme"
        if ctx.any_ahead(last, w.KIND_AFTER, w.KIND_REACH):
            return None  # "you loon, love you"
        if not plural:
            thrown = self._o29_thrown(ctx, first)
            if thrown:
                return thrown  # "sit down you crackpot"
        at = _o29_back_over(ctx, first - 1)
        start = ctx.sentence_start(first, w.REPORT_REACH)
        if not plural:
            if at < start or tokens[at] not in w.ARTICLES:
                return None  # "stop calling people a dupe" has no verdict
            if at - 1 == start and tokens[at - 1] == w.WHAT:
                if ctx.mentioned or ctx.is_reply:
                    return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "@USER what a loon"
                return None
            at -= 1
        at = back_over_two(tokens, at, w.BEFORE_ARTICLE)
        if at < start:
            return None
        if not w.REPORTED.isdisjoint(tokens[start:at]):
            return None  # "she said he is a loon", "if you are a dupe"
        verb = tokens[at]
        if verb in w.READER_COPULAS and not plural:
            return self._o29_reader_at(ctx, at)  # "ur a total crackpot"
        if verb not in w.COPULAS:
            return None  # "he is not a crackpot", "I was a dupe", "he's no crackpot"
        subject = at - 1
        if subject < start:
            return None
        if tokens[subject] in w.READERS:
            return self._o29_reader_at(ctx, subject)  # "Man you are such a lemming"
        crowd = subject > start and tokens[subject] in w.READER_CROWDS
        if crowd and tokens[subject - 1] in w.READERS:
            return self._o29_reader_at(ctx, subject - 1)  # "you people are lemmings"
        if not self._olid24_someone(tokens, subject):
            return None  # "the loon is a beautiful bird", "this perfume is a dupe"
        return self._olid23_subject(ctx, subject)

    def _o29_thrown(self, ctx: Context, first: int) -> _Reading | None:
        """ "you loon", "sit down you crackpot", "you absolute kook": the reader's "you"
        right before the label, one describing word at most between, not after a fond
        or thankful word ("thank you loon"); after laughter, teasing ("lol you loon")."""
        tokens = ctx.tokens
        at = first - 1
        if at >= 1 and tokens[at] in w.DESCRIBERS and tokens[at - 1] in w.READERS:
            at -= 1
        if tokens[at] not in w.READERS or ctx.pause_after(at):
            return None
        if at >= 1 and tokens[at - 1] in w.FOND_BEFORE:
            return None
        start = ctx.sentence_start(at, w.REPORT_REACH)
        if not self._cue_laugh.isdisjoint(tokens[start:at]):
            return Kind.SECOND_PERSON, JOKING_NOTE  # "lol you loon": teasing
        return self._olid23_reader(ctx, at)

    def _o29_reader_at(self, ctx: Context, at: int) -> _Reading | None:
        """The reader at token `at`, opening the sentence or after one retort opener."""
        if ctx.starts_sentence(at) or (
            at >= 1 and ctx.tokens[at - 1] in w.OPENERS and ctx.starts_sentence(at - 1)
        ):
            return self._olid23_reader(ctx, at)
        return None


def _o29_back_over(ctx: Context, at: int) -> int:
    """The index at or before `at` past at most two describing words ("a right wing")."""
    tokens = ctx.tokens
    for _ in range(w.DESCRIBER_REACH):
        if at >= 0 and tokens[at] in w.DESCRIBERS and not ctx.pause_after(at):
            at -= 1
    return at
