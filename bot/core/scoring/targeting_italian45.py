"""Targeting rules of the italian45 round (issue 8, thirty-first session): Italian hate
against an identity group with no harm word of its own, which the base read as aimed at
no one or at the reader.

- The rhetorical fragment: a named group as a topic of its own (asked, or set off by a
  comma or a colon, as italian44 reads it), then a bare place it is sent to
  (italian45_words.FRAGMENTS: prisons, cages, asylums, camps and ovens, the boat or
  train out, the kitchen, servitude, things thrown away): "gli ebrei? nel forno", "i
  rom? tutti in galera", "le donne? in cucina e zitte", "i disabili? da buttare". The
  place closes its clause past a few tails ("a vita", "e zitte", "per auschwitz").
  Older lines of the kind (OLDER_FRAGMENTS: "in gabbia", "a casa loro") are aimed at the
  group there too, and cancelled after a thing's topic ("i criceti? in gabbia"), which
  the older rules read as aimed at the reader. Stay clean: "la pizza? al forno", "i
  ladri? in galera" (no identity group), "i musulmani? in moschea per la festa" (no
  such place), "i rom? in galera? ma che dici" (asked back), "chi scrive 'gli ebrei?
  nel forno' è un criminale" (quoted, the group no topic of the writer's).
- A conditional of mistreatment: a group opening its sentence, a passive modal
  ("andrebbero", "vanno", "dovrebbero essere") and a participle of silencing, control or
  removal (PASSIVES): "le donne andrebbero zittite", "i gay andrebbero rieducati", "i
  musulmani dovrebbero essere schedati". Stay clean: "i bambini andrebbero vaccinati"
  (no such participle), "gli immigrati andrebbero aiutati", "i gay non andrebbero
  puniti" (denied), "chi dice che i gay andrebbero rieducati è un ignorante" (the group
  does not open the sentence), "andrebbero isolati per proteggerli" (a care or a
  condition after it).
- A right or a thing taken from a group as a demand (TAKINGS: "bisognerebbe togliere",
  "andrebbe tolta"), the group a dative opening the sentence before it or closing it
  after the thing, and the thing one a person holds (TAKEN: "il voto", "i figli", "la
  cittadinanza"): "ai rom bisognerebbe togliere i figli", "agli immigrati andrebbe tolta
  la cittadinanza". Stay clean: "ai disabili bisognerebbe togliere le barriere" (no such
  thing), "ai bambini andrebbe tolto il telefono" (no identity group).

All shapes are cancelled when quoted, asked, reported after ("..., dicono i leghisti")
or denied before ("non è vero che ..."); this round's own lines out of shape are
cancelled.

Cost per hit: one frozenset test of the term per list; then at most FRAGMENT_LEAD_REACH
back and italian44's topic reach, or PASSIVE_BETWEEN_REACH + 2 back and italian42's
opening reach, or TAKE_ARTICLE_REACH + 1 ahead and TAKE_LEAD_REACH + DATIVE_GROUP_REACH
+ 3 back; FRAGMENT_TAIL_REACH or TAMER_REACH ahead. No regex, no new work for messages
without these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian42_words as i42
from bot.core.scoring import italian44_words as i44
from bot.core.scoring import italian45_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid35 import Olid35Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SENT_NOTE", "Italian45Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SENT_NOTE: Final = "no identity group sent away, mistreated or stripped of a right"


class Italian45Rules(Olid35Rules):
    """An identity group sent to a bare place after its topic, called to be mistreated
    in a conditional, or stripped of a right as a demand."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.FRAGMENTS or term in w.OLDER_FRAGMENTS:
            if target is not Kind.REPORTED and self._it45_fragment(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "gli ebrei? nel forno"
            if term in w.FRAGMENTS or self._it45_thing_topic(ctx, hit):
                return Kind.NONE, NOT_SENT_NOTE  # "la pizza? al forno", "i criceti? in gabbia"
            return target, note
        if term in w.PASSIVES:
            if target is not Kind.REPORTED and self._it45_mistreated(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "le donne andrebbero zittite"
            return Kind.NONE, NOT_SENT_NOTE  # "i dati andrebbero isolati"
        if term in w.TAKINGS:
            if target is not Kind.REPORTED and self._it45_taken(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "ai rom bisognerebbe togliere i figli"
            return Kind.NONE, NOT_SENT_NOTE  # "ai bambini andrebbe tolto il telefono"
        return target, note

    def _it45_fragment(self, ctx: Context, hit: Hit) -> bool:
        """The place opens a fragment after a pause that closes a named group's topic
        (italian44's reading) and closes its clause past a few tails; said as the
        writer's own words."""
        start = ctx.back_over(hit.first, w.FRAGMENT_LEAD, w.FRAGMENT_LEAD_REACH)
        if start < 1 or not ctx.pause_after(start - 1):
            return False
        if not ctx.closes_after(hit.last, w.FRAGMENT_TAILS, w.FRAGMENT_TAIL_REACH):
            return False  # "i musulmani? in cucina a preparare la festa"
        if ctx.ends_asking(hit.first) or ctx.quoted(hit.first, hit.last):
            return False  # "i rom? in galera? ma che dici"
        if ctx.any_ahead(hit.last, i44.SAYINGS, i44.SAYING_REACH):
            return False  # "..., dicevano i nazisti"
        return self._it44_topic(ctx, start) and not self._hc9_unsaid(ctx, hit)

    def _it45_mistreated(self, ctx: Context, hit: Hit) -> bool:
        """ "i gay andrebbero (tutti) rieducati", "le donne dovrebbero essere zittite": a
        group opening its sentence right before the passive modal; no condition or care
        after."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PASSIVE_BETWEEN, w.PASSIVE_BETWEEN_REACH)
        if at >= 1 and tokens[at - 1] in w.PASSIVE_MODALS:
            modal = at - 1
        elif at >= 2 and tokens[at - 1] == w.BE and tokens[at - 2] in w.BE_MODALS:
            modal = at - 2
        else:
            return False
        if ctx.pause_after(at - 1) or (modal < at - 1 and ctx.pause_after(modal)):
            return False
        start = self._it42_opening(ctx, modal, i42.BETWEEN)
        if start < 0 or ctx.any_ahead(hit.last, w.PASSIVE_TAMERS, w.TAMER_REACH):
            return False
        return not (ctx.quoted_or_asked(start, hit.last) or self._it42_claimed(ctx, hit))

    def _it45_taken(self, ctx: Context, hit: Hit) -> bool:
        """ "ai rom bisognerebbe togliere i figli", "bisognerebbe togliere i figli ai
        rom": a thing a person holds after the demand, a dative group opening the
        sentence before it or closing it after the thing."""
        tokens = ctx.tokens
        size = len(tokens)
        at = ctx.skip_ahead(hit.last, w.TAKE_ARTICLES, w.TAKE_ARTICLE_REACH)
        if at >= size or tokens[at] not in w.TAKEN or ctx.pause_after(at - 1):
            return False
        start = self._it45_dative_before(ctx, hit.first)
        if start < 0:
            if not ctx.opens_after(hit.first, i42.OPENERS, i42.OPENER_REACH):
                return False
            end = self._it39_dative_group(ctx, _it45_noun_end(ctx, at + 1))
            if end < 0 or not ctx.closes_clause(end):
                return False
            start = hit.first
        return not (ctx.quoted_or_asked(start, hit.last) or self._it42_claimed(ctx, hit))

    def _it45_dative_before(self, ctx: Context, first: int) -> int:
        """ "ai rom (si) bisognerebbe ...", "a tutti gli immigrati andrebbe ...": a dative
        group opening the sentence right before token `first`; where the sentence
        starts, or -1."""
        tokens = ctx.tokens
        end = ctx.back_over(first, w.TAKE_LEAD, w.TAKE_LEAD_REACH)
        if end < 2 or ctx.pause_after(end - 1):
            return -1
        start = self._it40_group_before(tokens, end)
        if start < 1:
            return -1
        lead = ctx.back_over(start, w.DATIVE_GROUP_LEAD, w.DATIVE_GROUP_REACH)
        dative = lead - 1
        if dative < 0 or tokens[dative] not in w.DATIVES or ctx.pause_after(dative):
            return -1
        opening = ctx.back_over(dative, i42.OPENERS, i42.OPENER_REACH)
        return opening if ctx.starts_sentence(opening) else -1

    def _it45_thing_topic(self, ctx: Context, hit: Hit) -> bool:
        """An older fragment right after a pause that closes a thing's topic, an article
        and a noun or two opening the sentence and no group among them ("i criceti? in
        gabbia"), the fragment closing its clause: the thing is sent there, not the
        reader."""
        start = hit.first
        if start < 2 or not ctx.pause_after(start - 1) or not ctx.closes_clause(hit.last):
            return False
        opening = ctx.sentence_start(start - 1, w.THING_SPAN)
        if not ctx.starts_sentence(opening) or start - opening < 2:
            return False
        tokens = ctx.tokens
        if tokens[opening] not in w.THING_ARTICLES:
            return False
        return all(self._group_end(tokens, i) < 0 for i in range(opening + 1, start))


def _it45_noun_end(ctx: Context, at: int) -> int:
    """Past "di voto" of "il diritto di voto": where the thing's words end."""
    tokens = ctx.tokens
    if at + 1 < len(tokens) and tokens[at] == "di" and tokens[at + 1] in w.TAKEN:
        return at + 2
    return at
