"""Targeting rules of the hatecheck45 round (issue 8, thirtieth session): a named group
said to bring only harm, reduced to a use, harm called for on any member who does
something, and a group told it has no business or place among others, as functional
hate-speech suites write them.

- Only harm: "only" before or after a verb of bringing or causing (hatecheck45_words.
  ONLY_HARM_TERMS: "only bring", "only ever cause", "bring only", "only know") and a harm
  right after over a few gap words (HARMS: hatecheck44's and "murder", "war"...), a named
  group the sentence's subject right before: "muslims only bring violence", "immigrants
  only ever cause trouble", "muslims bring only terror"; or "only want to" and a harm
  (HARM_VERBS): "muslims only want to kill us", "immigrants only want to destroy this
  country" (never "gay people only want to be left alone").
- Reduced to a use: a copula and "good for one thing" ("women are good for one thing
  only"); a copula and "only useful", "only fit" with "for", "as", "in", "to" after, or
  "only good in" ("women are only fit for breeding", "women are only good in bed");
  "exist only to" ("women exist only to serve men"); "serve one purpose"; and "the only
  thing" a group "are good for" ("the only thing women are good for is cooking").
- Harm called for (HARM_CALL_TERMS: "should get shot", "should get beaten up",
  "deserves a slap") on the group as the subject ("immigrants should get shot") or on
  a member with a relative clause before the call, opening its sentence over a
  quantifier ("any immigrant who comes here should get shot", "every woman who talks
  back deserves a slap", "immigrants who steal should get shot"); the older "deserves a
  good beating" read the same way ("any refugee who complains deserves a good beating").
- "have no business" with where or what after it, and "have no place among", the group
  the subject: "women have no business in politics", "muslims have no place among decent
  people".

Stay clean: no named group (the clean gate drops the terms: "this patch only causes
lag", "the player who camps should get banned"), no harm after ("immigrants only bring
their families after a year"), no copula or use ("women are good at chess too"), a kind
call ("any immigrant who comes here should get a fair hearing"), a member not opening
the sentence ("no immigrant who ..."), quoted, asked, reported, someone else's saying or
a denial before ("saying muslims only bring violence is bigotry", "nobody thinks women
are good for one thing only").

The terms are group_only.FIRST_NAMED_TERMS. Cost per hit: one frozenset test of the
term; then at most SUBJECT_GAP_REACH + ADVERB_REACH + GROUP_SPAN + LEAD_REACH tokens back
and HARM_REACH or a few tokens ahead, or REL_REACH + MEMBER_REACH + QUANTIFIER_REACH
back for a member. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck45_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision30 import Precision30Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REDUCED_NOTE", "HateCheck45Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_REDUCED_NOTE: Final[str] = "no named group said to bring only harm, reduced to a use or harmed"


class HateCheck45Rules(Precision30Rules):
    """A named group said to bring only harm ("muslims only bring violence"), reduced to a
    use ("women are good for one thing only"), harm called for on any member ("any
    immigrant who comes here should get shot"), or given no place ("women have no
    business in politics")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OLDER_HARM_CALLS:
            if target is not Kind.GROUP and self._hc45_member_called(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "any refugee who ... deserves a good beating"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED:
            return Kind.OBJECT, NOT_REDUCED_NOTE
        if term in w.HARM_CALL_TERMS and self._hc45_member_called(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "any immigrant who comes here should get shot"
        if self._hc43_unsaid(ctx, hit):  # "nobody thinks women are good for one thing only"
            return Kind.OBJECT, NOT_REDUCED_NOTE
        if self._hc45_aimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_REDUCED_NOTE

    def _hc45_aimed(self, ctx: Context, hit: Hit) -> bool:
        """The round's shapes, each with a named group (or a member) as the subject."""
        term = hit.entry.term
        tokens = ctx.tokens
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        if term in w.ONLY_HARM_TERMS:
            return _hc45_harm_at(ctx, hit.last) and self._hc44_subject(ctx, hit.first)
        if term in w.WANT_TERMS:
            return after in w.HARM_VERBS and self._hc44_subject(ctx, hit.first)
        if term in w.HARM_CALL_TERMS:
            return self._hc44_subject(ctx, hit.first)  # "trans people should get beaten"
        if term in w.EXIST_TERMS:
            if after not in w.EXIST_AFTER or _hc45_conditioned(ctx, hit):
                return False  # "exist only in small numbers", "... until"
            return self._hc44_subject(ctx, hit.first)  # "women exist only to serve men"
        if term == w.ONLY_THING:
            return self._hc45_only_thing(ctx, hit)
        if term in w.PURPOSE_TERMS:
            verb = hit.first - 1
            if verb < 0 or tokens[verb] not in w.PURPOSE_VERBS or ctx.pause_after(verb):
                return False
            return self._hc44_subject(ctx, verb)  # "women serve one purpose"
        if term in w.NO_PLACE_TERMS:
            if term == w.NO_BUSINESS and after not in w.BUSINESS_AFTER:
                return False  # "... have no business plan"
            if term != w.NO_BUSINESS and not ctx.any_ahead(hit.last, w.AMONG_PEOPLE, w.AMONG_REACH):
                return False  # "no place among the top ten"
            return self._hc45_after_verb(ctx, hit.first, w.HAVE)
        if term in w.USE_TERMS and not term.endswith(" in") and after not in w.USE_AFTER:
            return False  # "women are only useful" said of nothing
        if _hc45_conditioned(ctx, hit):
            return False  # "only fit for the olympics if they train"
        return self._hc45_after_verb(ctx, hit.first, w.COPULAS)  # use and one-thing terms

    def _hc45_after_verb(self, ctx: Context, at: int, verbs: frozenset[str]) -> bool:
        """One of `verbs` right before token `at` (over adverbs), a named group the
        sentence's subject before it: "women [are] only fit", "women [have] no business"."""
        start = ctx.back_over(at, w.HAVE_GAP, w.ADVERB_REACH)
        verb = start - 1
        if verb < 0 or ctx.tokens[verb] not in verbs or ctx.pause_after(verb):
            return False
        return self._hc44_subject(ctx, verb)

    def _hc45_only_thing(self, ctx: Context, hit: Hit) -> bool:
        """ "the only thing women are good for is cooking": "the" opening the sentence, a
        named group, a copula, a use and "for"; or a verb of bringing, a copula and a harm
        ("the only thing immigrants bring is crime")."""
        tokens = ctx.tokens
        if hit.first < 1 or tokens[hit.first - 1] not in w.THE:
            return False
        if not ctx.starts_sentence(hit.first - 1):
            return False
        end = -1
        for i in range(hit.last, min(len(tokens), hit.last + 2)):
            end = self._group_end(tokens, i)
            if end > i:
                break
        if end < 0 or end + 2 >= len(tokens):
            return False
        verb, then = tokens[end], tokens[end + 1]
        if verb in w.BRINGS and then in w.COPULAS:
            return _hc45_harm_at(ctx, end + 2)  # "the only thing immigrants bring is crime"
        return verb in w.COPULAS and then in w.USES and tokens[end + 2] == w.FOR

    def _hc45_member_called(self, ctx: Context, hit: Hit) -> bool:
        """A member or a group with a relative clause before the call, opening its
        sentence over a quantifier: "any immigrant who comes here should get shot",
        "immigrants who steal should get shot". Only quantifiers may stand before the
        member, so no saying or denial can ("he said any ...", "no immigrant who ...");
        the relative clause's "who" is no speaker here, as older rounds read it."""
        if ctx.quoted(hit.first, hit.last) or ctx.ends_asking(hit.first):
            return False
        tokens = ctx.tokens
        floor = max(ctx.sentence_start(hit.first, w.REL_REACH), hit.first - w.REL_REACH)
        for rel in range(hit.first - 1, floor, -1):
            if tokens[rel] not in w.RELATIVES:
                continue
            start = self._hc45_member_before(tokens, rel)
            if start >= 0:  # else a "that" inside the clause: "who uses that bathroom"
                return ctx.opens_after(start, w.QUANTIFIERS, w.QUANTIFIER_REACH)
        return False

    def _hc45_member_before(self, tokens: list[str], end: int) -> int:
        """Where a named group, or a member of one, ending right before token `end`
        starts, or -1: "muslims", "gay people", "immigrant", "trans person", "black guy"."""
        for i in range(end - 1, max(-1, end - 1 - w.MEMBER_REACH), -1):
            if self._group_end(tokens, i) == end:
                return i
        last = tokens[end - 1]
        plural = w.SINGULARS.get(last, last + "s")
        if self._group_end([plural], 0) == 1 or self._group_end([last, "people"], 0) == 2:
            return end - 1  # "any immigrant who", "any trans who"
        if end >= 2 and self._group_end([tokens[end - 2], "people"], 0) == 2:
            return end - 2 if last in self._cue_people or last in w.PERSONS else -1
        return -1


def _hc45_harm_at(ctx: Context, at: int) -> bool:
    """A harm at token `at` over a few words ("violence", "pure chaos"), its clause
    closing after it over a few tails ("crime and drugs", "chaos to our towns"); never
    "crime rates down" or "trouble because of poverty"."""
    end = ctx.skip_ahead(at, w.HARM_GAP, w.HARM_REACH)
    if end >= len(ctx.tokens) or ctx.tokens[end] not in w.HARMS:
        return False
    return ctx.closes_clause(ctx.skip_ahead(end + 1, w.HARM_TAILS, w.TAIL_REACH))


def _hc45_conditioned(ctx: Context, hit: Hit) -> bool:
    """A condition or a time after a use: "only fit for the olympics if they train"."""
    return ctx.any_ahead(hit.last, w.CONDITIONS, w.CONDITION_REACH)
