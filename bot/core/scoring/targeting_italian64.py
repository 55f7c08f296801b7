"""Targeting rules of the italian64 round (issue 8): violence called for against a group
in Italian with a clitic infinitive or imperative, the group named in the message or
said as "quella gente", which the older rules read as said of a thing or of no one.

- Letting them die: the round's "lasciarli affogare", "lasciar annegare", "lasciarla
  morire" and the passive "lasciati affogare" (the older "lasciati morire" too, the
  passive only after an auxiliary: "vanno", "andrebbero"), after a modal run
  ("bisognerebbe", "dovremmo", "si dovrebbero") or none, opening its sentence (over
  chat's leads, or over a named group or "gente" before it): "bisognerebbe lasciarli
  affogare", "i migranti vanno lasciati annegare", "quella gente bisognerebbe lasciarla
  affogare". The group named before, after ("bisognerebbe lasciar affogare tutti i
  migranti", "..., i clandestini"), or the clause closing over a few TAILS ("tutti
  quanti", "in mare", "e basta").
- Shooting them: the round's "sparargli", "spariamogli" opening its sentence the same way,
  the group named before ("gli zingari? sparargli a vista", "agli immigrati bisognerebbe
  sparargli") or after ("spariamogli addosso a questi clandestini").
- "Quella gente": the older clitic verbs ("ammazzarli", "bruciamoli", "affondiamoli")
  opening their sentence the same way with "gente" before or after ("quella gente bisogna
  ammazzarli tutti", "ammazziamoli tutti, quella gente non merita di vivere"); a named
  identity group stays the older rules' reading.

Clean: things, games, food and hunting (no group named: "le uova bisogna lasciarle
affogare nel sugo", "i cinghiali bisogna sparargli", "gli zombie? sparargli in testa",
"bruciamoli tutti, queste carte non servono"), rescue ("bisogna salvarli tutti", no
line), negations and another's saying (the call not opening its sentence: "non bisogna
lasciarli affogare", "ha detto di lasciarli affogare", "il ministro ha detto che bisogna
lasciarli annegare", "basta lasciarli morire in mare"), a judgement after the call
("lasciarli affogare è un crimine"), questions, quotes and counter-speech (italian57's
unsaid reading). The round's own lines out of the shapes are cancelled; the older ones
keep their reading there.

Cost per hit: a frozenset test of the term; then MODAL_REACH tokens back over the modal
run, GENTE_TAIL_REACH tokens or italian61's group walk and SUBJECT_REACH tokens back to
the group, hatecheck66's `opens_over`; AFTER_REACH tokens on to a group or TAIL_REACH
tokens on to the clause's close. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian64_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck66 import opens_over
from bot.core.scoring.targeting_hatecheck71 import HateCheck71Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CALLED64_NOTE", "Italian64Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_CALLED64_NOTE: Final[str] = "no violence called for against a named group"


class Italian64Rules(HateCheck71Rules):
    """Violence called for against a group with a clitic infinitive or imperative:
    letting them drown ("bisognerebbe lasciarli affogare"), shooting them ("gli zingari?
    sparargli a vista"), the older verbs said of "quella gente"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a call in the shapes aimed at the group, the
        round's own lines out of them cancelled whatever the older reading ("i rom hanno
        provato a sparargli" names the shooters)."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        letting = term in w.LETTING
        older = term in w.OLDER_CLITICS
        if not letting and not older and term not in w.SHOOTING:
            return target, note
        own = term in w.OWN_TERMS
        if target is Kind.GROUP and not own:
            return target, note  # "i rom bisogna bruciarli tutti": an older reading
        if (
            target is not Kind.REPORTED
            and not self._it57_unsaid(ctx, hit)
            and self._it64_called(ctx, hit, letting, older)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        if own:
            return Kind.NONE, NOT_CALLED64_NOTE  # "i cinghiali bisogna sparargli"
        return target, note

    def _it64_called(self, ctx: Context, hit: Hit, letting: bool, older: bool) -> bool:
        """The call opens its sentence over its modal run (and a group or "gente" before
        it); the group named before or after it, or, for letting them die, the clause
        closing after it."""
        tokens = ctx.tokens
        run = ctx.back_over(hit.first, w.MODALS, w.MODAL_REACH)
        if hit.entry.term in w.PASSIVES and w.AUXILIARIES.isdisjoint(tokens[run : hit.first]):
            return False  # "i migranti lasciati affogare dalla guardia costiera"
        subject = self._it64_people_before(ctx, run, older)
        if subject >= 0:
            return opens_over(ctx, subject, w.LEADS)  # "i migranti bisognerebbe lasciarli ..."
        if not opens_over(ctx, run, w.LEADS):
            return False  # "non bisogna ...", "ha detto di ...", "le uova bisogna ..."
        if self._it64_people_after(ctx, hit.last, older):
            return True  # "spariamogli addosso a questi clandestini"
        return letting and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)

    def _it64_people_before(self, ctx: Context, run: int, older: bool) -> int:
        """Where "gente" ("quella gente", "gente del genere", never in game talk) or, unless
        `older`, a named group ending right before token `run` starts with its article, or
        -1."""
        tokens = ctx.tokens
        end = ctx.back_over(run, w.GENTE_TAILS, w.GENTE_TAIL_REACH)
        if end > 0 and tokens[end - 1] in w.GENTE:
            if ctx.gaming:
                return -1  # "quella gente ammazziamoli tutti gg": the other team
            start = end - 1
        elif older:
            return -1
        else:
            start = self._it61_group_before(tokens, run)
            if start < 0:
                return -1
        return ctx.back_over(start, w.SUBJECT_DETS, w.SUBJECT_REACH)

    def _it64_people_after(self, ctx: Context, at: int, older: bool) -> bool:
        """People at most AFTER_REACH tokens from token `at` on, over AFTER_RUN only (across
        a pause: "..., i clandestini"): "gente" (never in game talk) or, unless `older`, a
        named group."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.AFTER_REACH)):
            if tokens[i] in w.GENTE:
                return not ctx.gaming
            if not older and self._group_end(tokens, i) > 0:
                return True
            if tokens[i] not in w.AFTER_RUN:
                return False
        return False
