"""Targeting rules of the italian53 round (issue 8): a named group's humanity denied, or
its worth put below an animal, in the word orders the older lines cannot read alone.

- An animal worth more than a named group: an animal ("un cane", "il mio topo") right
  before "vale più di" / "merita più rispetto di" and a named group right after ("un cane
  vale più di un ebreo", "un topo vale più di tutti gli immigrati", "un cane merita più
  rispetto di un rom"), or "meglio un cane che" and a named group right after ("meglio un
  cane che un musulmano"). Stay clean: "il mio cane vale più di tutto l'oro del mondo",
  "meglio un cane che un gatto", "un cane merita più rispetto di come lo tratti".
- Humanity denied with "non considero": a named group right after it, or named before
  "non li/le considero" in a few words, and a human noun after it over "nemmeno",
  "delle", "veri" ("non considero i neri persone", "i gay? non li considero nemmeno
  esseri umani"). Stay clean: "non considero i neri diversi da me", "non considero questa
  opzione", "i gay li considero persone".
- A third person's humanity denied ("gli npc non sono nemmeno persone") that an older
  rule read as aimed at the reader is not: the older readings of a named group stand.
- "mica" after "non" and a copula denies what follows, as "non" does: "i musulmani non
  sono mica tutti uguali".

The round's other shapes are lexicon lines read by the older rules (humanity denied with
an intensifier or article inside: "le donne non sono nemmeno persone", "un nero non è
neanche una persona"; "non hanno niente di umano"; "sono meno di niente"), and
it/cues.txt's "zinghi", the mangled "zingari", as a group's name ("zinghi di merda").

Cost per hit: a frozenset test of the term, or of the target for the reader and "mica"
guards; then one token back for the animal, the group finder over GROUP_GAP ahead,
HUMAN_REACH tokens ahead, BACK_REACH back, READER_REACH back or MICA_REACH back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian53_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision34 import Precision34Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_BELOW_NOTE", "Italian53Rules"]

# The note that cancels this round's own lines out of shape, and third-person denials
# read as the reader's (weighing zeroes any note it does not name).
NOT_BELOW_NOTE: Final[str] = "no named group put below an animal or denied its humanity"


class Italian53Rules(Precision34Rules):
    """A named group put below an animal, or denied its humanity with "non considero"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled, a third person's denial and a "mica" denial cleared."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if (
                target is not Kind.REPORTED
                and not ctx.quoted_or_asked(hit.first, hit.last)
                and self._it53_shaped(ctx, hit, term)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "un cane vale più di un ebreo"
            return Kind.NONE, NOT_BELOW_NOTE
        if target is Kind.SECOND_PERSON and _it53_third_denial(ctx, hit):
            return Kind.NONE, NOT_BELOW_NOTE  # "gli npc non sono nemmeno persone"
        if target is Kind.GROUP and hit.first >= 2 and _it53_mica(ctx, hit.first):
            return Kind.NONE, NOT_BELOW_NOTE  # "non sono mica tutti uguali"
        return target, note

    def _it53_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The own line in its shape: an animal over a named group, or "non considero"
        with a named group and a human noun."""
        if term in w.CONSIDER:
            return self._it53_not_human(ctx, hit, term)
        if term in w.OVER and not _it53_animal_before(ctx, hit.first):
            return False  # "il mio stipendio vale più di ..."
        return self._hc43_group_after(ctx, hit.last, w.GROUP_GAP) > 0

    def _it53_not_human(self, ctx: Context, hit: Hit, term: str) -> bool:
        """ "non considero <group> persone", "<group> ... non li considero (nemmeno)
        esseri umani": a named group where the verb wants it, then a human noun."""
        at = hit.last
        if term in w.CONSIDER_BACK:
            if not self._it53_group_back(ctx, hit.first):
                return False
        else:
            at = self._hc43_group_after(ctx, at, w.GROUP_GAP)
            if at < 0:
                return False
            if ctx.tokens[at - 1] in w.HUMAN:
                return _it53_human_at(ctx, at - 1)  # the group finder took "persone"
        return _it53_human_at(ctx, ctx.skip_ahead(at, w.HUMAN_LEAD, w.HUMAN_REACH))

    def _it53_group_back(self, ctx: Context, first: int) -> bool:
        """A named group in the BACK_REACH tokens before `first` (across "?" or ",")."""
        tokens = ctx.tokens
        return any(
            self._group_end(tokens, i) > 0 for i in range(max(0, first - w.BACK_REACH), first)
        )


def _it53_animal_before(ctx: Context, first: int) -> bool:
    """An animal right before token `first` ("un cane vale più di", "i topi valgono")."""
    at = first - 1
    return at >= 0 and ctx.tokens[at] in w.ANIMALS and not ctx.pause_after(at)


def _it53_human_at(ctx: Context, at: int) -> bool:
    """A human noun at token `at` ("persone", "esseri umani") said whole: the clause
    closes after it or goes on with a denial's tail ("ma", "normali"); "non considero i
    neri persone pericolose" judges something else."""
    tokens = ctx.tokens
    if at >= len(tokens) or tokens[at] not in w.HUMAN:
        return False
    end = at + 1
    if tokens[at] in w.BEINGS:
        if end >= len(tokens) or tokens[end] not in w.HUMANE:
            return False
        end += 1
    return ctx.closes_clause(end) or tokens[end] in w.HUMAN_TAILS


def _it53_third_denial(ctx: Context, hit: Hit) -> bool:
    """A line denying a third person's humanity ("non sono (nemmeno) persone", "non è
    una persona") with no second-person word before it in its sentence."""
    words = hit.entry.tokens
    if len(words) < 3 or (words[0], words[1]) not in w.DENIAL_OPENERS:
        return False
    if words[-1] not in w.HUMAN:
        return False
    start = ctx.sentence_start(hit.first, w.READER_REACH)
    return w.READER.isdisjoint(ctx.tokens[start : hit.first])


def _it53_mica(ctx: Context, first: int) -> bool:
    """ "non <copula> mica" right before token `first`, over "tutti" and the like."""
    tokens = ctx.tokens
    lo = max(0, first - w.MICA_REACH)
    for i in range(first - 1, lo - 1, -1):
        if tokens[i] == w.MICA:
            return i >= 2 and tokens[i - 1] in w.NOT_COPULA and tokens[i - 2] in w.NOT
    return False
