"""Targeting rules of the italian42 round (issue 8, twenty-ninth session): from a sweep
over the functional categories of an Italian hate-speech test suite, the two shapes the
base missed most, read only with an identity group that opens the sentence.

- Retribution promised (threat.txt lines, italian42_words.RETRIBUTIONS): the group opens
  the sentence right before the threat, past a few time words ("prima o poi gli ebrei la
  pagheranno cara", "questi africani prima o poi la pagano cara", "i gay avranno quello
  che si meritano", "ai musulmani la faremo pagare cara"), or is called before or after
  it past a pause ("ebrei, la pagherete tutti", "la pagherete cara, sporchi stranieri",
  "ve la faremo pagare, musulmani"). Stay clean: "gli evasori la pagheranno cara" (no
  identity group), "chi tocca i musulmani la pagherà cara" (another verb, and the group
  is the doer's object), "dire che gli ebrei la pagheranno è odio", "nessuno dovrebbe
  dire che i gay la pagheranno" (the group does not open the sentence).
- Rights or welcome denied (exclusion.txt lines, DENIALS): the group opens the sentence
  right before, past a place word ("gli immigrati non hanno diritto a nulla", "i rom qui
  non sono graditi"); or "nessun <group>" opens it before a welcome (WELCOMES: "nessun
  ebreo è benvenuto qui"). Stay clean: "in alcuni paesi le donne non hanno diritto di
  guidare" (the group does not open the sentence), "i cani non sono graditi", "ogni
  straniero è benvenuto", "non è vero che gli immigrati non hanno diritto a nulla",
  "i razzisti dicono che ...".
- Everywhere: reported ("..., dicono i leghisti"), quoted, asked or denied stays clean.

Cost per hit: one frozenset test of the term per list; then at most BETWEEN_REACH +
GROUP_LEAD_REACH + OPENER_REACH tokens back, VOCATIVE_REACH + 3 ahead, CLAIM_REACH ahead
for a saying. No regex, no new work for messages without these terms; the new words stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian42_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord36 import Discord36Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_PROMISED_NOTE", "Italian42Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_PROMISED_NOTE: Final = "no identity group promised retribution or denied rights by the writer"


class Italian42Rules(Discord36Rules):
    """An identity group promised retribution or denied rights or welcome."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed or cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.RETRIBUTIONS:
            found = self._it42_opening(ctx, hit.first, w.BETWEEN)
            if found < 0:
                found = self._it42_called(ctx, hit)
        elif term in w.DENIALS:
            found = self._it42_opening(ctx, hit.first, w.BETWEEN)
        elif term in w.WELCOMES:
            found = self._it42_nobody(ctx, hit.first)
        elif target in AIMED_KINDS and _it42_saying_judged(ctx, hit):
            return Kind.NONE, NOT_PROMISED_NOTE  # "dire che ... è puro odio"
        else:
            return target, note
        said = found >= 0 and target is not Kind.REPORTED
        if said and not ctx.quoted_or_asked(found, hit.last) and not self._it42_claimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "prima o poi gli ebrei la pagheranno cara"
        return Kind.NONE, NOT_PROMISED_NOTE  # "gli evasori la pagheranno cara"

    def _it42_opening(self, ctx: Context, first: int, between: frozenset[str]) -> int:
        """A group opening its sentence before token `first`, past a few `between` words
        ("i rom qui non sono graditi"): where the sentence starts, or -1."""
        end = ctx.back_over(first, between, w.BETWEEN_REACH)
        if end < 1 or ctx.pause_after(end - 1):
            return -1
        start = self._it40_group_before(ctx.tokens, end)
        if start < 0:
            return -1
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        lead = ctx.back_over(lead, w.OPENERS, w.OPENER_REACH)
        return lead if ctx.starts_sentence(lead) else -1

    def _it42_nobody(self, ctx: Context, first: int) -> int:
        """ "nessun ebreo è benvenuto": "nessun" and a group opening the sentence right
        before token `first`: where the sentence starts, or -1."""
        if first < 2 or ctx.pause_after(first - 1):
            return -1
        start = self._it40_group_before(ctx.tokens, first)
        if start < 1 or ctx.tokens[start - 1] not in w.NOBODY:
            return -1
        lead = ctx.back_over(start - 1, w.OPENERS, w.OPENER_REACH)
        return lead if ctx.starts_sentence(lead) else -1

    def _it42_called(self, ctx: Context, hit: Hit) -> int:
        """A group called past a pause before the threat ("ebrei, la pagherete tutti") or
        after it ("la pagherete cara, sporchi stranieri"): where the call starts, or -1."""
        tokens = ctx.tokens
        first = hit.first
        if first >= 1 and ctx.pause_after(first - 1):
            start = self._it40_group_before(tokens, first)
            if start >= 0:
                lead = ctx.back_over(start, w.VOCATIVE_LEAD, w.VOCATIVE_REACH)
                if ctx.starts_sentence(lead):
                    return lead
        at = ctx.skip_ahead(hit.last, w.THREAT_TAIL, 1)
        if at >= len(tokens) or not ctx.pause_after(at - 1):
            return -1
        for _ in range(w.VOCATIVE_REACH):  # past the pause: "sporchi", "voi"
            if at < len(tokens) and tokens[at] in w.VOCATIVE_LEAD and not ctx.pause_after(at):
                at += 1
        end = self._group_end(tokens, at)
        return hit.first if end > 0 and ctx.closes_clause(end) else -1

    def _it42_claimed(self, ctx: Context, hit: Hit) -> bool:
        """Reported after it ("..., dicono i leghisti") or denied before it ("non è vero
        che ...", "non direi mai che ...")."""
        end = ctx.sentence_end(hit.last - 1, w.CLAIM_REACH)
        if any(t in w.SAID_AFTER for t in ctx.tokens[hit.last : end]):
            return True
        return self._framed_as_false(ctx, hit) or self._opinion_denied(ctx, hit)


def _it42_saying_judged(ctx: Context, hit: Hit) -> bool:
    """A judging word after "è" and a word that stresses it ("puro", "solo"), closing a
    sentence that opens with a saying: "dire che gli ebrei la pagheranno è puro odio"
    judges the saying (italian41 reads the judging word right after "è")."""
    tokens = ctx.tokens
    lead = ctx.back_over(hit.first, w.JUDGE_LEAD, w.JUDGE_LEAD_REACH)
    if lead == hit.first or lead < 4 or tokens[lead - 1] != w.IS:
        return False
    if not ctx.closes_clause(hit.last):
        return False
    start = ctx.sentence_start(lead, w.CLAIM_REACH)
    return lead - 1 > start + 2 and tokens[start] in w.SAYINGS and tokens[start + 1] == w.THAT
