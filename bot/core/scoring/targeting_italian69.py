"""Targeting rules of the italian69 round (issue 8): a named group dehumanised with a bare
"bestie" over an adverb, which the older rules read only in its topic shape ("I
musulmani? Bestie.") or right after the copula (the "sono bestie" line).

- The shape: a named group, the plural copula "sono", a run of adverbs and quantifiers
  ("tutti", "soltanto", "veramente tutti quanti"), then "bestie" closing its clause over a
  few tails: "i musulmani sono tutti bestie", "gli zingari sono soltanto bestie", "i
  palestinesi sono solo bestie, non persone", "i rom sono tutte bestie e basta".
- The round's groups the list lacked ("gli israeliani sono feccia", "odio i ceceni",
  "le siriane sono feccia") are lines in lexicons/it/cues.txt, read by every older rule.

Clean: animals and things (no named group: "le mucche sono solo bestie", "quelle scimmie
sono tutte bestie"), a verdict that goes on ("sono tutti bestie in campo", praise),
questions and quotes, reports, denials and counter-speech (italian57's unsaid reading:
"smettetela di dire che i rom sono tutti bestie", "i palestinesi sono tutti bestie? no").
Neutral, positive and news mentions of the new groups make no hit.

Cost per hit: a frozenset test of the term and the earlier note; then at most ADVERB_REACH
tokens back to the copula, the group right before it, and TAIL_REACH tokens on. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian69_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_italian14 import NO_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_threats14 import Threats14Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian69Rules"]


class Italian69Rules(Threats14Rules):
    """A named group dehumanised with "bestie" over an adverb ("i musulmani sono tutti
    bestie", "gli zingari sono soltanto bestie")."""

    def _names_identity(self, ctx: Context, hit: Hit) -> bool:
        """The older test, and one of the round's groups in the hit's sentence: the older
        gate asks only the [identity] lines, so a message naming "i palestinesi" alone is
        asked here, and only when one of the round's words is in it."""
        if super()._names_identity(ctx, hit):
            return True
        if not ctx.mentions_any("italian69_nations", w.NATIONS):
            return False  # most messages
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        return self._identity_between(ctx, hit, start, end)

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, and one of the round's groups used as a noun: after a
        determiner or opening the message ("gli israeliani", "israeliani di merda"),
        never after a noun ("le serie turche")."""
        if super()._group_named_at(tokens, i, end):
            return True
        return tokens[i] in w.NATIONS and (i == 0 or tokens[i - 1] in w.DETERMINERS)

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; italian24's bare "bestie", left unread outside
        its topic shape, raised to the group said to be beasts."""
        target, note = super().in_game(ctx, hit, target, note)
        if note != NO_GROUP_NOTE or hit.entry.term not in w.BEASTS:
            return target, note  # most hits
        if self._it69_beasts(ctx, hit) and not self._it57_unsaid(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _it69_beasts(self, ctx: Context, hit: Hit) -> bool:
        """A named group right before "sono", a run of adverbs, then the verdict closing its
        clause: "i musulmani sono tutti bestie"; never "le mucche sono solo bestie"."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.ADVERBS, w.ADVERB_REACH)
        if at == hit.first:
            return False  # "sono bestie": the older line's reading
        copula = at - 1
        if copula < 1 or tokens[copula] not in w.COPULAS or ctx.pause_after(copula - 1):
            return False
        if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
            return False  # "sono tutti bestie in campo"
        return self._it57_group_before(tokens, copula) >= 0
