"""Targeting rules of the italian16 round (issue 8, thirteenth session): Italian claims
that judge a group only when a named group is their subject.

- "<article> <group noun> <claim>" as the clause's start: "il disabile è un peso per la
  società", "la donna non capisce niente", "il rom non serve a niente". The same words
  say things of a friend or a tool ("mio fratello non capisce niente", "questa legge non
  serve a niente"), so elsewhere they weigh nothing. An opinion opener may come first
  ("secondo me il disabile è un peso"); a denial ("il disabile non è un peso"), a report
  ("dire che ...") and a quote keep the older reading.

The round's other shapes are fixed at their own depth: "il rom" read as the people
(hateprobe4_words, targeting_hateprobe6), the singular generic claim closing with "per
natura" or opening with "secondo me" (targeting_italian14), and italian14's group-only
phrases in the singular (italian14_words.GROUP_ONLY, insult.txt's italian16 lines).

Cost: one frozenset test of the hit's term; only the round's terms look back at most
five tokens of their sentence.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian14_words as i14
from bot.core.scoring import italian16_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord12 import Discord12Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian16Rules"]

NO_SUBJECT_NOTE: Final = "no named group is its subject"
_OPENER_REACH: Final = 3  # "secondo me", "penso che", "per me"


class Italian16Rules(Discord12Rules):
    """Claims that count only with a named group as their subject."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; the round's claims need the group as subject."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term not in w.SUBJECT_CLAIMS or target is Kind.GROUP or note:
            return target, note
        if (
            not ctx.quoted(hit.first, hit.last)
            and self._i16_subject(ctx, hit)
            and not self._hc9_answered_no(ctx, hit)  # review15: "... è un peso? no, ..."
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "il disabile è un peso"
        return Kind.OBJECT, NO_SUBJECT_NOTE  # "mio fratello non capisce niente"

    def _i16_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "<article> <group noun>" right before the claim, opening its clause or after
        an opinion opener."""
        tokens = ctx.tokens
        if hit.entry.term in w.CLOSING and not self._i16_closes(ctx, hit):
            return False  # "l'immigrato è sporco di fango": one person's state
        noun = hit.first - 1
        article = noun - 1
        if article < 0 or tokens[article] not in w.SUBJECT_ARTICLES:
            return False
        if not self._group_named_at(tokens, noun, hit.first):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if article == start or (article > start and ctx.pause_after(article - 1)):
            return True
        return article - start <= _OPENER_REACH and i14.OPINION_OPENERS.issuperset(
            tokens[start:article]
        )

    @staticmethod
    def _i16_closes(ctx: Context, hit: Hit) -> bool:
        """The hit ends its clause, or only a nature tail follows: "è sporco per natura"."""
        tokens = ctx.tokens
        at = hit.last
        if ctx.closes_clause(at):
            return True
        tail = tuple(tokens[at : at + 2])
        return tail in i14.GENERIC_TAILS and (at + 2 >= len(tokens) or ctx.pause_after(at + 1))
