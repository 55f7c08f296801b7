"""Targeting rules of the italian54 round (issue 8): a named group derided or shut out
without a slur, which the older lines missed.

- Trouble or a plague said to come with a named group: "dove" opening a clause that names
  a group before trouble ("dove ci sono i rom ci sono guai", "dove arrivano gli immigrati
  arrivano i guai"); a group as the subject of bringing trouble ("i neri portano solo
  guai", "i trans creano solo casini"); a group likened to a plague over a copula or as
  the object avoided ("i gay sono come la peste", "gli ebrei sono peggio della peste",
  "evitate i musulmani come la peste", "i rom? come la peste"). Stay clean: "dove ci sono
  zanzare ci sono guai", "questo governo porta solo guai", "evito lo zucchero come la
  peste", "i rom sono trattati come la peste".
- A named group kept away or not hired: the group right after "non si assumono", "mai
  assumere", "non bisogna assumere", "non fate avvicinare" ("ecco perché non si assumono
  donne", "mai assumere un ebreo"); "tenete <group> lontani da ..." with the keeping verb
  before the group, or "teneteli lontani" with the group named just before ("tenete i rom
  lontani dai vostri figli", "i disabili teneteli lontani dalle scuole"). Stay clean:
  "tenete i farmaci lontani dai bambini", "non assumete mai farmaci senza ricetta",
  "ecco perché non si assumono rischi".

Quoted or asked lines, another's saying, a denial before the term and counter-speech in
the sentence ("è una vergogna che ...", "chi pensa che ... è ignorante") stay clean. The
shapes' lines (identity_attack.txt, exclusion.txt) count only in them.

Cost per hit: a frozenset test of the term; then at most WHERE_REACH, LINK_REACH or the
subject readers' reach back, the group finder over a few words ahead, and one sentence
tested against COUNTER. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian17_words as i17
from bot.core.scoring import italian53_words as i53
from bot.core.scoring import italian54_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid39 import Olid39Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED54_NOTE", "Italian54Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED54_NOTE: Final[str] = "no named group tied to trouble, kept away or not hired"
# Between a hiring verb and its group: "non assumete mai più nessun musulmano".
_HIRE_GAP: Final[frozenset[str]] = i53.GROUP_GAP | frozenset({
    "mai", "piu", "nessun", "nessuna", "nessuno", "dei", "degli", "delle", "altri", "altre",
})  # fmt: skip


class Italian54Rules(Olid39Rules):
    """A named group tied to trouble or a plague, kept away or not hired."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and self._it54_shaped(ctx, hit, term)
            and not self._it54_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "dove ci sono i rom ci sono guai"
        return Kind.NONE, NOT_SHAPED54_NOTE

    def _it54_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The line in one of the round's shapes, with a named group where it wants one."""
        if term in w.WHERE_TERMS:
            return self._it54_where(ctx, hit.first)
        if term in w.BRING_TERMS:
            return self._it54_subject(ctx, ctx.back_over(hit.first, i17.BETWEEN, 3))
        if term in w.PLAGUE_TERMS:
            return self._it54_subject(ctx, ctx.back_over(hit.first, w.LINKS, w.LINK_REACH))
        if term in w.AFTER_TERMS:
            return self._hc43_group_after(ctx, hit.last, _HIRE_GAP) > 0
        return self._it54_kept(ctx, hit.first) and _it54_kept_from_us(ctx, hit.last)

    def _it54_where(self, ctx: Context, first: int) -> bool:
        """ "dove" in the few tokens before `first`, a named group between them."""
        tokens = ctx.tokens
        floor = max(ctx.sentence_start(first, w.WHERE_REACH), first - w.WHERE_REACH)
        for at in range(first - 1, floor - 1, -1):
            if tokens[at] == w.WHERE:
                return any(self._group_end(tokens, i) > 0 for i in range(at + 1, first))
        return False

    def _it54_subject(self, ctx: Context, at: int) -> bool:
        """A named group heads the clause ending before token `at`, or closes the one
        before a pause ("i rom? come la peste")."""
        if at == 0:
            return False
        if ctx.pause_after(at - 1):
            return self._i15_group_before(ctx, at)
        return self._i17_group_heads_subject(ctx, at)

    def _it54_kept(self, ctx: Context, first: int) -> bool:
        """ "tenete <group> lontani": a keeping verb just before a group that ends right
        before token `first`; or "teneteli lontani" after a group named before."""
        tokens = ctx.tokens
        if first > 0 and tokens[first - 1] in w.KEEP_CLITICS:
            return self._it53_group_back(ctx, first - 1)
        for i in range(max(1, first - 3), first):
            if self._group_end(tokens, i) == first:
                return not w.KEEP.isdisjoint(tokens[max(0, i - 2) : i])
        return False

    def _it54_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, another's saying or a denial before the term, or
        counter-speech in its sentence ("è una vergogna che ...")."""
        if ctx.quoted_or_asked(hit.first, hit.last) or self._hc9_unsaid(ctx, hit):
            return True
        if self._it11_reported(ctx, hit):
            return True
        start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, w.SENTENCE_REACH)
        return not w.COUNTER.isdisjoint(ctx.tokens[start:end])


def _it54_kept_from_us(ctx: Context, at: int) -> bool:
    """What the group is kept from, at token `at` or after one possessive, is people,
    their places or the country (w.KEPT_FROM), not a danger."""
    tokens = ctx.tokens
    if at < len(tokens) and tokens[at] in w.OWNERS:
        at += 1
    return at < len(tokens) and tokens[at] in w.KEPT_FROM
