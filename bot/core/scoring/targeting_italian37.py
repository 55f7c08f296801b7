"""Targeting rules of the italian37 round (issue 8, twenty-fifth session): a religion or
its houses of worship banned, shut or driven out, in Italian and English, which the base
read as aimed at nothing.

- The writer's call to ban, shut, burn or drive out a religion or its houses of worship:
  the call opening its sentence (after two openers at most: "e", "now", "we") or after
  the writer's demand ("bisogna", "dobbiamo", "we should", "need to", "let's"), then
  articles or quantifiers alone, then the name, and nothing after it but a place, a time
  or more names: "vietate l'islam", "chiudete tutte le moschee", "bisogna chiudere le
  moschee", "ban islam", "we should ban islam", "shut down all the mosques", "burn down
  the mosques". Calls with no verb, opening the sentence: "fuori l'islam dall'italia",
  "basta moschee", "niente più moschee", "no more mosques in europe"; "get islam out of
  europe". The singular house only after "every", "ogni": "close every mosque".
- The ban said as due, the name opening its sentence: "l'islam va vietato", "le moschee
  vanno chiuse", "islam must be banned", "mosques should be shut down".
- A group driven out in English: "kick" (older terms "kick", "kick the") opening its
  sentence or demanded, articles or quantifiers alone, a group, then "out": "kick every
  jew out", "kick all the muslims out of europe"; and "every last" (new line) with a
  group right after it ("every last muslim", "every last one of these mexicans") and a
  call to drive out opening the sentence before it: "deport them all, every last
  muslim". Stay clean: "kick the ball out", "kick every troll out of the server" (no
  group), "i ate every last cookie", "every last one of you is welcome here", "they
  want to kick every jew out" (another's wish).

Stay clean (the first two shapes): "vietate la plastica", "chiudete tutte le finestre",
"ban plastic straws" (no religion); "il comune ha chiuso la moschea per lavori", "they
closed the mosque for renovations", "la moschea chiude alle otto" (news, no call); "close
all mosques and churches during lockdown" (a passing reason); "nessuno vuole chiudere le
moschee", "non bisogna vietare l'islam", "nobody should ban islam" (denied); "il partito
vuole chiudere le moschee", "my uncle says islam should be banned" (another's words);
"chi dice 'chiudete le moschee' sbaglia" (quoted); "davvero vogliono vietare l'islam?"
(asked); "chiudete la moschea" (one building); "le moschee abusive vanno chiuse", "close
the mosque door" (another thing named after).

A denied wish read by older rules as a group unwanted is cancelled when this round's
call and name follow it: "nobody wants to ban islam", "no one wants to shut down the
mosques" (counter-speech, not "nobody wants [islam]").

Not built: "get the gypsies out of our neighborhoods" ("get" is an everyday word and
no older line reads the plural "neighborhoods").

Cost per hit: one frozenset test of the term; then at most DETERMINER_REACH +
CALL_PHRASE_REACH + OPENER_REACH tokens back, DUE_REACH + 2 ahead, NEGATION_REACH before
the call and the sentence before it for a reporter. No regex, no new work for messages
without these terms; the names stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian37_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck37 import HateCheck37Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_BANNED_NOTE", "NOT_DRIVEN_OUT_NOTE", "Italian37Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_BANNED_NOTE: Final = "a religion named, not banned nor driven out"
NOT_DRIVEN_OUT_NOTE: Final = "no group driven out"


class Italian37Rules(HateCheck37Rules):
    """A religion or its houses of worship banned, shut or driven out."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OLD_KICKS:
            if target is not Kind.REPORTED and self._it37_kicked_out(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "kick every jew out"
            return target, note
        if term in w.OLD_WANTS:
            if _it37_ban_unwanted(ctx, hit):
                return Kind.NONE, NOT_BANNED_NOTE  # "nobody wants to ban islam"
            return target, note
        if term == w.EVERY_LAST:
            if target is not Kind.REPORTED and self._it37_every_last(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "deport them all, every last muslim"
            return Kind.NONE, NOT_DRIVEN_OUT_NOTE  # "i ate every last cookie"
        if term not in w.OWN_TERMS:
            return target, note
        if target is not Kind.REPORTED:
            start = _it37_called_at(ctx, hit, term)
            if start < 0 and term not in w.SINGLE_HOUSES:
                start = _it37_due_at(ctx, hit)
            if (
                start >= 0
                and not _it37_unsaid(ctx, start, hit.last)
                and not ctx.any_ahead(hit.last, w.REASONS, w.REASON_REACH)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "vietate l'islam", "close every mosque"
        return Kind.NONE, NOT_BANNED_NOTE  # "l'islam è una religione di pace"

    def _it37_kicked_out(self, ctx: Context, hit: Hit) -> bool:
        """ "kick (every|all the) jews out": the call opening its sentence or demanded,
        articles or quantifiers alone, a group, then "out" right after it."""
        tokens = ctx.tokens
        if tokens[hit.first] != w.KICK:
            return False
        size = len(tokens)
        at = ctx.skip_ahead(hit.first + 1, w.DETERMINERS, w.DETERMINER_REACH)
        end = self._group_end(tokens, at)
        if end < 0 or end >= size or tokens[end] != w.OUT or ctx.pause_after(end - 1):
            return False  # "kick the ball out", "kick every troll out"
        start = hit.first
        if not (_it37_opens(ctx, start) or _it37_demanded(ctx, start)):
            return False
        return not _it37_unsaid(ctx, start, end + 1)

    def _it37_every_last(self, ctx: Context, hit: Hit) -> bool:
        """ "every last (one of these) muslim(s)" with a call to drive out before it in
        its sentence: "deport them all, every last muslim"."""
        tokens = ctx.tokens
        at = hit.last
        size = len(tokens)
        for _ in range(w.ONE_OF_REACH):
            if at < size and tokens[at] in w.ONE_OF:
                at += 1
        if self._group_end(tokens, at) < 0:
            return False  # "i ate every last cookie"
        begin = ctx.sentence_start(hit.first, w.DRIVE_OUT_REACH)
        for i in range(begin, hit.first):
            if tokens[i] in w.DRIVE_OUTS and (_it37_opens(ctx, i) or _it37_demanded(ctx, i)):
                return not _it37_unsaid(ctx, i, hit.last)
        return False


def _it37_ban_unwanted(ctx: Context, hit: Hit) -> bool:
    """ "nobody wants to ban islam": "to", a call of this round and its name after the
    denied wish, which is counter-speech, not "nobody wants [islam]"."""
    tokens = ctx.tokens
    at = hit.last
    if at + 1 >= len(tokens) or tokens[at] != w.TO:
        return False
    if tokens[at + 1] not in w.CALLS and _it37_phrase_after(tokens, at + 1) < 0:
        return False
    ahead = tokens[at + 2 : at + 2 + w.WANTED_REACH]
    return not w.OWN_TERMS.isdisjoint(ahead)


def _it37_phrase_after(tokens: list[str], at: int) -> int:
    """Where a call phrase starting at token `at` ("shut down") ends, or -1."""
    for size in range(w.CALL_PHRASE_REACH, 1, -1):
        if tuple(tokens[at : at + size]) in w.CALL_PHRASES:
            return at + size
    return -1


def _it37_called_at(ctx: Context, hit: Hit, term: str) -> int:
    """Where the writer's call before the name starts ("chiudete tutte le moschee",
    "we should ban islam", "fuori l'islam"), or -1."""
    tokens = ctx.tokens
    first = hit.first
    if term in w.SINGLE_HOUSES and (first < 1 or tokens[first - 1] not in w.EVERY):
        return -1  # "chiudete la moschea": one building
    at = ctx.back_over(first, w.DETERMINERS, w.DETERMINER_REACH)
    if at < 1 or ctx.pause_after(at - 1):
        return -1
    after = hit.last
    if at >= 1 and tokens[at - 1] in w.OUT_VERBS:
        if after >= len(tokens) or tokens[after] != w.OUT:
            return -1  # "get the mosques' address"
        return at - 1 if _it37_opens(ctx, at - 1) else -1  # "get islam out of europe"
    if not _it37_name_ends(ctx, after):
        return -1  # "close the mosque door", "le moschee abusive"
    start = _it37_phrase_before(tokens, at, w.CRY_PHRASES)
    if start < 0 and tokens[at - 1] in w.CRIES:
        start = at - 1
    if start >= 0:
        return start if _it37_opens(ctx, start) else -1  # "fuori l'islam", "basta moschee"
    start = _it37_phrase_before(tokens, at, w.CALL_PHRASES)
    if start < 0 and tokens[at - 1] in w.CALLS:
        start = at - 1
    if start < 0:
        return -1
    if _it37_opens(ctx, start) or _it37_demanded(ctx, start):
        return start
    return -1


def _it37_due_at(ctx: Context, hit: Hit) -> int:
    """Where the name opening "l'islam va vietato", "mosques should be shut down" starts
    (the ban said as due right after it), or -1."""
    tokens = ctx.tokens
    at = hit.last
    size = len(tokens)
    if ctx.pause_after(at - 1):
        return -1
    for due in w.DUE:
        end = at + len(due)
        if end <= size and tuple(tokens[at:end]) == due:
            at = end
            break
    else:
        return -1
    while at < size and tokens[at] in w.DUE_ADVERBS and at < hit.last + w.DUE_REACH + 2:
        at += 1
    if at >= size or tokens[at] not in w.BANNED:
        return -1
    start = ctx.back_over(hit.first, w.DETERMINERS, w.DETERMINER_REACH)
    return start if _it37_opens(ctx, start) else -1


def _it37_phrase_before(tokens: list[str], at: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Where one of `phrases` ending right before token `at` starts, or -1."""
    for size in range(w.CALL_PHRASE_REACH, 0, -1):
        if at >= size and tuple(tokens[at - size : at]) in phrases:
            return at - size
    return -1


def _it37_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after two openers ("e ora chiudete ...")."""
    return ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _it37_demanded(ctx: Context, at: int) -> bool:
    """The writer's demand right before the call (an adverb at most between): "bisogna
    chiudere", "we should (just) ban", "it's time to ban", "let's ban"."""
    tokens = ctx.tokens
    at = ctx.back_over(at, w.DEMAND_ADVERBS, 1)
    if at >= 1 and tokens[at - 1] in w.DEMANDS and not ctx.pause_after(at - 1):
        return True
    return at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.DEMAND_PAIRS


def _it37_name_ends(ctx: Context, after: int) -> bool:
    """Nothing after the name but a pause, the end, a place, "now", more names or the
    next call."""
    tokens = ctx.tokens
    return (
        after >= len(tokens)
        or ctx.pause_after(after - 1)
        or tokens[after] in w.AFTER_NAME
        or tokens[after] in w.OWN_TERMS
        or tokens[after] in w.CALLS  # "ban islam ban muslims": the next call
    )


def _it37_unsaid(ctx: Context, start: int, last: int) -> bool:
    """Quoted, asked, denied just before ("non bisogna vietare l'islam") or another's
    words in the sentence before ("il partito vuole chiudere le moschee")."""
    if ctx.quoted_or_asked(start, last):
        return True
    tokens = ctx.tokens
    if not w.NEGATIONS.isdisjoint(tokens[max(0, start - w.NEGATION_REACH) : start]):
        return True
    begin = ctx.sentence_start(start, w.REPORT_REACH)
    return not w.REPORTERS.isdisjoint(tokens[begin:start])
