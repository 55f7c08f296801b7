"""Targeting rules of the italian40 round (issue 8, twenty-eighth session): Italian hate
that denies an identity group respect, pity or help, which the base read as aimed at no
one or missed.

- An identity group denied regard with "meritare", the group opening its clause before
  "non merita(no)" (or after "nessun"): "le donne non meritano nessun rispetto", "gli
  zingari non meritano pietà", "i rom non meritano nulla", "i gay non meritano di essere
  rispettati", "nessun musulmano merita rispetto", "un immigrato non merita niente",
  "secondo me i trans non meritano considerazione". The thing denied is a word of regard
  (italian40_words.REGARD) after a few leads ("nessun", "la nostra", "un briciolo di")
  or a passive of regard after "di essere" (REGARD_PASSIVES). Stay clean: "i gay meritano
  rispetto", "i razzisti non meritano rispetto" (no identity group), "chi dice che i gay
  non meritano rispetto ..." and "davvero pensi che i musulmani non meritino pietà?"
  (another's claim, asked), "gli immigrati non meritano solo pietà, meritano diritti"
  ("not only"), "le donne non meritano di essere trattate così", "i migranti non meritano
  di morire in mare" (a harm denied, not regard).
- An identity group given only contempt or harm: "le donne meritano solo botte", "i gay
  meritano solo disprezzo", "i rom meritano solo la galera" (ONLY, then HARMS). Stay
  clean: "i rom meritano una casa e un lavoro".
- Regard refused with no verb, opening its sentence before "per" and a group that closes
  the clause, or closing it after "per" and a group that opens it: "nessuna pietà per i
  clandestini", "zero rispetto per i musulmani", "per i rom nessuna pietà" (REFUSALS).
  Stay clean: "nessuna pietà per i corrotti", "zero pietà per la juve stasera", "nessun
  rispetto per chi picchia le donne", "nessuna tolleranza per il razzismo contro i rom".

The shapes are cancelled when quoted or asked; the new terms count only in them.

Cost per hit: one frozenset test of the term per list; then a token or two back for the
negation and the group, and at most REGARD_LEAD_REACH tokens ahead for what is denied. No
regex, no new work for messages without these terms; the new words stay unknown to the
other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian40_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord35 import Discord35Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REFUSED_NOTE", "Italian40Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_REFUSED_NOTE: Final = "no identity group denied respect, pity or help"


class Italian40Rules(Discord35Rules):
    """An identity group denied respect, pity or help, or given only contempt."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed or cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.MERIT_VERBS:
            found = self._it40_denied(ctx, hit)
        elif term in w.REFUSALS:
            found = self._it40_refused(ctx, hit)
        elif target in AIMED_KINDS and self._it40_others_claim(ctx, hit):
            return Kind.NONE, NOT_REFUSED_NOTE  # "perché dite che le donne non meritano ..."
        elif hit.entry.tokens[0] in w.MERIT_VERBS and target not in AIMED_KINDS:
            # An older phrase that holds the verb ("meritano solo botte") hides this
            # round's term: raised in the round's frames, its older reading elsewhere.
            found = self._it40_denied(ctx, hit)
            if found < 0 or target is Kind.REPORTED or ctx.quoted_or_asked(found, hit.last):
                return target, note
            return Kind.GROUP, IDENTITY_NOTE  # "le donne meritano solo botte"
        else:
            return target, note
        said = found >= 0 and target is not Kind.REPORTED
        if said and not ctx.quoted_or_asked(found, hit.last):
            return Kind.GROUP, IDENTITY_NOTE  # "gli zingari non meritano pietà"
        return Kind.NONE, NOT_REFUSED_NOTE  # "i gay meritano rispetto"

    def _it40_denied(self, ctx: Context, hit: Hit) -> int:
        """ "i rom non meritano (nessuna) pietà", "nessun musulmano merita rispetto", "le
        donne meritano solo botte": where the group's clause starts, or -1."""
        tokens = ctx.tokens
        verb = hit.first
        negated = verb >= 1 and tokens[verb - 1] in w.NOT
        end = verb - 1 if negated else verb
        if end < 1 or ctx.pause_after(end - 1) or (negated and ctx.pause_after(end)):
            return -1
        start = self._it40_group_before(tokens, end)
        if start < 0:
            return -1
        nobody = start >= 1 and tokens[start - 1] in w.NOBODY
        if nobody:
            if negated:
                return -1  # "nessun ebreo non merita": a double negation, no frame
            start -= 1
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if not ctx.opens_after(lead, w.OPENERS, w.OPENER_REACH):
            return -1
        if negated or nobody:
            return lead if _it40_regard_after(ctx, verb + 1) else -1
        return lead if _it40_harm_after(ctx, verb + 1) else -1

    def _it40_refused(self, ctx: Context, hit: Hit) -> int:
        """ "nessuna pietà per i clandestini", "per i rom nessuna pietà": where the
        refusal's sentence starts, or -1."""
        tokens = ctx.tokens
        size = len(tokens)
        at = hit.last
        if at < size and tokens[at] in w.FOR and not ctx.pause_after(at - 1):
            if not ctx.opens_after(hit.first, w.OPENERS, 2):
                return -1
            group = at + 1
            for _ in range(w.GROUP_LEAD_REACH):
                if group < size and tokens[group] in w.GROUP_LEAD and not ctx.pause_after(group):
                    group += 1
            end = self._group_end(tokens, group) if group < size else -1
            return hit.first if end > 0 and ctx.closes_clause(end) else -1
        if hit.first < 2 or ctx.pause_after(hit.first - 1) or not ctx.closes_clause(hit.last):
            return -1
        start = self._it40_group_before(tokens, hit.first)
        if start < 0:
            return -1
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if lead < 1 or tokens[lead - 1] not in w.FOR or ctx.pause_after(lead - 1):
            return -1
        return lead - 1 if ctx.starts_sentence(lead - 1) else -1

    def _it40_others_claim(self, ctx: Context, hit: Hit) -> bool:
        """An older "non merita(no) ..." phrase said of a group the writer does not
        judge: the doer's object ("chi odia i gay non merita rispetto") or another's claim
        asked about ("perché dite che le donne non meritano rispetto?")."""
        tokens = ctx.tokens
        words = hit.entry.tokens
        if len(words) >= 2 and words[0] in w.NOT and words[1] in w.MERIT_VERBS:
            negation = hit.first  # "non meritano rispetto"
        elif words[0] in w.MERIT_VERBS and hit.first >= 1 and tokens[hit.first - 1] in w.NOT:
            negation = hit.first - 1  # "non" + "merita rispetto"
        else:
            return False
        start = self._it40_group_before(tokens, negation) if negation >= 1 else -1
        if start < 0 or ctx.pause_after(negation - 1):
            return False
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if lead >= 2 and tokens[lead - 2] in w.WHO and not ctx.pause_after(lead - 1):
            return True  # "chi odia i gay": the group is the doer's object
        if lead < 1 or tokens[lead - 1] != w.THAT or ctx.opens_after(lead, w.OPENERS, 2):
            return False
        return ctx.ends_asking(hit.first)

    def _it40_group_before(self, tokens: list[str], end: int) -> int:
        """Where a group ending right before token `end` starts ("i gay", "le persone
        trans"), or -1."""
        if end >= 2 and self._group_end(tokens, end - 2) == end:
            return end - 2  # "le persone trans": the longer reading first
        return self._group_ending_at(tokens, end - 1, end)


