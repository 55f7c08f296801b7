"""Targeting rules of the hatecheck78 round (issue 8): the writer's hatred or aversion
aimed at a pronoun that stands for a named group mentioned earlier in the message, the
functional suites' reference-by-pronoun cases that hatecheck9 read only for "them" right
after the older hate verbs.

- The pronoun alone after hatecheck28's aversion phrases, which that round cancels when
  no group follows them: "i have met many muslims, and i cannot stand them", "women. i
  cannot tolerate them.", "refugees keep arriving and i could never stand them".
- The pronoun quantified over the whole group after any aversion hit ("hate",
  "despise", "loathe", "detest", "can t stand", "cannot tolerate", "can t bear"): "i know
  many jews and i can't stand any of them", "i have met lots of immigrants and i despise
  the lot of them", "trans people. i loathe each and every one of them", "i have met many
  muslims, and i can't stand a single one of them".

The writer holds the aversion ("i" right before it over hatecheck28's adverbs, or the
aversion opening its sentence: "women? can't stand any of them"), a named group stands
within GROUP_REACH tokens before it (not the object of "for", "about": hatecheck9's
governed test), and the clause closes after the pronoun or goes on only into a few tails.

Clean: kind feelings (no aversion hit: "i have met many muslims, and i love every one of
them"), someone else's dislike ("my uncle can't stand any of them"), denials ("i don't
hate a single one of them": hatecheck9's unsaid test), a wrong done to the group or
something else the writer dislikes ("i cannot stand seeing them suffer", "i cannot
tolerate them being mocked", "i can't stand the jokes people make about them"), things
and games with no group named ("i have tried many diets and i cannot stand any of
them"), part of the group ("i can't stand some of them"), game talk, quotes, reports and
counter-speech (hatecheck28's `_hc28_others`).

Cost per hit: a frozenset test of the term's last word; then at most QUANTIFIER_REACH + 2
tokens ahead, hatecheck28's writer walk back and GROUP_REACH tokens back to the group. No
regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck78_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid45 import Olid45Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck78Rules"]


class HateCheck78Rules(Olid45Rules):
    """The writer's aversion aimed at "them" or "any of them", "the lot of them" for a
    named group mentioned earlier ("i know many jews and i can't stand any of them")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the aversion aimed at the group its pronoun
        stands for."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens[-1] not in w.AVERSION_ENDS or note == JOKING_NOTE:
            return target, note  # "women? can't stand them lol jk"
        if target is Kind.GROUP and note == IDENTITY_NOTE:
            return target, note
        if ctx.gaming and not ctx.in_real_life:
            return target, note  # "the germans? i cant stand any of them": a match's side
        end = self._hc78_pronoun_end(ctx, hit)
        if end < 0 or not self._hc28_closes(ctx, end, w.TAILS):
            return target, note
        if not self._writer_before(ctx, hit) or not self._hc78_group_before(ctx, hit):
            return target, note
        if self._hc9_unsaid(ctx, hit) or self._hc28_others(ctx, hit):
            return target, note  # "i don't hate a single one of them"
        return Kind.GROUP, IDENTITY_NOTE

    @staticmethod
    def _hc78_pronoun_end(ctx: Context, hit: Hit) -> int:
        """Where "them" right after the hit, or "<quantifier> of them", ends, or -1."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in w.THEM:
            return at + 1
        i = at
        while i < min(len(tokens), at + w.QUANTIFIER_REACH) and tokens[i] in w.QUANTIFIERS:
            if ctx.pause_after(i):
                return -1
            i += 1
        if i == at or i + 1 >= len(tokens) or tokens[i] != w.OF or tokens[i + 1] not in w.THEM:
            return -1
        return i + 2

    def _hc78_group_before(self, ctx: Context, hit: Hit) -> bool:
        """The nearest named group within GROUP_REACH tokens before the aversion, not the
        object of "for" or "about" ("jokes about gay people? i can't stand any of them")."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(0, hit.first - w.GROUP_REACH) - 1, -1):
            if self._group_end(tokens, i) > 0 and not ctx.quoted(i, i + 1):
                return not self._hc9_governed(tokens, i)
        return False
