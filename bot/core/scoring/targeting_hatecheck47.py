"""Targeting rules of the hatecheck47 round (issue 8, thirtieth session): implicit
derogation of a named group, as functional hate-speech suites write it with no insult
word: the group reduced to one use "and nothing else", said to be present only for a use
or a harm, or told to stick to housework.

- One use and nothing else: the older insult "nothing" with "and" before it and "else" or
  "more" after, its clause closing there over a few tails ("lol", "tbh"); or the round's
  "little else", "not much else" after "and". Within USE_REACH before "and", a use
  ("good for", "useful for", "fit for", "good in", "good as"), a copula before it and a
  named group the sentence's subject: "women are good for sex and nothing else",
  "immigrants are good for cleaning toilets and nothing more", "women are good for
  housework and little else".
- Present only for a use or a harm: "only here to", "here only to", "just here to" and a
  verb that is a use or a harm ("cook", "serve", "leech", "rape"), or a verb with such an
  object close after ("make sandwiches", "take our money", "spread sharia", "look
  pretty"); "only here for" and a gain ("the benefits", "free housing"); "here to serve",
  "here to please", "here to obey", "here to breed" with men or us after or nothing; a
  copula before and a named group the subject: "women are only here to make sandwiches",
  "refugees are only here for the benefits", "women are here to serve men".
- Told to stick to housework: "stick to" after a modal ("should", "need to", "ought to",
  over "just") with a named group the subject, and the kitchen or a household task close
  after: "women should stick to the kitchen", "women should stick to making babies".

Stay clean: no named group (the clean gate drops the terms: "this knife is good for bread
and nothing else", "i should stick to cooking"), no use or harm ("immigrants are here to
build a better life", "refugees are only here for a week", "women should stick to their
guns", "women are here to serve their country"), a clause going on ("... and nothing
else matters"), a time or condition after ("... stick to the kitchen while we paint"),
quoted, asked, reported, someone else's saying or a denial before ("women are not just
here to make sandwiches", "who says women are only here to make sandwiches?").

The terms are group_only.FIRST_NAMED_TERMS. Cost per hit: one frozenset test of the term;
then at most USE_REACH tokens back from "and" (or STICK_REACH) plus hatecheck45's subject
read, and a few tokens ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck45_words as h45
from bot.core.scoring import hatecheck47_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat42 import GameChat42Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REDUCED_NOTE", "HateCheck47Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_REDUCED_NOTE: Final[str] = "no named group reduced to a use or told to keep house"


class HateCheck47Rules(GameChat42Rules):
    """A named group reduced to one use and nothing else ("women are good for sex and
    nothing else"), present only for a use or a harm ("women are only here to make
    sandwiches"), or told to stick to housework ("women should stick to the kitchen")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.NOTHING:
            if target is Kind.GROUP or target is Kind.REPORTED:
                return target, note
            use = self._hc47_nothing_else(ctx, hit)
            if use >= 0 and self._hc47_claimed(ctx, hit, use):
                return Kind.GROUP, IDENTITY_NOTE  # "women are good for sex and nothing else"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if target is not Kind.REPORTED and self._hc47_aimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_REDUCED_NOTE

    def _hc47_aimed(self, ctx: Context, hit: Hit) -> bool:
        """The round's own shapes, each with a named group (or "they" after one) as the
        subject."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term in w.LITTLE_ELSE_TERMS:
            use = self._hc47_one_use(ctx, hit.first - 1, hit.last)
            return use >= 0 and self._hc47_claimed(ctx, hit, use)
        if term == w.STICK_TO:
            return not self._hc43_unsaid(ctx, hit) and self._hc47_stick_to(ctx, hit)
        if term in w.HERE_TO_TERMS:
            if not _hc47_purpose_at(ctx, hit.last):
                return False  # "immigrants are only here to work"
        elif term in w.HERE_FOR_TERMS:
            if ctx.find_ahead(hit.last, w.GAINS, w.GAIN_REACH) < 0:
                return False  # "refugees are only here for a week"
        elif not ctx.closes_clause(hit.last) and (  # "here to serve", "here to breed"
            ctx.find_ahead(hit.last, w.MASTERS, w.MASTER_REACH) < 0
        ):
            return False  # "women are here to serve their country"
        if hit.last < len(tokens) and _hc47_conditioned(ctx, hit.last):
            return False  # "only here to cook until the chef is back"
        return self._hc47_claimed(ctx, hit, hit.first)

    def _hc47_claimed(self, ctx: Context, hit: Hit, at: int) -> bool:
        """The writer's own claim with a copula before token `at`: the group (or "they"
        after one) its subject ("women are ...", "i met some women. they are ..."), or
        asked with "why" ("why are women only here to ...?"); not quoted, asked otherwise,
        reported or denied."""
        if ctx.quoted(hit.first, hit.last):
            return False
        if self._hc47_why_asks(ctx, at):
            return True  # "why are women only here to make sandwiches?"
        if self._hc43_unsaid(ctx, hit):
            return False
        start = ctx.back_over(at, h45.HAVE_GAP, h45.ADVERB_REACH)
        verb = start - 1
        if verb < 1 or ctx.tokens[verb] not in w.COPULAS or ctx.pause_after(verb):
            return False
        return self._hc47_subject(ctx, verb)

    def _hc47_subject(self, ctx: Context, at: int) -> bool:
        """A named group the subject before token `at` (hatecheck44's read), or "they"
        right before it after a group named earlier ("i met some women. they are")."""
        if self._hc44_subject(ctx, at):
            return True
        they = ctx.back_over(at, h45.HAVE_GAP, h45.ADVERB_REACH) - 1
        return they > 0 and ctx.tokens[they] in w.THEY and self._hc33_they_carries(ctx, they)

    def _hc47_why_asks(self, ctx: Context, at: int) -> bool:
        """ "why" and a copula opening the sentence, a named group right after and right
        before token `at` (over adverbs): "why are women only here to make sandwiches?"."""
        tokens = ctx.tokens
        end = ctx.back_over(at, h45.HAVE_GAP, h45.ADVERB_REACH)
        for i in range(end - 1, max(1, end - 1 - w.GROUP_SPAN), -1):
            if self._group_end(tokens, i) != end:
                continue
            why = i - 2
            return (
                tokens[i - 1] in w.COPULAS
                and tokens[why] in w.WHY
                and ctx.starts_sentence(why)
                and ctx.ends_asking(why)
            )
        return False

    def _hc47_nothing_else(self, ctx: Context, hit: Hit) -> int:
        """The older "nothing" read as "and nothing else" or "and nothing more" after a
        use ("women are good for sex and nothing else"): where the use word is, or -1."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in w.ELSE:
            return -1
        return self._hc47_one_use(ctx, hit.first - 1, hit.last + 1)

    def _hc47_one_use(self, ctx: Context, conj: int, end: int) -> int:
        """ "and" at token `conj`, the tail closing its clause at token `end` over a few
        tails, and a use within USE_REACH before "and" ("women are [good for] sex [and]
        nothing else"): where the use word is, or -1."""
        tokens = ctx.tokens
        if conj < 2 or tokens[conj] != w.AND or ctx.pause_after(conj):
            return -1
        if not ctx.closes_clause(ctx.skip_ahead(end, w.TAILS, w.TAIL_REACH)):
            return -1  # "... and nothing else matters"
        for use in range(conj - 2, max(-1, conj - 1 - w.USE_REACH), -1):
            if ctx.pause_after(use + 1):
                return -1  # "women are good for the team, and nothing else"
            if tokens[use] in w.USES and tokens[use + 1] in w.USE_PREPS:
                return use
        return -1

    def _hc47_stick_to(self, ctx: Context, hit: Hit) -> bool:
        """ "stick to" after a modal, a named group the subject, housework close after:
        "women should (just) stick to the kitchen", "women need to stick to cooking"."""
        tokens = ctx.tokens
        if ctx.find_ahead(hit.last, w.HOUSEWORK, w.HOUSE_REACH) < 0:
            return False  # "women should stick to their guns"
        if _hc47_conditioned(ctx, hit.last):
            return False  # "... stick to the kitchen while we paint"
        start = ctx.back_over(hit.first, w.STICK_GAP, w.STICK_REACH)
        if w.STICK_MODALS.isdisjoint(tokens[start : hit.first]):
            return False  # "women stick to the kitchen at parties"
        return self._hc47_subject(ctx, start)


def _hc47_purpose_at(ctx: Context, at: int) -> bool:
    """A use or a harm at token `at` ("cook", "leech"), or a verb with a use's or harm's
    object close after ("make sandwiches", "take our money", "look pretty")."""
    if at >= len(ctx.tokens) or ctx.pause_after(at - 1):
        return False
    verb = ctx.tokens[at]
    if verb in w.PURPOSE_VERBS:
        return True
    return verb in w.OBJECT_VERBS and ctx.find_ahead(at + 1, w.OBJECTS, w.OBJECT_REACH) >= 0


def _hc47_conditioned(ctx: Context, at: int) -> bool:
    """A condition or a time from token `at` on: "... while we paint", "... until six"."""
    return ctx.any_ahead(at, h45.CONDITIONS, h45.CONDITION_REACH)
