"""Targeting rules of the hatecheck87 round (issue 8): a named identity group denied a
presence with plain place words, and distrust of a group's member stated as the
writer's rule, which the older rules miss (discord60 reads "be here" only after a user
mention; hatecheck22 reads "stay out of" but not a bare "stay out"; hatecheck38 reads
its places only after "no <group>").

- The place denied: a named group opening its claim (hatecheck22's group and openers:
  "honestly", "these"), a negation before "be" ("shouldnt", "should not", over "even"),
  then "here" (discord60's "be here") or "in our/this <place>" (this round's lines and
  hatecheck38's), said whole or with a few tails: "women shouldnt be here", "muslims
  shouldnt be in our schools", "jews should not be here at all".
- Kept out: the group, an order before "stay" ("should", "need to", over "just"), then
  this round's "stay out" or an older "out of our <place>" line, said whole: "immigrants
  should stay out", "trans people should stay out of our town".
- Distrust: the writer ("i", or nobody named opening the sentence), this round's
  "wouldnt trust" lines, a member or the group right after ("a muslim", "gay people"),
  then the clause closing or a few tails ("with anything", "ever"): "i wouldnt trust a
  muslim", "wouldnt trust a jew".

Stay clean: no group ("people shouldnt be here after 10pm", "kids should stay out of the
kitchen"), one person ("he shouldnt be here, hes sick", "i wouldnt trust him"), a time
or a reason going on after the place, reports, sayings and counter-speech (hatecheck28's
`_hc28_others`: "saying women shouldnt be here is gross", "my uncle says immigrants should
stay out, ugh"), game talk (hatecheck85's, or a match's order opening the next clause after
a bare "be here" or "stay out": "the germans shouldnt be here, flank them", "..., push b"),
quotes and questions ("who says women shouldnt be here?"), a welcome
("women should be here more often": no negation). This round's lines out of the shapes
are cancelled; the older lines out of them keep their readings.

Cost per hit: a frozenset test of the term (most hits end there); then at most
BE_GAP_REACH or STAY_GAP_REACH adverbs and two tokens of the negation or order back,
hatecheck22's two-token group and OPENER_REACH, TAIL_REACH (TRUST_TAIL_REACH) tokens
ahead (and ORDER_REACH past a pause for a match's order) and hatecheck28's sentence
frame. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck87_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats18 import Threats18Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_KEPT_OUT87_NOTE", "HateCheck87Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_KEPT_OUT87_NOTE: Final[str] = "no named group denied a place or distrusted"


class HateCheck87Rules(Threats18Rules):
    """A named group denied a place ("women shouldnt be here", "immigrants should stay
    out") or distrusted as a rule ("i wouldnt trust a muslim")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the named group,
        this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.HERE or term in w.PLACES:
            shaped = self._hc87_place_denied(ctx, hit)
        elif term in w.STAY_OUT or term in w.OUT_OF_OURS:
            shaped = self._hc87_kept_out(ctx, hit)
        elif term in w.TRUST:
            shaped = self._hc87_distrusted(ctx, hit)
        else:
            return target, note  # most hits
        if shaped:
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_KEPT_OUT87_NOTE  # "kids should stay out", "i wouldnt trust him"
        return target, note  # "the dog shouldnt be here", "muslims live in this country"

    def _hc87_place_denied(self, ctx: Context, hit: Hit) -> bool:
        """A group opening its claim, a negation before "be" and the place, said whole:
        "women shouldnt be here", "muslims shouldnt be in our schools"."""
        tokens = ctx.tokens
        verb = hit.first if hit.entry.term in w.HERE else hit.first - 1
        if verb < 1 or tokens[verb] != w.BE or ctx.pause_after(verb):
            return False  # "muslims live in our town", "be, here"
        negation = _hc87_run_before(ctx, ctx.back_over(verb, w.BE_GAP, w.BE_GAP_REACH), w.NOT_BE)
        return negation >= 0 and self._hc87_group_claims(ctx, hit, negation, w.TAILS, w.TAIL_REACH)

    def _hc87_kept_out(self, ctx: Context, hit: Hit) -> bool:
        """A group opening its claim, an order before "stay" and "out" said whole:
        "immigrants should stay out", "gays need to stay out of our town"."""
        tokens = ctx.tokens
        verb = hit.first if hit.entry.term in w.STAY_OUT else hit.first - 1
        if verb < 1 or tokens[verb] != w.STAY or ctx.pause_after(verb):
            return False  # "keep immigrants out of our town" is read by older rules
        order = _hc87_run_before(ctx, ctx.back_over(verb, w.STAY_GAP, w.STAY_GAP_REACH), w.MUST)
        return order >= 0 and self._hc87_group_claims(ctx, hit, order, w.TAILS, w.TAIL_REACH)

    def _hc87_group_claims(
        self, ctx: Context, hit: Hit, at: int, tails: frozenset[str], reach: int
    ) -> bool:
        """A named group ending right before token `at` opens its claim (hatecheck22's
        openers), the hit closes its clause over `tails`, and the claim is the writer's:
        neither quoted, asked, reported nor judged (hatecheck28's frame)."""
        if self._hc85_in_game(ctx) or _hc87_game_orders(ctx, hit):
            return False  # "the germans shouldnt be here, flank them": a match's side
        start = self._hc22_group_before(ctx, at)
        if start < 0 or ctx.pause_after(at - 1) or not self._hc22_opens(ctx, start):
            return False  # "people shouldnt be here", "my uncle says immigrants ..."
        if not ctx.closes_after(hit.last, tails, reach):
            return False  # "... be here after 10pm", "... in our schools without papers"
        return not ctx.quoted_or_asked(start, hit.last) and not self._hc28_others(ctx, hit)

    def _hc87_distrusted(self, ctx: Context, hit: Hit) -> bool:
        """The writer (or nobody named, opening the sentence) before "wouldnt trust", a
        member or the group right after, said whole: "i wouldnt trust a muslim"."""
        tokens = ctx.tokens
        if self._hc85_in_game(ctx):
            return False  # "i wouldnt trust a german on their team": a match's side
        at = ctx.back_over(hit.first, w.WRITER_GAP, w.WRITER_GAP_REACH)
        if at > 0 and tokens[at - 1] in w.WRITER and not ctx.pause_after(at - 1):
            if not self._hc22_opens(ctx, at - 1):
                return False  # "my grandma says i wouldnt trust ..."
            at -= 1  # "i [honestly] wouldnt trust"
        elif not ctx.starts_sentence(at):
            return False  # "my grandma says she wouldnt trust a muslim"
        member = ctx.skip_ahead(hit.last, w.ARTICLES, 1)
        end = self._hc21_member(tokens, member, len(tokens))
        if end < 0 or ctx.pause_after(hit.last - 1):
            return False  # "i wouldnt trust him", "... trust that bridge"
        if not ctx.closes_after(end, w.TRUST_TAILS, w.TRUST_TAIL_REACH):
            return False  # "i wouldnt trust a muslim doctor less than any other"
        return not ctx.quoted_or_asked(at, end) and not self._hc28_others(ctx, hit)


def _hc87_game_orders(ctx: Context, hit: Hit) -> bool:
    """A match's order opening the clause after a bare "be here" or "stay out" hit, at most
    ORDER_REACH tokens into it, not said in real life: "..., flank them", "..., lets push
    b"; never after a named place ("... in our town, flank them")."""
    term = hit.entry.term
    if ctx.in_real_life or (term not in w.HERE and term not in w.STAY_OUT):
        return False
    tokens = ctx.tokens
    size = len(tokens)
    pause = next(
        (k for k in range(hit.last - 1, min(size, hit.last + w.TAIL_REACH)) if ctx.pause_after(k)),
        -1,
    )
    if pause < 0:
        return False
    for i in range(pause + 1, min(size, pause + 1 + w.ORDER_REACH)):
        if tokens[i] in w.GAME_ORDERS:
            return True
        if tokens[i] == w.PUSH and i + 1 < size and tokens[i + 1] in w.PUSHED_TO:
            return True
    return False


def _hc87_run_before(ctx: Context, at: int, runs: frozenset[tuple[str, ...]]) -> int:
    """Where one of `runs` ending right before token `at` starts, unbroken by a pause, or
    -1: "[shouldn t] be", "[need to] stay"."""
    tokens = ctx.tokens
    for length in (1, 2):
        first = at - length
        if (
            first >= 0
            and tuple(tokens[first:at]) in runs
            and not any(ctx.pause_after(i) for i in range(first, at))
        ):
            return first
    return -1
