"""Targeting rules from the tenth functional hate-speech probe (issue 8, hatecheck10):
HateCheck-style shapes the ninth round still missed, in English and Italian.

- A named group as the source of evil, denied its identity, worth or humanity, or said
  to steal or replace (lexicon lines under "hatecheck10", hatecheck10_words.CLAIMS):
  "jews are the root of all evil", "gay men are never real men", "muslims are not
  people", "immigrants are stealing everything from us", "i disabili sono scarti della
  società", "gli stranieri ci stanno rubando tutto". Read as hatecheck9's claims: only
  with the group as the clause's subject, not negated, quoted or reported ("money is the
  root of all evil", "immigrants are not stealing our jobs" stay clean).
- The writer's wish for a group's death or removal (WISHES): "I hope all women die", "I
  want every muslim out of this country"; the group right after the wish and its doom a
  few words after the group ("I hope all women get equal pay" stays clean).
- The Italian first person plural of removal with a group after it (REMOVALS):
  "rimandiamo a casa tutti i neri", "cacciamo via tutti gli immigrati", "voglio tutti
  gli stranieri fuori"; "rimandiamo a casa tutti i bambini" names no group.

review10 kept these readings from what is no hate: a source of good ("the cause of all
our success"), a kind of people ("not people who give up"), a charm taken ("ci stanno
rubando il cuore"), a claim asked back and waved away ("? what nonsense"), put in someone
else's mouth after it ("or so the nazis said") or wished by someone else in the past
("the nazis wanted jews to be wiped off the earth"), and a group wished "out of poverty".

Every rule is gated by a frozenset test on the hit's term and reads a few tokens around
it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck10_words as words
from bot.core.scoring.hatecheck9_words import WRITER
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_vocative9 import Vocative9Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck10Rules"]

_OWN: Final = words.CLAIMS | words.WISHES | words.REMOVALS


class HateCheck10Rules(Vocative9Rules):
    """Group claims of evil, denial and theft; the writer's wish for a group's death or
    removal; the Italian "let's send them home" with a group after it."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words settled by their shape before the older rules read them."""
        term = hit.entry.term
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)
        if self._hc9_unsaid(ctx, hit):
            return Kind.OBJECT, NOT_SAID9_NOTE  # "stop saying immigrants steal our jobs"
        if term in words.CLAIMS:
            shaped = (
                self._hc9_claimed(ctx, hit)
                and (
                    term not in words.OURS_TAKEN
                    or (hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in words.STOLEN)
                )  # "women are stealing our hearts" takes nothing
                and not self._hc10_no_evil(ctx, hit)
            )
        elif term in words.WISHES and not self._hc9_writer_hates(ctx, hit):
            shaped = False  # "they want all muslims out" is someone else's wish
        else:
            shaped = self._hc10_doomed(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NOT_SAID9_NOTE)

    def _hc9_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """hatecheck9's unsaid claims, and review10's: the claim put in someone else's
        mouth after it, or someone else's past wish before it."""
        return (
            super()._hc9_unsaid(ctx, hit)
            or self._hc10_attributed(ctx, hit)
            or self._hc10_wished_by_others(ctx, hit)
        )

    def _hc9_answered_no(self, ctx: Context, hit: Hit) -> bool:
        """review10: a claim asked back and waved away counts as answered "no" ("muslims
        are not people? what nonsense", "women are the root of all evil? says who")."""
        if super()._hc9_answered_no(ctx, hit):
            return True
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, 12)
        if not ctx.answered(end):
            return False
        first = tokens[end]
        second = tokens[end + 1] if end + 1 < len(tokens) else ""
        return (
            first in words.DISMISSALS
            or (first in words.DISMISSAL_LEADS and second in words.DISMISSALS)
            or (first, second) in words.SAYS_WHO
            or self._r14_condemned(ctx, end)
        )

    @staticmethod
    def _r14_condemned(ctx: Context, end: int) -> bool:
        """review14: the answer after the "?" denies the claim ("non è vero", "that's not
        true") or names it ("that's illegal discrimination", "è un pregiudizio razzista")."""
        tokens = ctx.tokens
        at = end
        while at < len(tokens) and at - end < 2 and tokens[at] in words.CONDEMN_LEADS:
            at += 1  # "that's", "è"
        three = (*tokens[at : at + 3], "", "", "")[:3]
        if three in words.DENIED_OPENINGS or (three[0], three[1], "") in words.DENIED_OPENINGS:
            return True
        for i in range(at, min(len(tokens), at + words.CONDEMN_REACH)):
            if tokens[i] in words.CONDEMNED:
                return True
            if ctx.pause_after(i) or tokens[i] in words.CONDEMN_STOPS:
                return False
        return False

    def _hc10_attributed(self, ctx: Context, hit: Hit) -> bool:
        """review10: "jews are the root of all evil, or so the nazis said", "...: così
        diceva la propaganda", "..., according to that preacher": a saying verb after "or
        so"/"così" with no "I"/"we" before it, or someone else after "according to"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + words.GROUP_REACH)
        for i in range(hit.last, end - 1):
            opener = (tokens[i], tokens[i + 1]) in words.ATTRIBUTION_PAIRS or (
                tokens[i] in words.ATTRIBUTION_OPENERS and ctx.pause_after(i - 1)
            )
            if not opener:
                continue
            if tokens[i] == "according":  # "according to that preacher", not "... to me"
                return i + 2 < len(tokens) and tokens[i + 2] not in words.WRITER_OBJECTS
            for word in tokens[i + 1 : min(len(tokens), i + 1 + words.ATTRIBUTION_REACH)]:
                if word in WRITER:
                    return False
                if word in words.ATTRIBUTING:
                    return True
            return False
        return False

    def _hc10_wished_by_others(self, ctx: Context, hit: Hit) -> bool:
        """review10: "the nazis wanted jews to be wiped off the earth": a past wish before
        the hit in its sentence, its subject not the writer ("I always wanted ...")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.GROUP_REACH)
        for i in range(hit.first - 1, start, -1):
            if tokens[i] in words.PAST_WISHES:
                return WRITER.isdisjoint(tokens[max(start, i - 3) : i])
        return False

    def _hc10_no_evil(self, ctx: Context, hit: Hit) -> bool:
        """review10: a claim's words that name no evil after all: a source of good ("the
        cause of all our success"), a kind of people ("not people who give up"), a
        charm taken ("ci stanno rubando il cuore")."""
        tokens = ctx.tokens
        term = hit.entry.term
        after = tokens[hit.last : hit.last + words.BLESSING_REACH]
        if term in words.SOURCE_TERMS:
            return not words.BLESSINGS.isdisjoint(after)
        if term == "not people":
            return after[:1] != [] and after[0] in words.KIND_OF_PEOPLE
        if term.startswith("ci "):
            taken = [word for word in after[:2] if word not in words.IT_ARTICLES]
            return taken[:1] != [] and taken[0] in words.CHARMS
        return False

    def _hc10_rescued(self, tokens: list[str], at: int) -> bool:
        """review10: "out"/"fuori" at `at` is a way out of a plight ("out of poverty",
        "fuori dalla povertà") or being out ("out voting", "out and proud")."""
        rest = tokens[at + 1 : at + 5]
        if not rest:
            return False
        if rest[0] in words.OUT_OF:
            for word in rest[1:]:
                if word in words.PLIGHTS:
                    return True
                if word not in words.PLIGHT_FILLERS:
                    return False
            return False
        if rest[0] == "and":
            return rest[1:2] != [] and rest[1] in words.OUT_AND
        return tokens[at] == "out" and rest[0].endswith("ing")

    def _hc10_doomed(self, ctx: Context, hit: Hit) -> bool:
        """A named group after a wish or removal term in its clause, with its doom after
        the group when the term asks for one ("I hope all women die")."""
        tokens = ctx.tokens
        term = hit.entry.term
        clitic = term in words.CLITIC_REMOVALS
        end = min(len(tokens), hit.last + words.GROUP_REACH)
        for i in range(hit.last, end):
            if not clitic and ctx.pause_after(i - 1):
                return False
            group_end = self._group_end(tokens, i)
            if group_end <= 0:
                continue
            if term in words.REMOVALS and term not in words.NEEDS_DOOM:
                return True  # "rimandiamo a casa tutti i neri"
            j = ctx.find_ahead(group_end, words.DOOMS, words.DOOM_REACH)
            return j >= 0 and (
                tokens[j] not in words.OUT_DOOMS or not self._hc10_rescued(tokens, j)
            )
        return False
