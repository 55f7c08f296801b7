"""Targeting rules of the italian41 round (issue 8, twenty-ninth session): Italian wishes of
harm or removal against an identity group said in the conditional, which the base read
as aimed at no one or missed.

- Better off without a group: "senza" (a new lexicon line), articles or quantifiers
  alone, a group, and in the sentence around it a conditional of being or living
  (italian41_words.CONDITIONALS) with a word of betterness a few words after it
  (BETTER): "senza gli immigrati staremmo tutti meglio", "il paese sarebbe più sicuro
  senza gli stranieri", "un mondo senza ebrei sarebbe un mondo migliore", "senza i rom
  le nostre città sarebbero più pulite". Stay clean: "il mondo sarebbe migliore senza le
  guerre" (no group), "senza gli immigrati l'economia crollerebbe", "senza le donne il
  mondo sarebbe noioso" (no betterness), "senza gli stranieri non staremmo meglio"
  (denied), "staremmo meglio senza gli immigrati?" (asked; with "non", "non staremmo
  meglio senza ...?", it asks the reader to agree, as hateprobe3 reads it).
- A harm a group would deserve: the older "meriterebbe(ro)", "merita(no)" (italian40's
  terms) with the group opening the clause before it and a harm right after it, a noun
  (HARMS, after a few leads) or a passive after "di essere" (HARM_PASSIVES): "i trans
  meriterebbero una pallottola", "i froci meriterebbero la forca", "gli zingari
  meriterebbero di essere bruciati vivi". Stay clean: "le donne meriterebbero più
  rispetto", "i gay meriterebbero di potersi sposare", "i ladri meriterebbero la forca"
  (no identity group).
- A beating a group would need: "servirebbe(ro)", "ci vorrebbe(ro)" (new lines, NEEDS)
  with a dative group opening the sentence before it, or after the beating, and a
  beating or "a lesson" after a few leads (BEATINGS): "ai rom servirebbero due
  schiaffi", "agli immigrati ci vorrebbe una bella lezione", "servirebbe una bella
  lezione a questi zingari". Stay clean: "agli immigrati servirebbe più aiuto", "ai
  ragazzi servirebbe una bella lezione di educazione civica" (a real lesson, and no
  identity group).
- A group better dead (new lines, BETTER_DEAD), the group opening the clause right
  before it: "i disabili starebbero meglio morti". A group better gone: the older
  "esistessero" after "se", the group and "non", with a word of betterness hatecheck27
  does not read before "se" (GONE_BETTER): "sarebbe bello se gli ebrei non esistessero".
- Clears, for these shapes and the older removal terms ("sarebbe migliore senza",
  "sparissero"...): another's claim asked ("davvero pensi che l'italia starebbe meglio
  senza i musulmani?"), reported after it ("sarebbe meglio se i rom sparissero: è
  questo che dicono i razzisti") or judged as a saying ("dire che il mondo sarebbe
  migliore senza le donne è schifoso", whose judging word after "è" is no attack on the
  group either).

Cost per hit: one frozenset test of the term per list; then at most GROUP_LEAD_REACH +
WITHOUT_REACH tokens on each side of "senza", a few tokens back and BEATING_LEAD_REACH
ahead of a need, CLAIM_REACH back or ahead for a claim. No regex, no new work for
messages without these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian40_words as w40
from bot.core.scoring import italian41_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.targeting_precision29 import Precision29Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_WISHED_NOTE", "Italian41Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_WISHED_NOTE: Final = "no identity group wished away or harmed by the writer"


class Italian41Rules(Precision29Rules):
    """An identity group wished away or harmed in the conditional."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed or cancelled, the
        older removal terms cleared when another's claim is asked, reported or judged."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.WITHOUT:
            found = self._it41_without(ctx, hit)
        elif term in w.NEEDS:
            found = self._it41_needed(ctx, hit)
        elif term in w.BETTER_DEAD:
            found = self._it41_subject(ctx, hit.first)
        elif term in w40.MERIT_VERBS and target not in AIMED_KINDS:
            found = self._it41_deserved(ctx, hit)
            if found < 0:
                return target, note  # italian40's reading stands
        elif term == w.EXIST and target not in AIMED_KINDS:
            found = self._it41_gone(ctx, hit)
            if found < 0:
                return target, note  # hatecheck27's reading stands
        elif target in AIMED_KINDS and _it41_saying_judged(ctx, hit):
            return Kind.NONE, NOT_WISHED_NOTE  # "dire che ... è schifoso"
        elif term in w.OLD_REMOVALS and target in AIMED_KINDS:
            if _it41_others_claim(ctx, hit):
                return Kind.NONE, NOT_WISHED_NOTE  # "davvero pensi che ...?"
            return target, note
        else:
            return target, note
        said = found >= 0 and target is not Kind.REPORTED and not ctx.quoted(hit.first, hit.last)
        if said and not _it41_others_claim(ctx, hit) and not self._it41_denied(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "senza gli immigrati staremmo tutti meglio"
        return Kind.NONE, NOT_WISHED_NOTE  # "il mondo sarebbe migliore senza le guerre"

    def _it41_denied(self, ctx: Context, hit: Hit) -> bool:
        """The wish denied before it: "non è vero che ...", "non direi mai che ..."."""
        return self._framed_as_false(ctx, hit) or self._opinion_denied(ctx, hit)

    def _it41_without(self, ctx: Context, hit: Hit) -> int:
        """ "senza <group>" with a conditional of being better in its sentence: where the
        sentence's read part starts, or -1."""
        tokens = ctx.tokens
        size = len(tokens)
        at = ctx.skip_ahead(hit.last, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if at >= size or ctx.pause_after(at - 1):
            return -1
        end = self._group_end(tokens, at)
        if end < 0:
            return -1
        start = ctx.sentence_start(hit.first, w.WITHOUT_REACH)
        stop = ctx.sentence_end(end - 1, w.WITHOUT_REACH)
        for i in range(start, stop):
            if hit.first <= i < end or tokens[i] not in w.CONDITIONALS:
                continue
            if not _it41_better_after(ctx, i + 1, stop):
                continue
            negated = i >= 1 and tokens[i - 1] in w.NOT
            asked = ctx.ends_asking(hit.first)
            if negated == asked:  # said outright, or asked the reader to agree with "non"
                return start
        return -1

    def _it41_needed(self, ctx: Context, hit: Hit) -> int:
        """ "ai rom servirebbero due schiaffi", "servirebbe una lezione a questi zingari":
        where the dative group's sentence starts, or -1."""
        tokens = ctx.tokens
        beating = _it41_beating_after(ctx, hit.last)
        if beating < 0:
            return -1
        before = hit.first
        if before >= 1 and tokens[before - 1] == w.CI and not ctx.pause_after(before - 1):
            before -= 1  # "agli immigrati ci servirebbe"
        if before >= 2 and not ctx.pause_after(before - 1):
            start = self._it40_group_before(tokens, before)
            if start >= 1:
                lead = ctx.back_over(start, w.DATIVE_LEAD, w.GROUP_LEAD_REACH)
                if lead >= 1 and tokens[lead - 1] in w.DATIVES and not ctx.pause_after(lead - 1):
                    opened = ctx.opens_after(lead - 1, w.OPENERS, w.OPENER_REACH)
                    return lead - 1 if opened else -1
        if not ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH):
            return -1
        at = beating + 1
        size = len(tokens)
        if at >= size or tokens[at] not in w.DATIVES or ctx.pause_after(at - 1):
            return -1
        at = ctx.skip_ahead(at + 1, w.DATIVE_LEAD, w.GROUP_LEAD_REACH)
        end = self._group_end(tokens, at) if at < size else -1
        return hit.first if end > 0 and ctx.closes_clause(end) else -1

    def _it41_subject(self, ctx: Context, first: int) -> int:
        """A group opening its clause right before token `first` ("i disabili starebbero
        meglio morti"): where the clause starts, or -1."""
        if first < 1 or ctx.pause_after(first - 1):
            return -1
        start = self._it40_group_before(ctx.tokens, first)
        if start < 0:
            return -1
        lead = ctx.back_over(start, w.OPENERS, w.OPENER_REACH)
        return lead if ctx.starts_sentence(lead) else -1

    def _it41_deserved(self, ctx: Context, hit: Hit) -> int:
        """ "i trans meriterebbero una pallottola", "gli zingari meriterebbero di essere
        bruciati": where the group's clause starts, or -1."""
        start = self._it41_subject(ctx, hit.first)
        return start if start >= 0 and _it41_harm_after(ctx, hit.last) else -1

    def _it41_gone(self, ctx: Context, hit: Hit) -> int:
        """ "sarebbe bello se gli ebrei non esistessero": where the wish starts, or -1."""
        tokens = ctx.tokens
        negation = hit.first - 1
        if negation < 2 or tokens[negation] not in w.NOT or ctx.pause_after(negation - 1):
            return -1
        start = self._it40_group_before(tokens, negation)
        if start < 0:
            return -1
        lead = ctx.back_over(start, w40.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if lead < 2 or tokens[lead - 1] != w.IF or ctx.pause_after(lead - 2):
            return -1
        floor = max(0, lead - 1 - w.GONE_REACH)
        for i in range(lead - 2, floor - 1, -1):
            if tokens[i] in w.GONE_BETTER:
                return i
            if ctx.pause_after(i):
                break
        return -1


def _it41_better_after(ctx: Context, at: int, stop: int) -> bool:
    """A word of betterness within a few tokens from `at` on, before `stop` and never past
    a pause: "staremmo [tutti] meglio", "sarebbe [più] sicuro", "sarebbe [un] paradiso"."""
    tokens = ctx.tokens
    for i in range(at, min(stop, at + 4)):
        if tokens[i] in w.BETTER:
            return True
        if ctx.pause_after(i):
            return False
    return False


def _it41_harm_after(ctx: Context, at: int) -> bool:
    """A harm from token `at` on: "una pallottola", "un'altra deportazione", "di essere
    bruciati"."""
    tokens = ctx.tokens
    size = len(tokens)
    if at >= size or ctx.pause_after(at - 1):
        return False
    if tuple(tokens[at : at + 2]) == w.PASSIVE_LEAD:
        return at + 2 < size and tokens[at + 2] in w.HARM_PASSIVES
    for _ in range(w.HARM_LEAD_REACH):
        if at < size and tokens[at] in w.HARM_LEAD and not ctx.pause_after(at):
            at += 1
    return at < size and tokens[at] in w.HARMS


def _it41_beating_after(ctx: Context, at: int) -> int:
    """Where a beating or "a lesson" stands from token `at` on ("due schiaffi", "una bella
    lezione"), not a lesson of something ("lezione di storia"), or -1."""
    tokens = ctx.tokens
    size = len(tokens)
    if at >= size or ctx.pause_after(at - 1):
        return -1
    for _ in range(w.BEATING_LEAD_REACH):
        if at < size and tokens[at] in w.BEATING_LEAD and not ctx.pause_after(at):
            at += 1
    if at >= size or tokens[at] not in w.BEATINGS:
        return -1
    after = at + 1
    if after < size and tokens[after] in w.OF and not ctx.pause_after(at):
        return -1
    return at


def _it41_others_claim(ctx: Context, hit: Hit) -> bool:
    """Another's claim: asked of the reader ("davvero pensi che ...?"), said by others
    after it ("...: è questo che dicono i razzisti", "..., dicono i leghisti") or judged
    as a saying ("dire che ... è schifoso")."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.CLAIM_REACH)
    if tokens[start] in w.SAYINGS and start + 1 < len(tokens) and tokens[start + 1] == w.THAT:
        return True
    if ctx.ends_asking(hit.first):
        for i in range(start, hit.first - 1):
            if tokens[i] in w.ASKED_CLAIMS and tokens[i + 1] == w.THAT:
                return True
    end = ctx.sentence_end(hit.last - 1, w.CLAIM_REACH)
    for i in range(hit.last, end):
        if tokens[i] in w.SAID_AFTER:
            return any(ctx.pause_after(j) for j in range(hit.last - 1, i))
    return False


def _it41_saying_judged(ctx: Context, hit: Hit) -> bool:
    """A judging word right after "è" closing a sentence that opens with a saying: "dire
    che il mondo sarebbe migliore senza le donne è schifoso" judges the saying."""
    tokens = ctx.tokens
    first = hit.first
    if first < 4 or tokens[first - 1] != w.IS or not ctx.closes_clause(hit.last):
        return False
    start = ctx.sentence_start(first, w.CLAIM_REACH)
    return first - 1 > start + 2 and tokens[start] in w.SAYINGS and tokens[start + 1] == w.THAT
