"""Targeting rules of the hatecheck27 round (issue 8, twentieth session): a named identity
group's existence regretted, and a named group compared below dirt, as functional
hate-speech suites write them with no insult word.

- Existence regretted: "it's a shame trans people exist", "sadly jews still exist",
  "i hate the fact that refugees exist", "why do women have to exist", "è un peccato che
  esistano gli ebrei", "purtroppo gli immigrati esistono", and, with "non", a wish:
  "sarebbe meglio se i musulmani non esistessero". The verb (hatecheck27_words.EXIST)
  counts when a named group stands right beside it (English before it over "still",
  "even", "have to"; Italian on either side over an article, "ancora", "non"), a regret
  (REGRETS; a wish, WISHES, for the Italian "non") comes before in the sentence, and the
  clause ends after it ("at all", "al mondo" may follow). Clean: "it's a shame this show
  exists", "è un peccato che esista il lunedì" (no group), "i'm glad gay people exist"
  (no regret), "it's sad that black people exist in fear of police" (goes on to a
  state), "it's a shame more women don't exist in ..." and "è un peccato che non esistano
  più donne in politica" (an absence regretted), "saying it's a shame jews exist is vile",
  "chi dice che è un peccato che esistano i gay è un razzista" (someone else's saying).
- A group compared below dirt: "women are lower than dirt", "jews are below dirt",
  "immigrants are lower than the dirt on my shoe", "gay people are lower than worms"
  (hatecheck27_words.BELOW), only as the predicate of a named group after "are". Clean:
  "mondays are lower than dirt", "my grades are lower than dirt" (no group), "refugees
  are treated worse than dirt" (a wrong done to them), "calling women lower than dirt is
  misogynist" (no copula), a denial or counter-speech.

- Counter-speech that judges a remark before it is said: "it's disgusting to say women
  are lower than dirt", "it's vile to say that gay people are ...", "è schifoso dire che
  le donne sono inferiori". A judgement (hatecheck27_words.JUDGED_AHEAD) the older rules
  read as aimed at the group, after "it's" / "è" and before "to say" / "dire" with a
  named group right after, is the writer's judgement of the saying (control12's note).
  Kept: "it's disgusting to say but women are trash" (no group right after), "it's vile
  to see gay people" (no saying), "women are disgusting to say the least". control12
  reads the judgement after the remark ("saying trans people shouldn't exist is vile",
  its CLAIM_LINKS now holding "shouldn't").

The first two shapes' terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate
drops them, and their words ("exist", "dirt") are no known words to the older rules.

Cost per hit: one frozenset test of the term; for the round's terms, at most four tokens
back (or ahead, Italian) over the gap, a group test, eight tokens back to the sentence
start for the regret and a speaker, and the older group rules' denial checks; for a
judgement read as aimed at a group, a frozenset test, a few fillers back and five tokens
ahead. No regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck27_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_control12 import REMARK_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid22 import Olid22Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REGRETTED_NOTE", "HateCheck27Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_REGRETTED_NOTE: Final = "no named group's existence regretted or put below dirt"


class HateCheck27Rules(Olid22Rules):
    """A named group's existence regretted; a named group said to be lower than dirt."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._hc27_speakers: frozenset[str] = w.SPEAKERS | lexicon.cues["reported"]

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms read here only."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            if (
                term in w.JUDGED_AHEAD
                and target is Kind.GROUP
                and self._hc27_judged_ahead(ctx, hit)
            ):
                return Kind.REPORTED, REMARK_NOTE  # "it's disgusting to say women are ..."
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return Kind.OBJECT, NOT_REGRETTED_NOTE
        if term in w.EXIST:
            frame = self._existence_regretted(ctx, hit)
        else:
            frame = self._below_dirt(ctx, hit)
        if frame < 0 or self._hc27_reported(ctx, frame, hit.first):
            return Kind.OBJECT, NOT_REGRETTED_NOTE
        if (
            self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        ):
            return Kind.OBJECT, NOT_REGRETTED_NOTE  # "i don't think women are lower than dirt"
        return Kind.GROUP, IDENTITY_NOTE

    def _hc27_group_ends(self, tokens: list[str], end: int) -> int:
        """Where a named group ending right before `end` starts ("muslims", "gay people",
        "persone trans", "i rom"), or -1."""
        for start in (end - 1, end - 2):
            if start >= 0 and self._group_end(tokens, start) == end:
                return start
        return -1

    def _existence_regretted(self, ctx: Context, hit: Hit) -> int:
        """Where the words before the regret end (the group or the Italian verb), when a
        named group beside the verb of existence is regretted; else -1."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        english = tokens[first] == "exist"
        group, after = -1, last
        at = first  # the group's start, or the verb when the group follows it
        gap: list[str] = []
        for end in range(first, max(0, first - w.GAP_REACH) - 1, -1):
            group = self._hc27_group_ends(tokens, end)
            if group >= 0:
                at = group
                break
            word = tokens[end - 1] if end > 0 else ""
            if end == 0 or ctx.pause_after(end - 1):
                break
            if word not in (w.GAP if english else w.IT_GAP):
                break
            gap.append(word)
        if group < 0:
            if english:
                return -1
            after = self._hc27_group_after(ctx, last)  # "esistano gli ebrei"
            if after < 0:
                return -1
            gap = [t for t in tokens[last:after] if t == w.NOT_IT]
            denied = first > 0 and tokens[first - 1] == w.NOT_IT
        else:
            denied = w.NOT_IT in gap
        if not (ctx.closes_clause(after) or self._hc27_tail(tokens, after)):
            return -1  # "exist in fear of police"
        if not w.PLIGHTS.isdisjoint(tokens[min(at, after - 2) : after]):
            return -1  # "sadly poor people still exist": a plight regretted
        start = ctx.sentence_start(at, w.FRAME_REACH)
        before = tokens[start:at]
        if denied or w.NOT_IT in gap:
            return start if not w.WISHES.isdisjoint(before) else -1
        if english and w.WHY in before and w.HAVE in gap:
            return start  # "why do women have to exist"
        for i, word in enumerate(before):
            if word in w.REGRETS:
                if not w.NEGATIONS.isdisjoint(before[max(0, i - w.NEGATION_REACH) : i]):
                    return -1  # "it's not a shame that gay people exist"
                if word == w.DEFIANT and ctx.pause_after(start + i):
                    return -1  # "too bad, muslims exist. deal with it"
                return start
        return -1

    def _hc27_group_after(self, ctx: Context, last: int) -> int:
        """The end of a named group right after the Italian verb over "ancora" and an
        article ("esistono ancora gli zingari"), or -1."""
        tokens = ctx.tokens
        for at in range(last, min(len(tokens), last + w.GAP_REACH)):
            end = self._group_end(tokens, at)
            if end > at:
                return end
            if tokens[at] not in w.IT_GAP or ctx.pause_after(at):
                return -1
        return -1

    @staticmethod
    def _hc27_tail(tokens: list[str], end: int) -> bool:
        """ "... exist at all", "... esistono ancora", "... al mondo": the existence said whole."""
        word = tokens[end]
        return word in w.TAILS or (
            end + 1 < len(tokens) and (word, tokens[end + 1]) in w.TAIL_PAIRS
        )

    def _below_dirt(self, ctx: Context, hit: Hit) -> int:
        """The sentence start when a named group is the subject of "are" before the
        comparison ("women are lower than dirt"); else -1."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.BELOW_GAP, w.BELOW_REACH) - 1
        if at < 1 or tokens[at] not in w.COPULAS or ctx.pause_after(at - 1):
            return -1
        group = self._hc27_group_ends(tokens, at)
        if group < 0:
            return -1
        return ctx.sentence_start(group, w.FRAME_REACH)

    def _hc27_reported(self, ctx: Context, start: int, first: int) -> bool:
        """Someone else's saying or its speakers before the shape in its sentence: "saying
        it's a shame jews exist is vile", "people who think ...", "chi dice che ..."."""
        before = ctx.tokens[start:first]
        return any(
            (word in self._hc27_speakers or word in w.OPINIONS)
            and (i == 0 or before[i - 1] not in w.WRITERS)
            for i, word in enumerate(before)
        )  # "some people think ...", never "i think ..." or "i'd say ..."

    def _hc27_judged_ahead(self, ctx: Context, hit: Hit) -> bool:
        """ "it's disgusting to say women are ...", "è schifoso dire che le donne ...": the
        judgement after "it's" / "è", then a saying and a named group right after it."""
        tokens = ctx.tokens
        at = hit.first - 1
        while at >= 0 and tokens[at] in w.JUDGED_FILLERS:
            at -= 1
        if at < 0 or tokens[at] not in w.JUDGED_OPENERS:
            return False
        said = hit.last
        if said < len(tokens) and tokens[said] == "to":
            said += 1  # "to say"
            if said >= len(tokens) or tokens[said] not in w.SAY_AFTER_TO:
                return False
        elif said >= len(tokens) or tokens[said] not in w.SAY_IT:
            return False
        for i in range(said + 1, min(len(tokens), said + 1 + w.REMARK_REACH)):
            if self._group_end(tokens, i) > i:
                return True
            if tokens[i] not in w.SAID_LINKS and tokens[i] not in w.IT_GAP:
                return False
        return False
