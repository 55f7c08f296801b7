"""Targeting rules of the hatecheck43 round (issue 8, twenty-ninth session): a named
group to be confined, rounded up or shipped off, in phrases the older lines miss.

- A call to confine or ship off (hatecheck43_words.CALLS: "lock", "ship", "haul",
  "round"...) opening its sentence over a short lead ("we need to", "just", "let's"),
  with a named group as its object over a few words ("up", "every", "all the"): "lock up
  every trans person", "lock all the muslims up", "round the muslims up", "ship every
  migrant back home"; or "them" and the group named after a pause: "ship them all back,
  these refugees".
- A place of confinement (PLACE_TERMS: "to a camp", "in cages", "in chains"...) a few
  words after a sending word: an imperative opening its sentence with the group as its
  object ("send all the gays to an island", "we should put black people back in
  chains"), or a participle after a modal and "be" with the group as the sentence's subject ("every
  muslim should be sent to a camp"); the participles PARTICIPLES read the same way alone
  ("all trans people should be confined", "every single immigrant should be thrown out").
- "camps for" a named group after a demand reaching the sentence's start, the clause
  closing: "we need camps for the muslims", "build camps for the immigrants" (never for
  refugees: "build more camps for refugees" asks for shelter).
- Older terms of the same calls (OLDER_CALLS: "in camps", "deport every", "round up"...)
  cancelled in another's mouth: denied ("nobody should put gays in camps", "no one
  should round up the jews"), another's wish asked about ("is it true they want to
  deport every mexican?") or history told ("refugees were held in camps", "my teacher
  told us how the nazis put jews in camps"); hatecheck22's "be thrown out" aimed with a
  singular subject after "every" ("every single immigrant should be thrown out").

Stay clean: no named group ("lock up your bikes", "ship them all back to the warehouse",
"criminals should be locked up"), a kind act ("every muslim should be sent an invite"),
the group elsewhere ("the camp for trans youth was great"), a safe place ("refugees
should be sent to safe countries"), denied ("nobody should lock up the gays"), asked
("should refugees be sent to camps?"), quoted, someone else's saying or wish ("saying
...", "he said every muslim should be sent to a camp").

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them, words no older entry anchors ("lock", "ship") stay unknown to the other rules, and
targeting_controls3 does not count them as another hostile word beside "fuck me" ("fuck
me the camp was cold" stays an exclamation). Cost per hit: one frozenset test of the
term; then at most LEAD_REACH tokens back and GROUP_REACH ahead, or PLACE_REACH +
DUE_REACH + LEAD_REACH back, and the sentence before the hit for a denial. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck43_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck22 import UNSHAPED_NOTE
from bot.core.scoring.targeting_hatecheck42 import HateCheck42Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CONFINED_NOTE", "HateCheck43Rules", "hc43_opens"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_CONFINED_NOTE: Final = "no named group confined or shipped off by the writer"


class HateCheck43Rules(HateCheck42Rules):
    """A named group to be confined, rounded up or shipped off: "lock up every trans
    person", "every muslim should be sent to a camp"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return self._hc43_older(ctx, hit, target, note)
        if target is Kind.REPORTED or self._hc43_unsaid(ctx, hit):
            return Kind.OBJECT, NOT_CONFINED_NOTE
        if term in w.CALLS and self._hc43_called(ctx, hit.first):
            return Kind.GROUP, IDENTITY_NOTE  # "lock up every trans person"
        if term in w.PARTICIPLES and self._hc43_due(ctx, hit.first):
            return Kind.GROUP, IDENTITY_NOTE  # "all trans people should be confined"
        if term in w.PLACE_TERMS and self._hc43_sent_to(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "every muslim should be sent to a camp"
        if term in w.CAMP_TERMS and self._hc43_camps_for(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "we need camps for the muslims"
        return Kind.OBJECT, NOT_CONFINED_NOTE

    def _hc43_older(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """Older terms of the same calls: cancelled in another's mouth ("nobody should put
        gays in camps"), or aimed with a singular subject after "every" ("every single
        immigrant should be thrown out", which hatecheck22 reads only in the plural)."""
        term = hit.entry.term
        if term in w.OLDER_CALLS:
            if target is Kind.GROUP and self._hc43_older_unsaid(ctx, hit):
                return Kind.OBJECT, NOT_CONFINED_NOTE
        elif term in w.OLDER_SENT_AWAY and note == UNSHAPED_NOTE and self._hc43_due(ctx, hit.first):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc43_called(self, ctx: Context, at: int) -> bool:
        """The call at token `at` opens its sentence over the lead, and a named group is
        its object: right after over a few words, or after "them" and a pause."""
        if not hc43_opens(ctx, at, w.LEAD):
            return False
        end = self._hc43_group_after(ctx, at + 1, w.GROUP_GAP)
        if end >= 0:  # "lock up every trans person", "round the muslims up"
            return self._hc43_sent_off(ctx, end)  # not "ship the jews a gift"
        tokens = ctx.tokens
        end = min(len(tokens), at + w.GROUP_REACH)
        if at + 1 >= end or tokens[at + 1] not in w.THEM:
            return False
        for i in range(at + 1, end):
            if ctx.pause_after(i):  # "ship them all back, these refugees"
                return self._hc28_group_after(ctx, i + 1, w.APPOSITION_GAP) >= 0
            if i > at + 1 and tokens[i] not in w.THEM_GAP:
                return False
        return False

    @staticmethod
    def _hc43_sent_off(ctx: Context, end: int) -> bool:
        """After the group sent off (or the participle) at token `end`: the clause closes,
        goes on with where to ("back", "up", "off to rwanda"), or "in" a place of
        confinement ("in cages"), never another object ("ship the jews more aid")."""
        if ctx.closes_clause(end) or ctx.tokens[end] in w.SENT_OFF:
            return True
        if ctx.tokens[end] not in w.IN:
            return False
        return ctx.find_ahead(end + 1, w.PLACE_WORDS, w.PLACE_REACH) >= 0

    def _hc43_due(self, ctx: Context, at: int) -> bool:
        """A participle at token `at` after a modal and "be", with a named group as the
        sentence's subject: "every muslim should be sent", "trans people should be
        confined"."""
        tokens = ctx.tokens
        start = ctx.back_over(at, w.DUE_GAP, w.DUE_REACH)
        if start == at or w.MODALS.isdisjoint(tokens[start:at]):
            return False
        if tokens[at] in w.PARTICIPLES and not self._hc43_sent_off(ctx, at + 1):
            return False  # "the gays should be shipped a gift"
        for i in (start - 1, start - 2):
            if i >= 0 and self._hc43_group_end(tokens, i) == start and not ctx.pause_after(i):
                return hc43_opens(ctx, i, w.SUBJECT_LEAD)
        return False

    def _hc43_sent_to(self, ctx: Context, hit: Hit) -> bool:
        """A sending word a few words before the place: a call with the group as its
        object ("send all the gays to an island"), or a participle with the group as the
        subject ("every muslim should be sent to a camp")."""
        tokens = ctx.tokens
        if not self._hc28_closes(ctx, hit.last, w.PLACE_TAILS):
            return False  # "send the refugees to a camp with doctors"
        at = ctx.back_over(hit.first, w.PLACE_GAP, w.PLACE_REACH) - 1
        if at < 0 or ctx.pause_after(at):
            return False
        if tokens[at] in w.SENT and self._hc43_due(ctx, at):
            return True
        # The call's object: a named group right between the call and the place ("put
        # the refugees in cages", "we should put black people back in chains").
        for i in range(max(0, at - w.GROUP_REACH), at):
            if tokens[i] in w.SENDS and self._hc43_group_after(ctx, i + 1, w.GROUP_GAP) == at + 1:
                return hc43_opens(ctx, i, w.LEAD)
        return False

    def _hc43_camps_for(self, ctx: Context, hit: Hit) -> bool:
        """ "(we need) camps for the muslims": a demand before the place reaching its
        sentence's start, "for" and a named group after it, the clause closing."""
        if ctx.starts_sentence(hit.first) or not hc43_opens(ctx, hit.first, w.CAMP_LEAD):
            return False
        tokens = ctx.tokens
        end = self._hc28_group_after(ctx, hit.last, w.CAMP_GAP)
        if end < 0 or tokens[end - 1] in w.SHELTERED:
            return False  # "build more camps for refugees": a shelter
        return self._hc28_closes(ctx, end, w.CAMP_TAILS)

    def _hc43_group_end(self, tokens: list[str], i: int) -> int:
        """Where a named group at token `i` ends, or -1; after "every", "each" or "last"
        its singular too ("every migrant", "every last refugee")."""
        end = self._group_end(tokens, i)
        if end < 0 and i > 0 and tokens[i - 1] in w.EVERY and i < len(tokens):
            return i + 1 if self._group_end([tokens[i] + "s"], 0) == 1 else -1
        return end

    def _hc43_group_after(self, ctx: Context, at: int, gap: frozenset[str]) -> int:
        """The end of a named group starting at `at` over a few `gap` words, or -1."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.GROUP_REACH)):
            end = self._hc43_group_end(tokens, i)
            if end > i:
                return end
            if tokens[i] not in gap or ctx.pause_after(i):
                return -1
        return -1

    def _hc43_older_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """An older call's term in another's mouth: denied before it in its sentence
        ("nobody should put gays in camps"), another's wish asked about ("is it true they
        want to deport every mexican?"), or history told ("refugees were held in camps", "my
        teacher told us how the nazis put jews in camps")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
        before = tokens[start : hit.first]
        if not w.DENIERS.isdisjoint(before) or not w.TELLERS.isdisjoint(before):
            return True
        if any(before[i] == "no" and before[i + 1] == "one" for i in range(len(before) - 1)):
            return True  # "no one should round up the jews"
        at = hit.first
        if at >= 3 and tokens[at - 1] == "to" and tokens[at - 2] in w.WISHES:
            # "is it true they want to deport every mexican?": asked of another's wish
            # ("the senator wants to deport all muslims and so do i" is control12's)
            return tokens[at - 3] not in w.WRITERS and ctx.ends_asking(at)
        return ctx.back_over(at, w.HISTORY_GAP, w.HISTORY_REACH) < at and any(
            t in w.PAST for t in tokens[max(start, at - w.HISTORY_REACH) : at]
        )

    def _hc43_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted, asked, someone else's saying, or denied before the term in its
        sentence ("nobody should lock up the gays")."""
        if self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return True
        start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
        return not w.NEGATIONS.isdisjoint(ctx.tokens[start : hit.first])


def hc43_opens(ctx: Context, at: int, lead: frozenset[str]) -> bool:
    """Token `at` opens its sentence over a run of `lead` words, or its clause after a
    pause with at most OPENER_WORDS words before it in the sentence ("honestly, lock up
    the gays", "fuck it, ship them all back")."""
    start = ctx.back_over(at, lead, w.LEAD_REACH)
    if ctx.starts_sentence(start):
        return True
    if start < 1 or not ctx.pause_after(start - 1):
        return False
    return start - ctx.sentence_start(start, w.SENTENCE_REACH) <= w.OPENER_WORDS
