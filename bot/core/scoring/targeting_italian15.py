"""Targeting rules of the italian15 round (issue 8): Italian hate-speech shapes about
groups the older rounds still missed at default settings.

- An order of harm with a clitic for a group named just before it, across a question
  mark or a comma: "gli immigrati? cacciateli", "i rom? bruciateli", "gli zingari,
  sterminateli". The older rules read these words with a group in their own clause
  ("ammazzateli tutti questi immigrati"); a question mark cut the group off. With no
  group named ("ammazzateli tutti", "gli zombie? bruciateli", "cacciateli dalla nostra
  base") it stays a game order.
- A deed said of a group with no insult word: "gli immigrati rubano", "l'immigrato
  ruba", "i nigeriani spacciano tutti", "i musulmani ammazzano i cristiani", "la donna
  deve obbedire". The group is the clause's subject and the deed ends the clause or goes
  on to a few general objects; "l'immigrato ruba la scena nel film", "non è vero che gli
  immigrati rubano" and "mio cugino ruba" stay clean. The group may be named in the
  clause before ("gli immigrati? rubano tutti", "conosco tanti rom. rubano tutti").
- A claim said of a group as its subject, modals between: "i gay sono un errore", "le
  donne dovrebbero essere schiave", "un ebreo morto è un buon ebreo", "perché i disabili
  non se ne stanno a casa?"; "i voti sono un errore" names no group.
- A generalisation denied: "non tutti i musulmani sono terroristi", "not all women are
  stupid" were read as the claim itself; now denied as "no immigrant deserves ..." is
  (GroupRules._denied_by_quantifier, targeting_topics.py); the writer's threats keep their reading.
- A group named only as the object of a thing after the words: "che schifo il razzismo
  contro i neri", "che schifo la censura sui gay nei film" judge the thing
  (GroupRules._aimed_at_who, targeting_topics.py); "che schifo i neri" stays an attack.
- An order of harm in the singular opening its sentence with a group right after it:
  "uccidi tutti i gay", "stermina i rom", "ammazza gli ebrei"; "uccidi il boss" and
  "ammazza che gol" stay clean.

The singular group nouns "islamico" and "clandestino" joined the identity cue list
(lexicons/it/cues.txt), so every older group shape reads them ("l'islamico è un
terrorista", "nessun clandestino è onesto").

Cost: one frozenset test of the hit's term per hit; only the round's words (rare outside
hate speech) walk back a bounded reach in the hit's sentence.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian15_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_review13 import Review13Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_DEED_NOTE", "Italian15Rules"]

NO_DEED_NOTE: Final = "no group said to do it"
_OWN: Final[frozenset[str]] = words.SINGULAR_ORDERS | words.CLAIMS | words.DEEDS


class Italian15Rules(Review13Rules):
    """Clitic orders of harm for a group named before them; deeds said of a group."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """A deed is the group's only when said of the group, an order in the singular
        only with a group right after it; anything else cancels them."""
        term = hit.entry.term
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)  # most hits: one frozenset test
        if term in words.SINGULAR_ORDERS:
            if (
                ctx.starts_sentence(hit.first)
                and not self._hc9_unsaid(ctx, hit)
                and self._it11_group_ahead(ctx, hit.last, words.ORDER_REACH)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "uccidi tutti i gay"
            if term not in words.DEEDS:
                return Kind.OBJECT, NO_DEED_NOTE  # "uccidi il boss"
        if term in words.CLAIMS:
            if self._hc9_unsaid(ctx, hit) or not self._it11_claimed(ctx, hit):
                return Kind.OBJECT, NO_DEED_NOTE  # "i voti sono un errore"
            return Kind.GROUP, IDENTITY_NOTE  # "i gay sono un errore"
        if self._hc9_unsaid(ctx, hit) or not self._i15_deed_of_group(ctx, hit):
            return Kind.OBJECT, NO_DEED_NOTE  # "mio cugino ruba", "gli immigrati non rubano"
        return Kind.GROUP, IDENTITY_NOTE  # "gli immigrati rubano"

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; a clitic order of harm takes the group named before it."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            hit.entry.term in words.CLITIC_ORDERS
            and target is not Kind.GROUP
            and target is not Kind.REPORTED
            and self._i15_opens(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
            and self._i15_group_before(ctx, hit.first)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "gli immigrati? cacciateli"
        return target, note

    @staticmethod
    def _i15_opens(ctx: Context, hit: Hit) -> bool:
        """The order opens its clause: "i rom? bruciateli", not "... che cacciateli"."""
        return hit.first > 0 and ctx.pause_after(hit.first - 1)

    def _i15_group_before(self, ctx: Context, at: int) -> bool:
        """A named group in the clause just before the order, not governed by a
        preposition ("i commenti contro gli immigrati? cacciateli" is about comments)."""
        tokens = ctx.tokens
        for i in range(at - 1, max(0, at - words.CLITIC_REACH) - 1, -1):
            if self._group_end(tokens, i) > 0 and not ctx.quoted(i, i + 1):
                return not self._hc9_governed(tokens, i)
        return False

    def _i15_deed_of_group(self, ctx: Context, hit: Hit) -> bool:
        """A named group as the deed's subject (a few adverbs or "ci" between) and the
        deed general: the clause ends, or a general word or object follows."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, words.DEED_BETWEEN, words.DEED_REACH)
        if at == 0:
            return False
        if ctx.pause_after(at - 1):  # "gli immigrati? rubano tutti": the group just before
            return self._i15_group_before(ctx, at) and self._i15_general(ctx, hit)
        subject = any(
            self._group_end(tokens, i) == at and not self._hc9_governed(tokens, i)
            for i in range(max(0, at - 3), at)
        )
        return subject and self._i15_general(ctx, hit)

    def _i15_general(self, ctx: Context, hit: Hit) -> bool:
        """The deed ends its clause, or goes on to a general word or object."""
        tokens = ctx.tokens
        last = hit.last
        if ctx.closes_clause(last) or len(hit.entry.tokens) > 1:
            return True
        word = tokens[last]
        if word in words.DEED_TAIL:
            return True
        if word in words.DEED_ARTICLES and last + 1 < len(tokens):
            return tokens[last + 1] in words.DEED_OBJECTS or self._group_end(tokens, last + 1) > 0
        return self._group_end(tokens, last) > 0
