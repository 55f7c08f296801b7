"""Targeting rules of the hxnormal2 round (issue 8, a precision round on hatexplain's normal
class): an identity slur used as the modifier of a noun of speech names the words someone
said, not the people.

- The slur right before a noun of speech (hxnormal2_words.SPEECH_NOUNS: "comments",
  "remarks", "jokes", "trope", "slur", "tweets", "chants", "memes") describes those words:
  "he got fired over his towelhead comments", "she used the tranny slur again", "her kike
  remarks were condemned", "stop with the spic jokes", "the towelhead trope needs to die".
  The hit is read as a word mentioned (targeting_vulgar's MENTIONED_NOTE), as "the word
  towelhead" already is.

Stays aimed: the writer owning the words ("sorry about the nigger comment", "did i trigger
you with the spic comment"), "slur" or "insult" after the slur without "the" ("nazi was a
kike slur": made by the group), the slur said to the reader or with a hostile word right
before it ("you towelhead, comments like yours ...", "filthy kike remarks"), a pause
between the slur and the noun ("shut up paki, jokes aside"), the noun's owner being the
slur ("that towelhead's comments", "towelheads and their chants", "every comment from
these towelheads"), and the writer enjoying the words ("i love paki jokes", "that chink
joke was hilarious", "tell me your best spic joke"), unless the approval is denied ("they
are not funny"). Other hits in the line keep their own readings.

Cost per hit: a category test and one frozenset look-up of the token after the hit; only
then the token before it, and at most APPROVAL_REACH tokens either side within the
sentence. No regex.
"""

from __future__ import annotations

from bot.core.scoring import hxnormal2_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.targeting_olid43 import Olid43Rules
from bot.core.scoring.targeting_vulgar import MENTIONED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["HxNormal2Rules"]


class HxNormal2Rules(Olid43Rules):
    """An identity slur naming the words said ("his towelhead comments"), not the people."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a slur aimed by them read as a word mentioned
        when it only describes a noun of speech right after it."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in AIMED_KINDS or hit.entry.category is not Cat.IDENTITY_ATTACK:
            return target, note
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in w.SPEECH_NOUNS:
            return target, note  # most hits: one set look-up
        if self._hxn2_speech_named(ctx, hit):
            return Kind.REPORTED, MENTIONED_NOTE  # "his towelhead comments"
        return target, note

    def _hxn2_speech_named(self, ctx: Context, hit: Hit) -> bool:
        """The slur only describes the noun of speech after it: no pause between them, not
        the writer's own words, not said to the reader or after another hostile word, and
        no approval of the words near it ("i love paki jokes") unless denied ("they are
        not funny")."""
        if ctx.pause_after(hit.last - 1):
            return False  # "shut up paki, jokes aside"
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.APPROVAL_REACH)
        lead = tokens[hit.first - 1] if hit.first > start else ""
        if tokens[hit.last] in w.MADE_BY_NOUNS and lead not in w.THE_WORD:
            return False  # "nazi was a kike slur": made by the group
        before = tokens[max(start, hit.first - w.APPROVAL_REACH) : hit.first]
        if lead in w.MY or not w.OWNERS.isdisjoint(before):
            return False  # "sorry about the nigger comment": the writer's own words
        if lead and not ctx.pause_after(hit.first - 1) and self._hxn2_hostile_lead(lead):
            return False  # "you towelhead comments", "filthy kike remarks"
        end = ctx.sentence_end(hit.last, w.APPROVAL_REACH)
        for i in range(max(start, hit.first - w.APPROVAL_REACH), end):
            if tokens[i] in w.APPROVAL:
                denied = tokens[max(start, i - w.DENIAL_REACH) : i]
                if w.DENIALS.isdisjoint(denied):
                    return False  # "that chink joke was hilarious"
        return True

    def _hxn2_hostile_lead(self, lead: str) -> bool:
        """The word before the slur aims it: the reader, or a hostile word."""
        return lead in self._cue_second_person or lead in self._words or lead in w.HOSTILE_LEADS
