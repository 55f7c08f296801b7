"""Targeting rules of the hatecheck55 round (issue 8): calls for harm, exclusion and
threats against a named group that the older rules miss for their word order or phrasing.

- Sent off or told to die with a quantifier or a slur for subject: "every muslim should
  get out", "each and every jew must go", "every one of the refugees has to go", "fags
  should all die". A modal run ("must", "needs to", "should all just") before the verb,
  the subject right before it opening its claim past a few quantifiers; a leaving verb
  only closing its clause or before a tail of where or when. This round's own lines ("must
  go", "to go", "get out") and the older ones of the shape ("should leave", "all go",
  "die") are read.
- The group driven out named after the call or before it: "wipe them all out, the jews",
  "get them out of here, the refugees", "the muslims, throw them out"; the call opening
  its clause.
- Menace as a plan: the writer "coming for" or out to "find" a group ("we are coming for
  the jews", "we will find every gay in this city"), knowing where it lives ("we know
  where the refugees live"), "watch your backs, immigrants", "muslims better watch out".
- Suffering wished through "make": "make the gays wish they were never born", and
  hatecheck53's outcomes under an imperative "make" ("let's make the jews pay").

Clean: things, people no one is protected as or hateful groups in the group's place
("wipe them all out, the zombies", "we are coming for the title", "every guest should
leave by 10", "nazis should all go to jail"), a leaving verb that goes on ("every refugee
must go through registration"), counter-speech and reported speech (the subject does not
open its claim: "saying every immigrant should leave is hateful", "the mob shouted that
muslims should leave"), questions, quotes and denials. The round's own lines outside
these shapes are cancelled.

Cost per hit on a read term: a frozenset test, then bounded walks: MODAL_REACH and
QUANTIFIER_REACH back, GROUP_DET_REACH and GROUP_TAIL_REACH ahead, and the older group
walks. No regex.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from bot.core.scoring import hatecheck53_words as h53
from bot.core.scoring import hatecheck55_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord39 import d39_writer_does
from bot.core.scoring.targeting_italian50 import Italian50Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_CALL_NOTE", "HateCheck55Rules", "hc55_call_opens"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_CALL_NOTE: Final[str] = "no named group sent off, hunted or made to suffer"


class HateCheck55Rules(Italian50Rules):
    """Calls for harm, exclusion and threats against a named group in word orders the
    older rules miss ("every muslim should get out", "wipe them all out, the jews")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the group, its
        own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LEAVING_TERMS or term in w.OLDER_TERMS or _hc55_modal_all(hit):
            shaped = self._hc55_sent_off(ctx, hit)
        elif term in w.DRIVEN_OUT:
            shaped = self._hc55_driven_out(ctx, hit)
        elif term in w.COMING_TERMS:
            shaped = d39_writer_does(ctx, hit.first) and self._hc55_group_closes(ctx, hit.last)
        elif term in w.KNOW_TERMS:
            shaped = self._hc55_haunt_known(ctx, hit)
        elif term in w.BACKS_TERMS:
            shaped = self._hc55_group_called(ctx, hit)
        elif term in w.WATCH_TERMS:
            shaped = self._hc55_subject_opens(ctx, hit.first)
        elif term in w.NEVER_BORN or ctx.tokens[hit.first] in h53.OUTCOMES:
            shaped = self._hc55_made_to_suffer(ctx, hit)
        else:
            return target, note
        aimed = (Kind.GROUP, IDENTITY_NOTE)
        own = (w.OWN_TERMS, NO_GROUP_CALL_NOTE)
        shaped_from = hit.first if shaped else -1
        return self._hc55_settled(ctx, hit, shaped_from, aimed, own=own, kept=(target, note))

    def _hc55_settled(
        self,
        ctx: Context,
        hit: Hit,
        shaped_from: int,
        aimed: tuple[TargetKind, str],
        *,
        own: tuple[AbstractSet[str], str],
        kept: tuple[TargetKind, str],
    ) -> tuple[TargetKind, str]:
        """A round's ending (hatecheck55, hatecheck57, discord45): its shape, found from
        token `shaped_from` (-1: not found), is `aimed` unless quoted, asked or unsaid;
        else the round's own lexicon lines (`own`: terms, note) are cancelled and any
        other hit is `kept` as read."""
        if (
            shaped_from >= 0
            and not ctx.quoted_or_asked(shaped_from, hit.last)
            and not self._hc43_unsaid(ctx, hit)
        ):
            return aimed
        own_terms, own_note = own
        if hit.entry.term in own_terms:
            return Kind.OBJECT, own_note
        return kept

    def _hc55_sent_off(self, ctx: Context, hit: Hit) -> bool:
        """ "every muslim should get out": a modal run before the verb, a quantified
        group or a slur right before it opening its claim; a leaving verb closing."""
        tokens = ctx.tokens
        if tokens[hit.last - 1] in w.LEAVING_WORDS and not ctx.closes_after(
            hit.last, w.LEAVING_TAILS, w.LEAVING_TAIL_REACH
        ):
            return False
        at = ctx.back_over(hit.first, w.MODAL_RUN, w.MODAL_REACH)
        if w.MODAL_WORDS.isdisjoint(tokens[at : hit.last]):
            return False  # "i want them to go", "they all go"
        if at > 1 and tokens[at - 1] == w.THEM and not ctx.pause_after(at - 1):
            return self._hc55_them_named(ctx, at - 1, hit.last)
        return self._hc55_subject_opens(ctx, at)

    def _hc55_them_named(self, ctx: Context, them: int, last: int) -> bool:
        """ "every one of them should leave, the immigrants": "them" at token `them`
        under a quantifier opening the claim, the group named past the pause after the
        call ending at `last`."""
        lead = ctx.back_over(them, w.QUANTIFIERS, w.QUANTIFIER_REACH)
        if lead == them or not self._hc22_opens(ctx, lead):
            return False
        end = ctx.skip_ahead(last, w.LEAVING_TAILS, w.LEAVING_TAIL_REACH)
        return (
            end < len(ctx.tokens) and ctx.pause_after(end - 1) and self._hc55_group_closes(ctx, end)
        )

    def _hc55_subject_opens(self, ctx: Context, end: int) -> bool:
        """A group, one member or a plural slur ending right before token `end`, opening
        its claim past a few quantifiers ("each and every jew", "all the fags")."""
        if end < 1 or ctx.pause_after(end - 1):
            return False
        start = self._hc22_group_before(ctx, end)
        if start < 0:
            if ctx.tokens[end - 1] not in w.SLUR_SUBJECTS or ctx.quoted(end - 1, end):
                return False
            start = end - 1
        lead = ctx.back_over(start, w.QUANTIFIERS, w.QUANTIFIER_REACH)
        return self._hc22_opens(ctx, lead)

    def _hc55_driven_out(self, ctx: Context, hit: Hit) -> bool:
        """ "wipe them all out, the jews" or "the jews, wipe them out": the call opening
        its clause, the group named past a pause after it or before it."""
        if not hc55_call_opens(ctx, hit.first):
            return False
        end = ctx.skip_ahead(hit.last, w.DRIVE_TAILS, w.DRIVE_TAIL_REACH)
        if end < len(ctx.tokens) and ctx.pause_after(end - 1):
            return self._hc55_group_closes(ctx, end)
        lead = ctx.back_over(hit.first, w.CALL_LEADS, w.CALL_LEAD_REACH)
        return lead > 0 and ctx.pause_after(lead - 1) and self._named_before(ctx, lead)

    def _hc55_group_closes(self, ctx: Context, at: int) -> bool:
        """From token `at` on, a group past a few determiners closing its clause, maybe
        with chat's tails ("the jews", "every muslim in this town")."""
        tokens = ctx.tokens
        if at >= len(tokens):
            return False
        start = at
        if tokens[at] in w.GROUP_DETS:  # past a pause before "the": ", the jews"
            start = ctx.skip_ahead(at + 1, w.GROUP_DETS, w.GROUP_DET_REACH)
        end = self._hc21_member(tokens, start, len(tokens))
        if end < 0 and start < len(tokens) and tokens[start] in w.SLUR_SUBJECTS:
            end = start + 1
        return end > 0 and ctx.closes_after(end, w.GROUP_TAILS, w.GROUP_TAIL_REACH)

    def _hc55_haunt_known(self, ctx: Context, hit: Hit) -> bool:
        """ "we know where the refugees live": the writer knowing, a group after, then
        where it lives, prays or gathers ("i know where" only where it lives)."""
        tokens = ctx.tokens
        if not d39_writer_does(ctx, hit.first):
            return False
        start = ctx.skip_ahead(hit.last, w.GROUP_DETS, w.GROUP_DET_REACH)
        end = self._hc21_member(tokens, start, len(tokens))
        if end < 0 or end >= len(tokens) or ctx.pause_after(end - 1):
            return False
        haunts = w.HAUNTS if tokens[hit.first - 1] == w.WE else w.HOMES
        return tokens[end] in haunts

    def _hc55_group_called(self, ctx: Context, hit: Hit) -> bool:
        """ "watch your backs, immigrants" or "muslims, watch your backs": the group
        called past a pause on either side."""
        if hit.last < len(ctx.tokens) and ctx.pause_after(hit.last - 1):
            return self._hc55_group_closes(ctx, hit.last)
        before = hit.first - 1
        if before < 0 or not ctx.pause_after(before):
            return False
        start = self._hc22_group_before(ctx, hit.first)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc55_made_to_suffer(self, ctx: Context, hit: Hit) -> bool:
        """ "make the gays wish they were never born", "let's make the jews pay": "make"
        before the group before the outcome, by the writer or opening its clause."""
        if hit.entry.term in w.NEVER_BORN:
            wish = ctx.back_over(hit.first, w.WISHING, w.WISH_REACH) - 1
            if wish < 1 or ctx.tokens[wish] != w.WISH or ctx.pause_after(wish):
                return False
            hit = hit._replace(first=wish)
        make = self._hc53_make_before(ctx, hit)
        return make >= 0 and (d39_writer_does(ctx, make) or hc55_call_opens(ctx, make))


def hc55_call_opens(ctx: Context, at: int) -> bool:
    """The call at token `at` opens its clause past a few leads ("let's", "just", "we
    need to"): an order, not a report ("he said to wipe them out")."""
    lead = ctx.back_over(at, w.CALL_LEADS, w.CALL_LEAD_REACH)
    return lead == 0 or ctx.starts_sentence(lead) or ctx.pause_after(lead - 1)


def _hc55_modal_all(hit: Hit) -> bool:
    """An older line of a modal, "all" and a call: "should all burn", "must all be
    executed"."""
    words = hit.entry.tokens
    return len(words) > 2 and words[0] in w.MODAL_WORDS and words[1] == w.ALL
