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
- "le donne non sono adatte a comandare", "i neri non sono portati per studiare", "le
  donne sono inadatte al comando": the [group_unable] cues "adatti", "portati",
  "inadatti" (and feminines) with "sono" before them ("non" before "sono" for the first
  two), "a"/"per" after and the group as the subject; the older rules' "negated" for that
  "non" is lifted. Clean: "questo gioco non è adatto ai bambini" (no group), "i disabili
  non sono portati a scuola" (carried: "portati" only before "per"), "le donne sono
  adatte a comandare", "non è vero che ...", "non penso che ..." (denied).
- "nessun immigrato ha mai lavorato onestamente", "nessun rom ha mai fatto niente di
  buono": the [group_unable] cues "nessun"/"nessuna"/"nessuno", a member right after
  ("nessuno dei rom") and praise within six tokens of its sentence. Clean: "nessun
  immigrato è stato arrestato" (no praise), "nessun immigrato è stato pagato" (a
  participle after "stato": acted on), "nessun immigrato ha chiesto aiuto" (a report).

The round's other parts sit at their depth: "non sanno fare niente/nulla/altro" are
[group_skill] cues after hateprobe5's "sanno" ("gli immigrati non sanno fare niente",
never "i miei compagni non sanno fare niente"); the chat's "k" for "c" ("kazzone",
"testa di kazzo", "kretino", "vaffankulo"; "kazzo", "minkia" swearing, "kazzo che gol"
friendly), Roman "cojone", "d merda", "sei una sega", "giocate da cani" and
"tornatevene in africa" are lexicon lines ("il papa torna in africa" keeps "torna in
africa" out); "non c'è posto per i gay qui", "nessun posto
per gli zingari" are exclusion lines read with the group right after ("non c'è posto per
i bagagli"; benign "posto per tutti": "... per tutti gli immigrati" is capacity); "li
facciamo fuori tutti, quei rom" threat lines as "ammazzarli" ("li facciamo fuori tutti al
prossimo round" is game talk, "facciamo fuori la torta" food).

Cost: these hits exist only in a message naming a group (hateprobe5 drops them
elsewhere); "troppo" looks at most five tokens ahead, "adatti" two back and one ahead,
"nessun" at most eight ahead, each then hateprobe5's subject test (a few tokens back);
frozenset tests only, no regex, no new per-message work for messages without a hit.
"""

from __future__ import annotations

from bot.core.scoring import italian21_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat20 import GameChat20Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian21Rules"]


class Italian21Rules(GameChat20Rules):
    """A group too <trait> for a role or unfit for it; praise denied of every member."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; "non sono adatte a ..." is the claim, not its denial."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            note == w.NEGATED
            and target is not Kind.REPORTED
            and hit.entry.tokens[-1] in w.FIT
            and self._i21_unfit(ctx, hit)
            and not self._framed_as_false(ctx, hit)
            and not self._opinion_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "le donne non sono adatte a comandare"
        return target, note

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's skills denied; "troppo" read by its own shape."""
        last = hit.entry.tokens[-1]
        if last in w.NONE_OF:
            return self._i21_praise_denied(ctx, hit)
        if last in w.FIT or last in w.UNFIT:
            return self._i21_unfit(ctx, hit)
        if last != w.TOO:
            return super()._skill_denied(ctx, hit)
        tokens = ctx.tokens
        first = hit.first
        if first > 0 and tokens[first - 1] in w.NOT:
            return False  # "le donne non sono troppo emotive"
        return _too_much_for(ctx, hit.last) and (
            self._group_subject(ctx, first) or self._i21_member_is(ctx, first)
        )

    def _i21_unfit(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> non sono adatte a ...", "<group> sono inadatti a ...": a role after
        "a"/"per", the group the subject."""
        tokens = ctx.tokens
        first = hit.first
        if first == 0 or tokens[first - 1] not in w.ARE:
            return False
        at = first - 1
        if hit.entry.tokens[-1] in w.FIT:
            if at == 0 or tokens[at - 1] not in w.NOT:
                return False  # "le donne sono adatte a comandare"
            at -= 1
        elif at > 0 and tokens[at - 1] in w.NOT:
            return False
        last = hit.last
        if hit.entry.tokens[-1] in w.APT and last < len(tokens) and tokens[last] != w.FOR:
            return False  # "portati a scuola": carried, not apt
        return (
            last + 1 < len(tokens)
            and tokens[last] in w.TO
            and not ctx.pause_after(last - 1)
            and self._group_subject(ctx, at)
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
