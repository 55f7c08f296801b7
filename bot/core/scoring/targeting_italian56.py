"""Targeting rules of the italian56 round (issue 8): a named group blamed as the author of
an evil, a shape the older Italian lines missed.

- Its fault: "colpa dei|degli|delle|di", "la colpa è (tutta) degli" with a named group
  right after (over articles, "tutti", "sempre"): "la crisi è colpa degli immigrati", "è
  tutta colpa degli ebrei". Stay clean: "la crisi è colpa del governo", "è colpa mia".
- Its invention, work or plan, with a harm in the sentence: "l'olocausto è
  un'invenzione degli ebrei", "gli attentati sono opera dei musulmani". Stay clean: "il
  bagel è un'invenzione degli ebrei polacchi".
- Willed, made, caused or brought by it, with a harm in the sentence: a participle, "da"
  and the group ("la guerra è stata voluta dagli ebrei"), or the group after
  "hanno"/"sono" and the harm fronted as a clitic ("le malattie le hanno portate gli
  immigrati"). Stay clean: "la mostra voluta dai musulmani", "la shoah fu voluta da
  Hitler", history told ("fu voluta dai ...").
- The group behind it: "dietro ... c'è / ci sono" and the group, with a harm or "sempre"
  in the sentence ("dietro il caos c'è sempre un ebreo"). Stay clean: "dietro il palco ci
  sono i ragazzi rom".

Quoted or asked lines, another's saying, a denial before the term and counter-speech in
the sentence (italian55's reading: "è razzismo", "una bufala", "antisemita") stay clean.
The round's lines (it/identity_attack.txt) count only in these shapes.

Cost per hit: a frozenset test of the term; then the group finder over a few words ahead
(at most BEHIND_REACH tokens scanned for "c'è" after "dietro"), one sentence tested
against the harms and italian55's unsaid reading. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian53_words as i53
from bot.core.scoring import italian56_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_insults25 import Insults25Rules
from bot.core.scoring.targeting_italian55 import hit_sentence
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED56_NOTE", "Italian56Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED56_NOTE: Final[str] = "no named group blamed as the author of a harm"


class Italian56Rules(Insults25Rules):
    """A named group blamed for a harm: its fault, its invention or work, willed, made or
    brought by it, or behind it."""

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
            and self._it56_shaped(ctx, hit, term)
            and not self._it56_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "la crisi è colpa degli immigrati"
        return Kind.NONE, NOT_SHAPED56_NOTE

    def _it56_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The line in one of the round's shapes: a named group where the shape wants
        one, and a harm in the sentence where the words alone accuse no one."""
        if term in w.BLAME_TERMS:
            return self._hc43_group_after(ctx, hit.last, w.BLAME_GAP) > 0
        if term in w.BEHIND_TERMS:
            return self._it56_behind(ctx, hit)
        tokens = ctx.tokens
        at = hit.last
        if term in w.DONE_TERMS and not _it56_fronted(ctx, hit.first):
            if at >= len(tokens) or tokens[at] not in w.BY:
                return False  # "hanno portato gli immigrati in italia": the object
            at += 1  # "sono inventati dagli ebrei": the passive's "da"
        if not w.HISTORY.isdisjoint(tokens[max(0, hit.first - w.HISTORY_REACH) : hit.first]):
            return False  # "la shoah fu voluta dai ...": history told
        if self._hc43_group_after(ctx, at, i53.GROUP_GAP) < 0:
            return False
        return not w.HARMS.isdisjoint(hit_sentence(ctx, hit))

    def _it56_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, another's saying, counter-speech (italian55's words), a claim
        framed as false, or a denial close before the term. The older denial reading
        looks four words back and would drop "se le cose non vanno bene è colpa dei rom"."""
        return (
            ctx.quoted_or_asked(hit.first, hit.last)
            or self._it11_reported(ctx, hit)
            or self._it55_countered(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or _it56_denied(ctx, hit)
        )

    def _it56_behind(self, ctx: Context, hit: Hit) -> bool:
        """ "dietro ... c'è / ci sono (sempre) ..." with a named group right after, and a
        harm or "sempre"/"ogni" in the sentence."""
        tokens = ctx.tokens
        end = min(len(tokens) - 1, hit.last + w.BEHIND_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i):
                return False
            if tokens[i] in w.THERE and tokens[i + 1] in w.THERE_IS:
                if self._hc43_group_after(ctx, i + 2, w.BLAME_GAP) < 0:
                    return False
                sentence = hit_sentence(ctx, hit)
                return not (w.HARMS.isdisjoint(sentence) and w.ALWAYS.isdisjoint(sentence))
        return False


def _it56_fronted(ctx: Context, at: int) -> bool:
    """A clitic (the fronted harm) right before "hanno"/"sono" at token `at`: "le hanno
    portate", "se lo sono inventato"."""
    tokens = ctx.tokens
    return at > 0 and tokens[at - 1] in w.CLITICS


def _it56_denied(ctx: Context, hit: Hit) -> bool:
    """A denial a few words before the term ("la crisi non è colpa dei rom", "mica è
    colpa dei rom"), or a belief denied in its sentence ("non credo che sia colpa degli
    immigrati")."""
    tokens = ctx.tokens
    start = max(ctx.sentence_start(hit.first, w.DENIAL_REACH), hit.first - w.DENIAL_REACH)
    if not w.DENIALS.isdisjoint(tokens[start : hit.first]):
        return True
    start = max(ctx.sentence_start(hit.first, w.BELIEF_REACH), hit.first - w.BELIEF_REACH)
    return any(
        tokens[i] == "non" and tokens[i + 1] in w.BELIEFS for i in range(start, hit.first - 1)
    )