def _it40_regard_after(ctx: Context, at: int) -> bool:
    """Regard denied from token `at` on: "(nessun) rispetto", "la nostra pietà", "di
    essere rispettati"; "non meritano solo pietà" is "not only"."""
    tokens = ctx.tokens
    size = len(tokens)
    if at >= size or ctx.pause_after(at - 1) or tokens[at] in w.ONLY:
        return False
    if tuple(tokens[at : at + 2]) == w.PASSIVE_LEAD:
        return at + 2 < size and tokens[at + 2] in w.REGARD_PASSIVES
    for _ in range(w.REGARD_LEAD_REACH):
        if at < size and tokens[at] in w.REGARD_LEAD and not ctx.pause_after(at):
            at += 1
    return at < size and tokens[at] in w.REGARD


def _it40_harm_after(ctx: Context, at: int) -> bool:
    """Only contempt or harm from token `at` on: "solo botte", "soltanto il disprezzo"."""
    tokens = ctx.tokens
    size = len(tokens)
    if at >= size or tokens[at] not in w.ONLY or ctx.pause_after(at - 1):
        return False
    at += 1
    if at < size and tokens[at] in w.HARM_LEAD and not ctx.pause_after(at - 1):
        at += 1
    return at < size and tokens[at] in w.HARMS and not ctx.pause_after(at - 1)
