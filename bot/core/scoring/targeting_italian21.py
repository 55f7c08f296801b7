"""Targeting rules of the italian21 round (issue 8, seventeenth session): Italian claims
about a group with no lexicon word of their own.

- "le donne sono troppo emotive per comandare", "i neri sono troppo primitivi per
  governarsi", "i disabili sono troppo lenti per lavorare": the [group_unable] cue
  "troppo" (hateprobe5's group-only words: dropped before reading in a message that
  names no group) counts only with a named group as the clause's subject (hateprobe5's
  `_group_subject`), one or two traits of italian21_words.TRAITS after it and "per" with
  an infinitive. Clean: "sono troppo emotiva per guardare questo film" (no group), "i
  rifugiati sono troppo stanchi per camminare" (no trait: a state), "le donne sono
  troppo poche per cambiare le cose" (a number), "le donne non sono troppo emotive per
  comandare" (denied), "le donne sono troppo emotive" (no role denied).

The round's other parts sit at their depth: "non sanno fare niente/nulla/altro" are
[group_skill] cues after hateprobe5's "sanno" ("gli immigrati non sanno fare niente",
never "i miei compagni non sanno fare niente"); the chat's "k" for "c" ("kazzone",
"testa di kazzo", "kretino", "vaffankulo"; "kazzo", "minkia" swearing, "kazzo che gol"
friendly), Roman "cojone", "d merda", "sei una pippa", "giochi da cani" and
"tornatevene in africa" are lexicon lines ("mi faccio una pippa" is no jab; "il papa torna
in africa" keeps "torna in africa" out); "non c'è posto per i gay qui", "nessun posto
per gli zingari" are exclusion lines read with the group right after ("non c'è posto per
i bagagli"; benign "posto per tutti": "... per tutti gli immigrati" is capacity); "li
facciamo fuori tutti, quei rom" threat lines as "ammazzarli" ("li facciamo fuori tutti al
prossimo round" is game talk, "facciamo fuori la torta" food).

Cost: a hit on "troppo" (only in a message naming a group) pays hateprobe5's subject test
and looks at most five tokens ahead, with frozenset tests; no regex, no new per-message
work for messages without a hit.
"""

from __future__ import annotations

from bot.core.scoring import italian21_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck21 import HateCheck21Rules

__all__ = ["Italian21Rules"]


class Italian21Rules(HateCheck21Rules):
    """A group too <trait> for a role."""

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's skills denied; "troppo" read by its own shape."""
        last = hit.entry.tokens[-1]
        if last in w.NONE_OF:
            return self._i21_praise_denied(ctx, hit)
        if last != w.TOO:
            return super()._skill_denied(ctx, hit)
        tokens = ctx.tokens
        first = hit.first
        if first > 0 and tokens[first - 1] in w.NOT:
            return False  # "le donne non sono troppo emotive"
        return _too_much_for(ctx, hit.last) and (
            self._group_subject(ctx, first) or self._i21_member_is(ctx, first)
        )

    def _i21_member_is(self, ctx: Context, at: int) -> bool:
        """ "la donna è", "un immigrato è" right before `at`: one member said of all."""
        tokens = ctx.tokens
        verb = at - 1
        if verb < 2 or tokens[verb] not in w.IS or ctx.pause_after(verb - 1):
            return False
        return any(
            tokens[start - 1] in w.GENERIC and self._group_end(tokens, start) == verb
            for start in range(max(1, verb - 2), verb)
        )

    def _i21_praise_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "nessun <member> ... <praise>": a member right after, praise a few tokens
        on in the sentence, nothing that makes it a report or a plight between."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in w.OF:
            at += 1  # "nessuno dei rom"
        end = self._hc21_member(tokens, at, len(tokens))
        if end <= at or ctx.pause_after(end - 1):
            return False
        for i in range(end, min(len(tokens), end + w.PRAISE_REACH)):
            word = tokens[i]
            if word in w.UNSAID:
                return False
            if word in w.PRAISE:
                return not (word in w.PARTICIPLES and tokens[i - 1] in w.PASSIVE)
            if ctx.pause_after(i):
                return False
        return False


def _too_much_for(ctx: Context, at: int) -> bool:
    """ "<trait> (e <trait>) per <infinitive>" at `at`, in one clause."""
    tokens = ctx.tokens
    end = min(len(tokens), at + w.TRAIT_REACH + 2)
    if at >= end or tokens[at] not in w.TRAITS or ctx.pause_after(at):
        return False
    at += 1
    if at + 1 < end and tokens[at] in w.AND and tokens[at + 1] in w.TRAITS:
        at += 2
        if ctx.pause_after(at - 1):
            return False
    if at + 1 >= len(tokens) or tokens[at] != w.FOR or ctx.pause_after(at):
        return False
    word = tokens[at + 1]
    return len(word) >= w.INFINITIVE_MIN and word.endswith(w.INFINITIVE_ENDS)
