"""Targeting rules of the gab1 round (issue 8, a precision round): swearing at a thing or
a situation that older rules read as aimed at the reader only because a "you" follows it,
and "fuck" as an exclamation before "you're".

- The thing addressed: an older verdict line ("sucks", "is shit", "is a joke"; "bitch",
  "trash", "garbage" right after a copula: gab1_words.THING_TERMS) read at the reader,
  a thing as its subject (a word of THINGS or the cue list of things, a phrase opened by
  a determiner with no person in it, or a gerund), then a pause and only a tag or a
  vocative closing the clause: "the new update sucks, you guys", "getting old sucks, you
  know", "the traffic is a bitch, you guys". Read at the thing.
- The generic reader: the same verdict and subject, then "when/if you're" and a state
  anyone may be in (STATES): "life sucks when you're broke", "traffic sucks when you're
  already late", "the bus sucks when you're in a hurry". Read at the thing.
- The exclamation: an older "fuck you" line (EXCLAIM_TERMS) right before "re" ("you're",
  "u r") and praise or a plain state (PRAISED, over emphasis and an article), opening its
  sentence over chat's openers: "fuck you're lucky", "oh fuck you're right", "fuck you're
  back!", "fuck you're a genius". Cancelled; an insult after it is its own hit ("fuck
  you're lucky, dumbass" stays aimed by "dumbass"); "lucky" right before the writer's
  own say is a veiled threat, not praise ("fuck you're lucky i don't kill you").

Stay aimed: the reader, a person, a family member, a role or the room as the subject
("you suck, you guys", "kyle sucks, you guys", "your brother sucks, you know", "that guy
is shit, you guys"), a "you" that is the reader's presence or doing ("the chat sucks when
you're online", "the server sucks when you're in it"), "fuck you" with a pause or a word
other than "re" after it ("fuck you, you're pathetic", "fuck you and your friends"), and
anything else after "you're" ("fuck you're done, kid", "fuck you're next"), and any
reading an older rule gave a note (jokes, negations, quotes).

Cost per hit: a frozenset test of the term; then for the thing at most NOUN_LEAD_REACH
plus one tokens back for the copula, ADVERB_REACH and SUBJECT_REACH back for the subject,
OPENER_REACH back to the sentence's start, and TAIL_REACH plus two tokens on for the
vocative or STATE_REACH plus four for the state; for the exclamation PRAISE_REACH plus
two tokens on and OPENER_REACH back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gab1_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_insults26 import Insults26Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["EXCLAIMED_NOTE", "Gab1Rules"]

# The note that cancels "fuck" said as an exclamation before "you're" (weighing zeroes any
# note it does not name).
EXCLAIMED_NOTE: Final[str] = "an exclamation before what the reader is"


class Gab1Rules(Insults26Rules):
    """Swearing at a thing with the reader only addressed or generic after it ("the new
    update sucks, you guys", "life sucks when you're broke"), and "fuck you're lucky"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a thing's verdict read at the reader moved to
        the thing, and the exclamation before "you're" cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS or target is not Kind.SECOND_PERSON or note:
            return target, note
        if term in w.EXCLAIM_TERMS:
            if self._gab1_exclaimed(ctx, hit):
                return Kind.NONE, EXCLAIMED_NOTE  # "fuck you're lucky"
            return target, note
        verb = self._gab1_verdict_at(ctx, hit)
        if verb >= 0 and self._gab1_thing_before(ctx, verb):
            after = ctx.skip_ahead(hit.last, w.TAILS, w.TAIL_REACH)
            if _gab1_addressed(ctx, after) or _gab1_generic(ctx, after):
                return Kind.OBJECT, ""  # "the new update sucks, you guys"
        return target, note

    def _gab1_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck" opening its sentence (over chat's openers) right before "you're", no
        pause between, then praise or a plain state: "fuck you're lucky", "oh fuck
        you're right", "fuck you're a genius"."""
        tokens = ctx.tokens
        be = hit.last
        if be >= len(tokens) or tokens[be] not in w.CONTRACTED_BE or ctx.pause_after(be - 1):
            return False
        said = ctx.skip_ahead(be + 1, w.PRAISE_SKIP, w.PRAISE_REACH)
        if said >= len(tokens) or tokens[said] not in w.PRAISED:
            return False  # "fuck you're done, kid"
        lead = said + 1
        if (
            tokens[said] == w.LUCKY
            and lead < len(tokens)
            and tokens[lead] in w.LUCKY_THREAT_LEADS
            and not ctx.pause_after(said)
        ):
            return False  # "fuck you're lucky i don't kill you"
        return ctx.opens_after(hit.first, w.EXCLAIM_OPENERS, w.OPENER_REACH)

    def _gab1_verdict_at(self, ctx: Context, hit: Hit) -> int:
        """Where the verdict's verb part starts ("sucks", "is shit", "is a bitch"), over
        the adverbs before it; or -1 when a bare noun has no copula before it."""
        first = hit.first
        if hit.entry.term in w.COPULA_NOUN_TERMS:
            first = ctx.back_over(first, w.NOUN_LEADS, w.NOUN_LEAD_REACH) - 1
            if first < 0 or ctx.tokens[first] not in w.COPULAS or ctx.pause_after(first):
                return -1  # "what a bitch", "bitch, the traffic"
        return ctx.back_over(first, w.ADVERBS, w.ADVERB_REACH)

    def _gab1_thing_before(self, ctx: Context, verb: int) -> bool:
        """The subject before token `verb`, from its sentence's start (over openers), is a
        thing: a word of THINGS or the cue list of things, a gerund, or a phrase opened
        by a determiner with no person, family member, role or room in it."""
        tokens = ctx.tokens
        opened = ctx.sentence_start(verb, w.SUBJECT_REACH + w.OPENER_REACH)
        if not ctx.starts_sentence(opened):
            return False  # a long subject, or words before it: "i told him the game sucks"
        start = opened
        while start < verb - 1 and start - opened < w.OPENER_REACH and tokens[start] in w.OPENERS:
            start += 1
        if start == verb or verb - start > w.SUBJECT_REACH:
            return False
        if any(ctx.pause_after(i) for i in range(start, verb)):
            return False  # "kyle, the game sucks, you guys"
        subject = tokens[start:verb]
        if len(subject) == 1 and (subject[0] in w.THINGS or subject[0] in self._cue_thing):
            return True  # "life sucks", "traffic sucks"
        people = (
            self._cue_person_noun,
            self._cue_family,
            self._cue_role,
            self._cue_room,
            self._cue_second_person,
            w.PEOPLE,
        )
        if any(not group.isdisjoint(subject) for group in people):
            return False  # "your brother sucks", "that guy is shit", "our team sucks"
        return subject[0] in w.DETERMINERS or subject[0].endswith(w.GERUND_END)


def _gab1_addressed(ctx: Context, after: int) -> bool:
    """A pause before token `after`, then a tag or a vocative closing the clause (", you
    guys", ", you know", ", y'all"), maybe before a few of chat's tails."""
    tokens = ctx.tokens
    if after == 0 or after >= len(tokens) or not ctx.pause_after(after - 1):
        return False
    for size in (2, 1):
        words = tuple(tokens[after : after + size])
        if words in w.VOCATIVES and ctx.closes_after(after + size, w.TAILS, w.TAIL_REACH):
            return True
    return False


def _gab1_generic(ctx: Context, after: int) -> bool:
    """ "when/if you're" at token `after` and a state anyone may be in, maybe over a few
    words: "... when you're broke", "... when you're the only one", "... in a hurry"."""
    tokens = ctx.tokens
    be = after + 2
    if (
        be >= len(tokens)
        or tokens[after] not in w.WHEN
        or tokens[after + 1] not in w.READER
        or tokens[be] not in w.BE
    ):
        return False
    state = ctx.skip_ahead(be + 1, w.STATE_SKIP, w.STATE_REACH)
    return state < len(tokens) and tokens[state] in w.STATES
