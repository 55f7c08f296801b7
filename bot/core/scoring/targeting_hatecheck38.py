"""Targeting rules of the hatecheck38 round (issue 8, twenty-sixth session): a named group
kept away from children or people, told off on the condition of its identity alone, or
refused a place, as functional hate-speech suites and hateful posts write it.

- Kept from children or people: a named group opening its sentence (over a short lead:
  "honestly", "i think"), a modal run ("shouldn't", "should not", "should never", "must",
  "need to", "can't") and the term (hatecheck38_words.NEAR: "be around", "be near", "be
  anywhere near", "be alone with", "work with", which want a denial in the run; AWAY:
  "stay away from", "keep away from"), then whom it is kept from over a few words
  (KEPT_FROM: "kids", "children", "little girls", "schools", "us"; or anything "our":
  "our town"), the clause closing or going on with a tail: "gay people shouldn't be
  around kids", "trans people should stay away from kids", "lesbians shouldn't be around
  little girls", "immigrants should stay away from our neighborhood". Stay clean: "dogs
  shouldn't be around small kids", "smokers should stay away from kids" (no group), "gay
  people should be around kids as much as anyone" (no denial), "immigrants should stay
  away from scam lawyers" (no one kept from), "girls should stay away from me, i'm a
  mess" ("me" is no one kept from), "saying gay people shouldn't be around kids is
  hateful", "my uncle says ... smh", "no one thinks ..." (the group does not open the
  claim), asked and quoted lines.
- Told off for the group alone: "if", the reader ("you're", "ur", "u r") and the group
  ("gay", "muslim", "a lesbian", "a trans person") close the condition, then over a few
  words ("just", "then", "don't even") the demand: DEMANDS as said ("unfollow", "block
  me", "leave my page", "stay away from me"), CONTACTS only denied ("don't talk to me",
  "dont dm me", "don't follow me"): "if you're gay don't talk to me", "if ur muslim
  unfollow me", "if you're a lesbian block me now". Stay clean: "if you're sick don't
  talk to me", "if you're racist unfollow me" (no group: the older readings stand),
  "if you're gay and lonely dm me", "if you're gay like me, welcome!", "i'm gay, if you
  don't like it unfollow me" (the condition is no group), "if you're muslim, eid
  mubarak!" (no term).
- Refused a place: "no" opening its sentence, a named group (no gender word) and, over
  "allowed" or "welcome", the place (PLACES: "in my friend list", "in my dms", "on my
  timeline", "in this server"; and the older OLD_PLACES "in my house",
  "in our home", aimed here only where no older rule aimed them), the clause closing or
  going on with a tail: "no muslims in my friend list", "no jews on my timeline", "no
  gays in my house". Stay clean: "no bots in my dms", "no racists in my friend list" (no
  group), "there are no muslims in my town" ("no" does not open the sentence), "no
  girls in my gc lol", "no men in my dms please" (a gender word: chat's boundaries),
  "no women in my family have ever ..." (the clause goes on), "no black people in my
  life? that's sad" (asked). Places where a refusal reads as a fact ("in my class",
  "in my school", "on my team", "in my family") are not terms.

Every shape stays clean reported, said by someone else, denied or quoted (hatecheck28's
_hc28_others) and asked; outside the shapes the round's terms are cancelled
(Kind.OBJECT). The terms are group_only.FIRST_NAMED_TERMS: without a named group the
clean gate drops them, and their words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS) and loose words to the person rules
(loose_terms.LOOSE_TERM_SETS: "unfollow", "talk").

Cost per hit: one frozenset test of the term; at most four tokens back over the modal
run, two for the group and four for the lead; three ahead for whom it is kept from; or
four back over the demand's lead, three for the group and three for the reader and
"if"; or two back over "allowed", three for the group and "no", two for the lead. No
regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck38_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian38 import Italian38Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_KEPT_AWAY_NOTE", "HateCheck38Rules"]

# The readings of an older place term that this round may aim ("no gays in my house").
_HC38_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_KEPT_AWAY_NOTE: Final = "no named group kept away or told off for its identity"


class HateCheck38Rules(Italian38Rules):
    """A named group kept from children or people ("gay people shouldn't be around
    kids"), told off for its identity alone ("if you're gay don't talk to me") or
    refused a place ("no muslims in my friend list")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OLD_PLACES:
            if (
                target in _HC38_UNAIMED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and not self._hc28_others(ctx, hit)
                and self._hc38_place_refused(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "no gays in my house"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is Kind.REPORTED
            or ctx.quoted_or_asked(hit.first, hit.last)
            or self._hc28_others(ctx, hit)
        ):
            return Kind.OBJECT, NOT_KEPT_AWAY_NOTE
        shaped = (
            (term in w.KEPT_TERMS and self._hc38_kept_from(ctx, hit, term in w.NEAR))
            or (term in w.TOLD_TERMS and self._hc38_told_off(ctx, hit, term in w.CONTACTS))
            or (term in w.PLACES and self._hc38_place_refused(ctx, hit))
        )
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NOT_KEPT_AWAY_NOTE)

    def _hc38_kept_from(self, ctx: Context, hit: Hit, denied: bool) -> bool:
        """ "GROUP shouldn't be around kids", "GROUP should stay away from our town": the
        group opening its sentence, a modal run (denied for NEAR), then whom it is kept
        from, the clause closing or going on with a tail."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.MODALS, w.MODAL_REACH)
        run = tokens[at : hit.first]
        if w.MUSTS.isdisjoint(run) or (denied and w.DENIALS.isdisjoint(run)):
            return False
        start = self._group_start(ctx, at)
        if start > 0 and tokens[start - 1] in self._cue_identity_adjective:
            start -= 1  # "gay men", "trans women": the adjective opens the group
        if start < 0 or not ctx.starts_sentence(ctx.back_over(start, w.LEAD, w.LEAD_REACH)):
            return False
        return _hc38_kept_whom(ctx, hit.last)

    def _hc38_told_off(self, ctx: Context, hit: Hit, contact: bool) -> bool:
        """ "if you're GROUP (,) don't talk to me", "if ur GROUP unfollow me": "if", the
        reader and the group closing the condition before the demand (denied for
        CONTACTS), "if" opening its sentence over a short lead."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.DEMAND_LEAD, w.DEMAND_REACH)
        if contact and w.NOTS.isdisjoint(tokens[at : hit.first]):
            return False
        group = self._hc38_group_before(ctx, at)
        if group < 1:
            return False
        at = group
        if tokens[at - 1] in w.ARTICLES:
            at -= 1
        if at >= 1 and tokens[at - 1] in w.READER_ONE:
            at -= 1
        elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.READER_TWO:
            at -= 2
        else:
            return False
        if at < 1 or tokens[at - 1] != w.IF:
            return False
        return ctx.starts_sentence(ctx.back_over(at - 1, w.IF_LEAD, w.IF_LEAD_REACH))

    def _hc38_place_refused(self, ctx: Context, hit: Hit) -> bool:
        """ "no GROUP (allowed) in my X": "no" opening its sentence over a short lead, a
        named group right after it, then the place, the clause closing or going on with
        a tail."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PLACE_GAP, w.PLACE_GAP_REACH)
        start = self._group_start(ctx, at)
        if start > 0 and tokens[start - 1] in self._cue_identity_adjective:
            start -= 1  # "no gay men in my ..."
        if start < 1 or tokens[start - 1] != w.NO or ctx.pause_after(start - 1):
            return False
        if tokens[start] in w.NOT_PLACE_GROUPS:
            return False  # "no girls in my gc lol" (but "no gay men in my server")
        if not ctx.starts_sentence(ctx.back_over(start - 1, w.NO_LEAD, w.NO_LEAD_REACH)):
            return False
        return ctx.closes_clause(hit.last) or tokens[hit.last] in w.TAILS

    def _hc38_group_before(self, ctx: Context, at: int) -> int:
        """Where the group ending right before token `at` begins ("gay", "muslim", "trans
        person", "lesbian"), a pause allowed after it only; -1 if none."""
        tokens = ctx.tokens
        end = at
        if end >= 1 and tokens[end - 1] in w.ONE_OF:
            end -= 1
        if end < 1:
            return -1
        word = tokens[end - 1]
        if word in self._cue_identity or word in self._cue_identity_adjective:
            if end < at and word not in self._cue_identity_adjective:
                return -1  # "muslims person": no
            return end - 1
        return -1


def _hc38_kept_whom(ctx: Context, at: int) -> bool:
    """Whom the group is kept from, from token `at` over a few words ("kids", "our little
    girls", "our town"), the clause closing or going on with a tail."""
    tokens = ctx.tokens
    ours = False
    for i in range(at, min(len(tokens), at + w.KEPT_REACH + 1)):
        token = tokens[i]
        if token in w.KEPT_FROM or (ours and token not in w.KEPT_GAP):
            end = i + 1
            return ctx.closes_clause(end) or tokens[end] in w.TAILS
        if token not in w.KEPT_GAP or ctx.pause_after(i):
            return False
        ours = ours or token in w.OURS
    return False
