"""Targeting rules of the hatecheck44 round (issue 8, thirtieth session): a right or a
basic good denied to a named group, and a named group said to bring nothing but harm.

- "deserve" denied with a right or a good after it (hatecheck44_words.GOODS over a few
  DETERMINERS, or "to" and RIGHT_VERBS, "to be" and BE_GOODS) closing its clause over a
  few TAILS ("in this country", "at all"; never "to be in prison for this"), a named
  group the sentence's subject right before the denial: "women dont deserve to vote",
  "immigrants don't deserve healthcare", "muslims dont deserve to exist" (hateprobe3's
  claims read only "don't", never chat's "dont"), "jews do not deserve a country of
  their own"; or "deserve no" and the good: "trans people deserve no rights".
- "no right to" after "have" ("women have no right to vote", "muslims should have no
  right to be here"), and "the right to" after a denied "have" ("gay people shouldnt have
  the right to marry"), with the same rights after it and the group as the subject.
- the older "nothing" with "but" after it and a verb of bringing or being before it,
  then a harm (HARMS): "immigrants bring nothing but crime", "women are nothing but
  trouble" (a phrase over "nothing" would take hatecheck17's "you are nothing but a
  woman" away). "muslims only bring violence" is left alone: "bring" as a term's word
  would make chat's "brig" (a hero) its typo, and hatecheck37's "only" is gated.

Stay clean: no named group ("tourists have no right to vote here", "this patch brings
nothing but bugs"), the right granted ("women deserve the vote"), not a right
("immigrants don't deserve to be treated like criminals", "women dont deserve the abuse
they get"), a good brought ("immigrants bring nothing but good food"), someone else's
saying or a denial before the subject ("nobody thinks gays dont deserve to marry", "my
uncle said ..."), quoted, asked.

The round's terms ("deserve", "no right to", "the right to") are
group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops them, and they
give way to an older term of the same length (matching._YIELDING: "no immigrant has the
right to live" keeps "right to live"). Cost per hit: one frozenset test of the term;
then at most ADVERB_REACH + HAVE_REACH + GROUP_SPAN + LEAD_REACH tokens back and
DETERMINER_REACH + TAIL_REACH + 3 ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck44_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord37 import Discord37Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DENIED_TO_GROUP_NOTE", "HateCheck44Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_DENIED_TO_GROUP_NOTE: Final = "no right denied to a named group, nor harm said its only gift"


class HateCheck44Rules(Discord37Rules):
    """A right denied to a named group ("women dont deserve to vote", "muslims have no
    right to be here"), or the group said to bring nothing but harm ("immigrants bring
    nothing but crime")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            if note == w.CLAIM_NOTE and hit.entry.tokens[0] in w.DESERVES:
                return self._hc44_claim(ctx, hit, target, note)
            if term == w.NOTHING and target is not Kind.GROUP and self._hc44_nothing_but(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "immigrants bring nothing but crime"
            return target, note
        if target is Kind.REPORTED or self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return Kind.OBJECT, NOT_DENIED_TO_GROUP_NOTE
        if self._hc44_aimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_DENIED_TO_GROUP_NOTE

    def _hc44_claim(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """hateprobe3's claims ("deserve to exist", "deserve rights") denied in chat's
        spelling, which its reading misses: "muslims dont deserve to exist", "trans people
        doesnt deserve to be alive", with the group as the sentence's subject."""
        if self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return target, note
        denial = _hc44_denied(ctx, hit.first)
        if denial >= 0 and self._hc44_subject(ctx, denial):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc44_aimed(self, ctx: Context, hit: Hit) -> bool:
        """The round's shapes, each with a named group as the sentence's subject."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term in w.DESERVES:
            if hit.last < len(tokens) and tokens[hit.last] == w.NO:
                # "trans people deserve no rights"
                verb = ctx.back_over(hit.first, w.ADVERBS, w.ADVERB_REACH)
                return _hc44_right_at(ctx, hit.last + 1) and self._hc44_subject(ctx, verb)
            denial = _hc44_denied(ctx, hit.first)
            return denial >= 0 and _hc44_right_at(ctx, hit.last) and self._hc44_subject(ctx, denial)
        # "no right to", "the right to", "any right to"
        start = ctx.back_over(hit.first, w.HAVE_GAP, w.HAVE_REACH)
        had = not w.HAVE.isdisjoint(tokens[start : hit.first])
        if not had or not _hc44_right_at(ctx, hit.last - 1):
            return False
        if term == w.NO_RIGHT:
            return self._hc44_subject(ctx, start)  # "women have no right to vote"
        # "gay people shouldnt have the right to marry": the "have" denied
        have = hit.first - 1
        if have < 0 or tokens[have] not in w.HAVE:
            return False
        denial = _hc44_denied(ctx, have)
        return denial >= 0 and self._hc44_subject(ctx, denial)

    def _hc44_nothing_but(self, ctx: Context, hit: Hit) -> bool:
        """The older "nothing" with "but" and a harm after it, a verb of bringing or being
        before it and a named group as the subject: "immigrants bring nothing but crime",
        "women are nothing but trouble"; never "... nothing but good food"."""
        tokens = ctx.tokens
        but = hit.last
        if but >= len(tokens) or tokens[but] != w.BUT or ctx.pause_after(but - 1):
            return False
        if not _hc44_harm_at(ctx, but + 1):
            return False  # "immigrants bring nothing but good food"
        if self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return False  # "saying immigrants bring nothing but crime is racist"
        verb = ctx.back_over(hit.first, w.BRING_GAP, w.ADVERB_REACH) - 1
        if verb < 0 or tokens[verb] not in w.BRINGS or ctx.pause_after(verb):
            return False
        return self._hc44_subject(ctx, ctx.back_over(verb, w.BRING_GAP, w.ADVERB_REACH))

    def _hc44_subject(self, ctx: Context, at: int) -> bool:
        """A named group ends right before token `at` and opens its sentence over a short
        lead ("honestly", "i think", "all the"): the writer's own claim of the group."""
        tokens = ctx.tokens
        at = ctx.back_over(at, w.ADVERBS, w.ADVERB_REACH)  # "women really dont"
        for i in range(at - 1, max(-1, at - 1 - w.GROUP_SPAN), -1):
            if self._group_end(tokens, i) == at and not ctx.pause_after(i):
                return ctx.opens_after(i, w.SUBJECT_LEAD, w.LEAD_REACH)
        return False


def _hc44_denied(ctx: Context, at: int) -> int:
    """Where a denial before token `at` (over adverbs) starts, its auxiliary included
    ("dont", "do not", "don't" split "don", "t", "should not"), or -1."""
    tokens = ctx.tokens
    i = ctx.back_over(at, w.ADVERBS, w.ADVERB_REACH) - 1
    if i < 0 or ctx.pause_after(i):
        return -1
    word = tokens[i]
    if word == w.SPLIT_T:
        return i - 1 if i > 0 and tokens[i - 1] in w.SPLIT_DENIALS else -1
    if word not in w.DENIALS:
        return -1
    if word == w.NOT and i > 0 and tokens[i - 1] in w.AUXILIARIES:
        return i - 1  # "women do not deserve"
    return i


def _hc44_good_at(ctx: Context, at: int) -> int:
    """Where a right or a good at token `at` over a few determiners ends ("the vote",
    "equal pay"), or -1."""
    end = ctx.skip_ahead(at, w.DETERMINERS, w.DETERMINER_REACH)
    return end + 1 if end < len(ctx.tokens) and ctx.tokens[end] in w.GOODS else -1


def _hc44_right_at(ctx: Context, at: int) -> bool:
    """What "deserve" or "(no) right to" is said of at token `at`, the clause closing
    after it over a few tails ("in this country", "at all", "lol"): a good, or "to" (read
    from the token after `at` when the term itself ends in "to") and a right: "to vote",
    "to be here", "to have kids"; never "to live in fear", "to be in prison"."""
    tokens = ctx.tokens
    if at >= len(tokens):
        return False
    end = -1
    verb = at + 1
    if tokens[at] != w.TO:
        end = _hc44_good_at(ctx, at)
    elif verb >= len(tokens):
        return False
    elif tokens[verb] == w.BE:
        if verb + 1 < len(tokens) and tokens[verb + 1] in w.BE_GOODS:
            end = verb + 2  # "to be here", "to be in this country"
    elif tokens[verb] == w.HAVE_VERB:
        end = _hc44_good_at(ctx, verb + 1)  # "to have kids", "to have a say"
    elif tokens[verb] in w.RIGHT_VERBS:
        end = verb + 1
    else:
        end = _hc44_good_at(ctx, verb)  # "no right to an opinion"
    return end > 0 and ctx.closes_clause(ctx.skip_ahead(end, w.TAILS, w.TAIL_REACH))


def _hc44_harm_at(ctx: Context, at: int) -> bool:
    """A harm at token `at` over a few words: "crime", "a drain", "pure filth"."""
    end = ctx.skip_ahead(at, w.HARM_GAP, w.HARM_REACH)
    return end < len(ctx.tokens) and ctx.tokens[end] in w.HARMS
