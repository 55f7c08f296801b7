"""Targeting rules of the olid28 round (issue 8, twenty-sixth session): OLID tweets that
name a person or the reader by a scornful "ass", and that wish a beating on him or her,
which the older rules read as profanity or as no one's.

- A person named by a scornful "ass": a scornful word and "ass" / "asses" right after a
  third person's owner ("his", "her", "their", chat's "they") or the reader's ("your",
  "yo", "ur"), the person going on to a deed or a place (olid28_words.FOLLOWERS) or the
  clause closing there: "throw his sorry ass in jail", "his lying ass needs to resign",
  "vote her corrupt ass out", "that's what his sorry ass gets", "get your sorry ass off
  my timeline". The scornful word is one of the round's lexicon terms ("sorry ass",
  "goofy ass", "broke ass": olid28_words.SCORN_TERMS) or an older insult word with "ass"
  after it (OLD_SCORN: "lying", "crooked", "lazy", "pathetic"). Of a third person the hit
  weighs as said outright (olid4's OUTRIGHT_NOTE); of the reader, second person. Stay
  clean: "my lazy ass stayed in bed", "our sorry asses got lost" (the writer's), "his lazy
  ass dog sleeps all day", "their sorry ass party" (an intensifier before a thing), "love
  your sorry ass", "i miss his lazy ass" (fond), "is her lazy ass coming?" (asked), "she
  said his sorry ass got fired" (reported), '"his sorry ass" is a funny line' (quoted).
  Outside the shape the round's terms are cancelled and the older words keep their older
  readings, but for the writer's own ("our lazy asses": cancelled).
- A beating wished on him or her by others: "I hope they beat his ass", "someone needs to
  kick her ass", "they better beat his ass", "somebody gotta whip his ass". A beating term
  (olid28_words.BEATINGS; "beat" / "kick his ass" are person13's lines, read there as the
  writer's promise) after a wish or a call (WISHERS: "hope", "needs", "should", "better")
  in its sentence, no denial between, no report before, no game talk, and the beating
  closing its clause or going on with a reason, a time or a place of shame ("for that",
  "in private"; never "in the final" or "at chess"). Read as a threat said of him or her
  (SAID_OF_NOTE). Stay clean: "nobody should beat her ass", "i would never kick his ass"
  (denied), "did someone beat his ass?" (asked), "she said someone should kick his ass"
  (reported), "i hope she kicks her ass in the final", "hope you beat his ass at chess" (a
  game), "this workout kicked my ass" (no term). The round's new beating terms ("whoop
  his ass") count the writer's own promise too ("im gonna whoop his ass"); elsewhere they
  are cancelled.

Cost per hit: one or two frozenset tests of the term; then one owner token, one token
after the "ass", four back for a fond verb, the sentence start (cached) for a report; a
beating looks at most eight tokens back. No regex, no new work for messages without these
terms; the new terms' words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid28_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum27 import Forum27Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SCORNED_NOTE", "Olid28Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SCORNED_NOTE: Final = "no person named by a scornful ass or wished a beating"
_Reading = tuple[TargetKind, str]
_NONE: Final[_Reading] = (Kind.OBJECT, NOT_SCORNED_NOTE)


class Olid28Rules(Forum27Rules):
    """A person or the reader named by a scornful "ass"; a beating wished on him or her."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its terms only
        there."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SCORN_TERMS:
            scorned = self._o28_scorned(ctx, hit, target, hit.last)
            return scorned if scorned else _NONE
        if term in w.OLD_SCORN:
            tokens = ctx.tokens
            if hit.last < len(tokens) and tokens[hit.last] in w.ASS:
                if hit.first > 0 and tokens[hit.first - 1] in w.WRITER_OWNERS:
                    return _NONE  # "our lazy asses skipped the gym"
                scorned = self._o28_scorned(ctx, hit, target, hit.last + 1)
                if scorned and not (target is Kind.SECOND_PERSON and not note):
                    return scorned  # "his lying ass needs to resign"
            return target, note
        if term in w.BEATINGS:
            if self._o28_wished(ctx, hit, target):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "i hope they beat his ass"
            if term in w.NEW_BEATINGS:
                return _NONE  # "that hike whooped my ass" has no term; "... in the final"
        return target, note

    def _o28_scorned(
        self, ctx: Context, hit: Hit, target: TargetKind, after: int
    ) -> _Reading | None:
        """The reading for a scornful "ass" ending before token `after`: its owner right
        before the hit, the person going on to a deed or the clause closing; None for the
        writer's, a thing's, a fond, asked, quoted or reported one."""
        tokens = ctx.tokens
        first = hit.first
        if first == 0 or target is Kind.REPORTED or ctx.quoted_or_asked(first, after):
            return None
        owner = tokens[first - 1]
        third = owner in w.THIRD_OWNERS
        if not third and owner not in w.READER_OWNERS:
            return None  # "my lazy ass", "a long ass day"
        if not ctx.closes_clause(after) and tokens[after] not in w.FOLLOWERS:
            return None  # "his lazy ass dog", "their sorry ass party"
        if not w.FOND.isdisjoint(tokens[max(0, first - 1 - w.FOND_REACH) : first - 1]):
            return None  # "i miss his lazy ass"
        start = ctx.sentence_start(first, w.REPORT_REACH)
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return None  # "she said his sorry ass got fired"
        if ctx.any_ahead(after, w.KIND_AFTER, w.KIND_REACH):
            return None  # "... lol ily"
        if third:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return Kind.SECOND_PERSON, ""

    def _o28_wished(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """A wish or a call before the beating in its sentence ("i hope they", "someone
        needs to"), no denial between and no report, no game talk, and the beating said
        whole ("beat his ass for that", never "... at chess", "... in the final")."""
        first = hit.first
        if target is Kind.REPORTED or ctx.quoted_or_asked(first, hit.last):
            return False
        tokens = ctx.tokens
        if ctx.gaming or not _o28_beaten(ctx, hit.last):
            return False
        before = tokens[ctx.sentence_start(first, w.WISH_REACH) : first]
        return (
            not w.WISHERS.isdisjoint(before)
            and w.DENIALS.isdisjoint(before)
            and w.REPORTED.isdisjoint(before)
        )


def _o28_beaten(ctx: Context, last: int) -> bool:
    """The beating closes its clause, or a reason, a time or a place of shame follows:
    "beat his ass for that", "... in private"; never "... at chess", "... in the final"."""
    if ctx.closes_clause(last):
        return True
    tokens = ctx.tokens
    word = tokens[last]
    if word == "in":
        return last + 1 < len(tokens) and tokens[last + 1] in w.BEATING_IN
    return word in w.BEATING_AFTER
