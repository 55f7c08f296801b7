"""Targeting rules of the italian43 round (issue 8, thirtieth session): Italian hostility
toward an identity group in three shapes the base missed.

- A group called fit for removal or harm with "da": this round's "da" lines
  (italian43_words.FIT_FOR: "da rinchiudere", "da buttare fuori", "da prendere a
  schiaffi") or an older verb of removal or harm right after "da" (OLDER_VERBS: "da
  eliminare", "da rimpatriare", "da curare"), the group opening the sentence before "da"
  past a being verb and "tutti" ("gli ebrei sono da eliminare", "questi immigrati sono
  da rimpatriare tutti", "i trans sono da internare"), or named last after the verb in
  a sentence that opens with the call ("sono da eliminare tutti questi zingari"). Stay
  clean: "i rifiuti sono da eliminare", "i bug sono da cancellare" (no group), "i
  profughi sono da accogliere" (no harm), "chi dice che gli ebrei sono da eliminare è
  un criminale", "non è vero che i rom sono da cacciare" (the group does not open the
  sentence, or the claim is denied).
- A group or one of its members shut out of belonging or worth with "mai" (NEVER: "sarà
  mai", "potranno mai", "diventerà mai", right after "non"), the group opening the
  sentence before "non" and a word of belonging or worth after a few leads (BELONGING:
  "un vero italiano", "all'altezza", "dei nostri", "uno di noi", "un buon capo"): "un
  nero non sarà mai un vero italiano", "una donna non sarà mai all'altezza", "un
  musulmano non potrà mai essere italiano". Stay clean: "non sarà mai un vero campione
  se non si allena", "non sarà mai troppo tardi" (no group), "questa squadra non sarà
  mai all'altezza", "una donna non sarà mai sola se ha amici" (no belonging), "chi pensa
  che un nero non sarà mai italiano è razzista".
- A veiled threat to the readers: knowing where they live (VEILED: "sappiamo dove
  abitate", "so dove vivete", "sappiamo chi siete") or coming to take them (OLDER_VEILED,
  which the older rules read as said of a thing) closing its clause past a few tails
  ("vi veniamo a prendere uno per uno", "sappiamo chi siete e dove abitate"); finding
  them (FINDING: "vi troviamo", "vi troveremo") only with a menace in its sentence
  ("prima o poi vi troviamo", "vi troveremo tutti", "state attenti, vi troveremo").
  Stay clean: "sappiamo dove abitate, vi mandiamo gli inviti", "vi veniamo a prendere
  alle otto" (a plan, a present or a clock time after), "vi veniamo a prendere alla
  stazione", "prima o poi vi troviamo un lavoro" (the clause goes on), "non sappiamo
  dove abitate" (denied), asked or quoted.

Where a new line is not read in its shape it is cancelled; an older verb after "da" out
of shape is left as the older rules read it.

Cost per hit: one frozenset test of the term per list; then at most BETWEEN_REACH +
GROUP_LEAD_REACH + OPENER_REACH tokens back and AFTER_REACH + 3 ahead (the "da" shape),
NEVER_LEAD_REACH ahead ("mai"), TAIL_REACH and FRIENDLY_REACH ahead and MENACE_REACH
around (the threats). No regex, no new work for messages without these terms; the new
words stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian42_words as i42
from bot.core.scoring import italian43_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid32 import Olid32Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED_NOTE", "Italian43Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SHAPED_NOTE: Final = "no identity group called fit for harm or shut out, no threat said"


class Italian43Rules(Olid32Rules):
    """An identity group fit for removal with "da" or shut out with "mai"; a veiled threat
    to the readers."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.FIT_FOR:
            if self._it43_fit_for(ctx, hit, hit.first):
                return Kind.GROUP, IDENTITY_NOTE  # "i trans sono da internare"
            return Kind.NONE, NOT_SHAPED_NOTE  # "i rifiuti sono da buttare fuori"
        if term in w.NEVER:
            if self._it43_shut_out(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "un nero non sarà mai un vero italiano"
            return Kind.NONE, NOT_SHAPED_NOTE  # "non sarà mai troppo tardi"
        if term in w.VEILED or term in w.OLDER_VEILED or term in w.FINDING:
            if _it43_veiled(ctx, hit, term in w.FINDING):
                return Kind.SECOND_PERSON, ""  # "sappiamo dove abitate"
            if term in w.OLDER_VEILED:
                return target, note
            return Kind.NONE, NOT_SHAPED_NOTE  # "vi troviamo al solito bar"
        da = _it43_older_after_da(ctx, hit)
        if da >= 0 and target is not Kind.GROUP and self._it43_fit_for(ctx, hit, da):
            return Kind.GROUP, IDENTITY_NOTE  # "gli ebrei sono da eliminare"
        return target, note

    def _it43_fit_for(self, ctx: Context, hit: Hit, da: int) -> bool:
        """The call ("da" at token `da`) said of a group opening its sentence before it
        or named last after it, said by the writer: not asked, quoted, reported or
        denied."""
        found = self._it42_opening(ctx, da, w.DA_BETWEEN)
        if found < 0:
            found = self._it43_named_last(ctx, hit, da)
        return found >= 0 and not self._it43_claimed(ctx, hit, found)

    def _it43_named_last(self, ctx: Context, hit: Hit, da: int) -> int:
        """ "sono da eliminare tutti questi zingari": the call opens its sentence (past
        a being verb) and a group closes it; where the sentence starts, or -1."""
        start = ctx.back_over(da, w.DA_BETWEEN, w.BETWEEN_REACH)
        if not ctx.starts_sentence(start):
            return -1
        tokens = ctx.tokens
        at = ctx.skip_ahead(hit.last, w.AFTER_VERB, w.AFTER_REACH)
        at = ctx.skip_ahead(at, w.GROUP_LEAD, i42.GROUP_LEAD_REACH)
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return -1
        end = self._group_end(tokens, at)
        return start if end > 0 and ctx.closes_clause(end) else -1

    def _it43_shut_out(self, ctx: Context, hit: Hit) -> bool:
        """ "un nero non sarà mai un vero italiano": "non" right before, a group opening
        the sentence before it, a word of belonging after."""
        tokens = ctx.tokens
        negation = hit.first - 1
        if negation < 1 or tokens[negation] != w.NOT or ctx.pause_after(negation):
            return False
        if ctx.pause_after(negation - 1) or not _it43_belonging_after(ctx, hit.last):
            return False
        start = self._it40_group_before(tokens, negation)
        if start < 0:
            return False
        lead = ctx.back_over(start, w.GROUP_LEAD, i42.GROUP_LEAD_REACH)
        lead = ctx.back_over(lead, w.OPENERS, i42.OPENER_REACH)
        if not ctx.starts_sentence(lead):
            return False
        return not self._it43_claimed(ctx, hit, lead)

    def _it43_claimed(self, ctx: Context, hit: Hit, start: int) -> bool:
        """Asked or quoted from the sentence's start, reported after it ("..., dicono i
        leghisti") or denied before it ("non è vero che ...")."""
        return ctx.quoted_or_asked(start, hit.last) or self._it42_claimed(ctx, hit)


def _it43_older_after_da(ctx: Context, hit: Hit) -> int:
    """An older verb of removal or harm right after "da" ("da eliminare", the older "da
    curare"): where "da" stands, or -1."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] == w.DA and first + 1 < len(tokens) and tokens[first + 1] in w.OLDER_VERBS:
        return first
    if first >= 1 and tokens[first - 1] == w.DA and tokens[first] in w.OLDER_VERBS:
        return -1 if ctx.pause_after(first - 1) else first - 1
    return -1


def _it43_belonging_after(ctx: Context, at: int) -> bool:
    """A word of belonging or worth from token `at` on, past a few leads: "un vero
    italiano", "all'altezza", "uno di noi"; never past a pause."""
    tokens = ctx.tokens
    size = len(tokens)
    at = ctx.skip_ahead(at, w.NEVER_LEAD, w.NEVER_LEAD_REACH)
    if at >= size or (at > 0 and ctx.pause_after(at - 1)):
        return False
    word = tokens[at]
    if word == w.US:
        return at > 0 and tokens[at - 1] in w.US_AFTER  # "uno di noi", "come noi"
    return word in w.BELONGING


def _it43_veiled(ctx: Context, hit: Hit, finding: bool) -> bool:
    """A veiled threat said to the readers: not denied, asked or quoted, closing its
    clause past a few tails, no plan or present after it; a finding only with a menace
    in its sentence."""
    tokens = ctx.tokens
    first = hit.first
    if first >= 1 and tokens[first - 1] == w.NOT and not ctx.pause_after(first - 1):
        return False  # "non sappiamo dove abitate"
    if ctx.quoted_or_asked(first, hit.last):
        return False
    end = ctx.skip_ahead(hit.last, w.TAILS, w.TAIL_REACH)
    if not ctx.closes_clause(end):
        return False  # "vi veniamo a prendere alla stazione", "vi troviamo un lavoro"
    after = tokens[hit.last : hit.last + w.FRIENDLY_REACH]
    if not w.FRIENDLY.isdisjoint(after) or _it43_clock(after):
        return False  # "sappiamo dove abitate, vi mandiamo gli inviti"
    if not finding:
        return True
    start = ctx.sentence_start(first, w.MENACE_REACH)
    stop = ctx.sentence_end(hit.last - 1, w.MENACE_REACH)
    return not w.MENACE.isdisjoint(tokens[start:first]) or not w.MENACE.isdisjoint(
        tokens[hit.last : stop]
    )


def _it43_clock(after: list[str]) -> bool:
    """ "alle otto", "alle 8": a pick-up set for a time is a plan."""
    for i in range(len(after) - 1):
        if after[i] in w.CLOCK_BEFORE:
            word = after[i + 1]
            if word.isdigit() or word in w.CLOCK:
                return True
    return False
