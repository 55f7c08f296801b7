"""Targeting rules of the italian63 round (issue 8): death or harm wished on a named
group in Italian, by the writer's own "auguro" or by a wish and "che", which the older
rules read as said of a thing or of no one.

- The auguro shape: a death or a harm (the older "morte", "affogare", "annegare",
  "crepare", "bruciare"; the round's "di morire", "ogni male", "il peggio", "tutto il
  male") at most WISH_REACH tokens after the writer's "auguro" ("auguriamo",
  "augurerei"), no pause nor denial between, and the group as its recipient ("a", "ai",
  "agli", "alle" and a named group): right after the verb ("auguro ai migranti di
  affogare", "auguro a tutti gli ebrei di morire"), after the harm, closing the clause
  ("auguro la morte a tutti i musulmani", "auguro una morte lenta ai rom"), or opening
  the sentence before the verb ("ai musulmani auguro una morte lenta"). The verb (or the
  group before it) opens its sentence over chat's leads.
- The che shape: a death in the subjunctive (the round's "si estinguano", "vengano
  sterminati", "uccisi", "bruciati", "ammazzino", "uccidano", "sterminino"; the older
  "ammazzati" after "vengano") after italian62's wish ("spero che", "mi auguro che",
  "magari", a bare "che") opening its sentence, aimed at a named group before the verb
  ("spero che gli ebrei si estinguano", "spero che i rom vengano sterminati"), after it
  ("speriamo che ammazzino tutti i rom"), or at "all of them" closing the clause
  ("speriamo che li ammazzino tutti", "spero che si estinguano tutti"), not in game talk.

Clean: good wishes ("auguro ai migranti di trovare lavoro", no harm), harm wished on
things, the wicked and games ("auguro la morte al virus", "auguro la morte a tutti i
mafiosi", "spero che le zanzare si estinguano", "spero che uccidano tutti gli zombie",
"speriamo che li battano tutti"), another's wish and news ("ha augurato ai migranti di
affogare", "chi augura ...", "ha scritto che spera che ...", "tre uccisi a Kiev"),
negations ("non auguro la morte a nessuno"), questions, quotes and counter-speech
(italian57's unsaid reading). The round's own lines out of the shapes are cancelled;
the older ones keep their reading there (the older "morte ai" still reads "ha augurato
la morte ai migranti" at the group).

Cost per hit: a frozenset test of the term; then WISH_REACH tokens back to the verb,
GROUP_DET_REACH, HARM_AFTER_REACH and TAIL_REACH tokens on to the group (or italian61's
group walk and RECIPIENT_REACH back before the verb), hatecheck43's lead walk; or
VERB_REACH tokens back over the verb's run, italian61's group walk, italian62's wish
(WISH_REACH there) and ALL_REACH, GROUP_DET_REACH and TAIL_REACH tokens on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian63_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck68 import HateCheck68Rules
from bot.core.scoring.targeting_italian62 import wished_before
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_WISHED63_NOTE", "Italian63Rules", "wish_verb_before"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_WISHED63_NOTE: Final[str] = "no death or harm wished on a named group"


class Italian63Rules(HateCheck68Rules):
    """Death or harm wished on a named group with "auguro" ("auguro la morte a tutti i
    musulmani", "auguro ai migranti di affogare") or with a wish and "che" ("spero che
    gli ebrei si estinguano", "speriamo che li ammazzino tutti")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a wish in the shapes aimed at the group, the
        round's own lines out of them cancelled whatever the older reading."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        wished = term in w.WISHED_HARMS
        if not wished and term not in w.CHE_TERMS:
            return target, note
        own = term in w.OWN_TERMS
        if target is Kind.GROUP and not own:
            return target, note  # an older line read at the group already
        if target is not Kind.REPORTED and not self._it57_unsaid(ctx, hit):
            shaped = self._it63_wished_to(ctx, hit) if wished else self._it63_che(ctx, hit)
            if shaped:
                return Kind.GROUP, IDENTITY_NOTE
        if own:
            return Kind.NONE, NOT_WISHED63_NOTE  # "spero che le zanzare si estinguano"
        return target, note

    def _it63_wished_to(self, ctx: Context, hit: Hit) -> bool:
        """The writer's "auguro" before the harm, opening its sentence, the group its
        recipient right after the verb, after the harm, or before the verb."""
        tokens = ctx.tokens
        verb = wish_verb_before(ctx, hit.first)
        if verb < 0:
            return False  # "ha augurato ai migranti di affogare", "non auguro a nessuno ..."
        end = self._it63_recipient(ctx, verb + 1)
        if 0 < end <= hit.first:
            return hc43_opens(ctx, verb, w.LEADS)  # "auguro ai migranti di affogare"
        after = ctx.skip_ahead(hit.last, w.HARM_AFTER, w.HARM_AFTER_REACH)
        end = self._it63_recipient(ctx, after)
        if end > 0:
            # "auguro la morte a tutti i musulmani", not "... a tutti i musulmani malati"
            return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) and hc43_opens(ctx, verb, w.LEADS)
        start = self._it61_group_before(tokens, verb)
        if start < 0 or not ctx.closes_after(after, w.TAILS, w.TAIL_REACH):
            return False
        lead = ctx.back_over(start, w.RECIPIENT_LEADS, w.RECIPIENT_REACH)
        if w.RECIPIENT_MARKS.isdisjoint(tokens[lead:start]):
            return False  # "i migranti auguro ..." names no recipient
        return hc43_opens(ctx, lead, w.LEADS)  # "ai musulmani auguro una morte lenta"

    def _it63_recipient(self, ctx: Context, at: int) -> int:
        """Where a named group given to with "a", "ai", "agli", "alle" at token `at` (over
        a few determiners: "a tutti gli") ends, or -1."""
        tokens = ctx.tokens
        if at >= len(tokens) or tokens[at] not in w.RECIPIENT_MARKS or ctx.pause_after(at):
            return -1
        return self._group_end(tokens, ctx.skip_ahead(at + 1, w.GROUP_DETS, w.GROUP_DET_REACH))

    def _it63_che(self, ctx: Context, hit: Hit) -> bool:
        """A death in the subjunctive after a wish opening its sentence, the group named
        before the verb or after it, or "all of them" closing the clause."""
        tokens = ctx.tokens
        term = hit.entry.term
        run = ctx.back_over(hit.first, w.VERB_RUN, w.VERB_REACH)
        before = tokens[run : hit.first]
        if term in w.EXTINCTION and w.REFLEXIVE.isdisjoint(before):
            return False  # "spero che estinguano il debito"
        if term in w.PASSIVES and w.AUXILIARIES.isdisjoint(before):
            return False  # "spero che i rom uccisi abbiano giustizia"
        start = self._it61_group_before(tokens, run)
        if start >= 0:  # "spero che gli ebrei si estinguano"
            start = ctx.back_over(start, w.SUBJECT_LEADS, w.SUBJECT_REACH)
            return wished_before(ctx, start) and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
        if not wished_before(ctx, run):
            return False
        group = ctx.skip_ahead(hit.last, w.GROUP_DETS, w.GROUP_DET_REACH)
        end = self._group_end(tokens, group)
        if end > 0:  # "speriamo che ammazzino tutti i rom"
            return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
        if term in w.KILLINGS and w.THEM.isdisjoint(before):
            return False  # "spero che ammazzino tutti" names no one
        end = ctx.skip_ahead(hit.last, w.ALL, w.ALL_REACH)
        if end == hit.last or ctx.gaming:
            return False  # "speriamo che li ammazzino", "... tutti, il boss e i minion"
        return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)  # "speriamo che li ammazzino tutti"


def wish_verb_before(ctx: Context, first: int) -> int:
    """Where the writer's "auguro" stands at most WISH_REACH tokens before token `first`
    with no pause nor denial between, or -1."""
    tokens = ctx.tokens
    for i in range(first - 1, max(-1, first - 1 - w.WISH_REACH), -1):
        word = tokens[i]
        if ctx.pause_after(i) or word in w.DENIALS:
            return -1
        if word in w.WISH_VERBS:
            return i
    return -1
