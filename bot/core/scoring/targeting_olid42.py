"""Targeting rules of the olid42 round (issue 8): "lying" said before the person or group
it calls a liar, an adjective, not a verb, in tweet style.

- "<pointer> [judging words] lying [judging words] <person | group | part>": a pointer
  ("the", "a", "this", "another", "your", "his": olid42_words.POINTERS) or the sentence's
  opening before "lying", over at most JUDGING_REACH judging words (JUDGING: "failed",
  "corrupt", "fake news"), and after it, over as many, a person's noun (PEOPLE: an
  office, a trade that speaks in public, "friends", "cronies"), a camp or a crowd
  (GROUPS: "media", "press", "liberals", "dems"), a body part after a possessive (BODY:
  "his lying ass") or a heap of something (HEAPS: "a lying sack of garbage"): "the lying
  media strikes again", "a failed lying politician", "your lying bitter cronies",
  "lying democrats at it again", "shut your lying mouth", "he is a lying heap of crap".
  The reader's with "your" before it, a group's with a camp's or a crowd's noun, else a
  third person's.

The older rules read "lying" only as the verb, with a liar as its subject
(targeting_olid5.py), and leave it at no one. Clean: lying down, around or somewhere
("$500 lying around", "a man lying on the ground", "the lying down position": no
pointer before it or no person after it), the act ("lying is a can of worms", "the lying
game"), the writer's own ("my lying eyes": no pointer of theirs; "i'm a lying piece of
shit": the writer the copula's subject), a thing's heap ("the bag is a lying heap on the
floor": no "of" after it), a naming reported (CALLINGS: "he called her a lying
politician"), questions, quotes and denials (hatecheck28's
`_hc28_others`, "she is not a lying politician"). No lexicon lines.

Cost per hit: only a "lying" hit read at an object or at no one goes on; at most
JUDGING_REACH tokens back to the pointer and as many on to the noun, WRITER_REACH tokens
before the pointer for the writer, then CALLING_REACH tokens back in the sentence for a
naming. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid42_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gab1 import Gab1Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid42Rules"]

# Readings this round takes over: a thing's, or no one's.
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_CALLED: Final = w.PEOPLE | w.GROUPS | w.BODY | w.HEAPS


class Olid42Rules(Gab1Rules):
    """ "lying" said before the person or group it calls a liar ("the lying media", "a
    failed lying politician", "your lying bitter cronies", "shut your lying mouth")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "lying" they read at an object or at no one
        raised to the one it is said before, in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED or hit.entry.term not in w.LYING:
            return target, note
        called = self._o42_called(ctx, hit)
        if called is None:
            return target, note
        return called

    def _o42_called(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """Whom "lying" is said before, as an adjective: a pointer or the sentence's
        opening before it, a person's, a group's or a part's noun after it (over judging
        words both ways); not a naming reported, asked, quoted nor denied."""
        tokens = ctx.tokens
        noun = ctx.skip_ahead(hit.last, w.JUDGING, w.JUDGING_REACH)
        if noun >= len(tokens) or tokens[noun] not in _CALLED or ctx.pause_after(hit.last - 1):
            return None
        lead = ctx.back_over(hit.first, w.JUDGING, w.JUDGING_REACH)
        pointer = tokens[lead - 1] if lead > 0 else ""
        if pointer not in w.POINTERS and not ctx.starts_sentence(lead):
            return None  # "$500 lying around", "he is lying", "my lying eyes"
        if not _o42_owned(ctx, noun, pointer):
            return None  # "the bag is a lying heap on the floor"
        if _o42_writer_is(ctx, lead):
            return None  # "i'm a lying piece of shit": the writer's own
        start = ctx.sentence_start(hit.first, w.CALLING_REACH)
        if not w.CALLINGS.isdisjoint(tokens[start : hit.first]):
            return None  # "he called her a lying politician"
        if ctx.ends_asking(hit.first) or self._hc28_others(ctx, hit):
            return None
        if pointer in w.READER_POINTERS:
            return Kind.SECOND_PERSON, ""  # "your lying mouth"
        if tokens[noun] in w.GROUPS:
            return Kind.GROUP, POLITICAL_NOTE  # "the lying media", "lying liberals"
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "a failed lying politician"


def _o42_owned(ctx: Context, noun: int, pointer: str) -> bool:
    """A body part after a possessive ("his lying ass"), a heap with what it is a heap of
    ("a lying heap of crap"); a person's or a group's noun as it is."""
    word = ctx.tokens[noun]
    if word in w.BODY:
        return pointer in w.POSSESSIVES
    if word in w.HEAPS:
        return noun + 1 < len(ctx.tokens) and ctx.tokens[noun + 1] == w.HEAP_OF
    return True


def _o42_writer_is(ctx: Context, lead: int) -> bool:
    """The writer as the copula's subject at most WRITER_REACH tokens before `lead`
    ("i'm a lying piece of shit", "we are the lying ones")."""
    tokens = ctx.tokens
    for at in range(max(0, lead - w.WRITER_REACH), lead):
        if tokens[at] in w.WRITER_IS:
            return True
        if tokens[at] in w.WRITER and at + 1 < lead and tokens[at + 1] in w.COPULAS:
            return True
    return False
