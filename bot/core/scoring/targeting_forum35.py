"""Targeting rules of the forum35 round (issue 8): people named by a contempt label
(forum35_words.LABELS: "traitors", "pedos", "scumbags", "bastards", "savages", "rats")
called to be executed, which the older rules read as a label said of no one.

- The label as the subject of a modal call, maybe past a short place: "those filthy
  traitors must hang", "the pedos should be shot", "the filth in the senate needs
  hanging", "these savages deserve to be executed".
- The label as the object of an execution order opening its clause, over determiners and
  one word more: "hang the traitors", "lynch those pedos", "publicly hang the scumbags",
  "hang every last one of these bastards"; or of a noun of death before "to"/"for":
  "death to the traitors", "death penalty for all pedos", "a noose for every traitor".
- The label, then an order to hang "them" after a pause or "and": "find the guilty
  bastards and hang them", "these animals, hang them all in the square".

Beast labels ("rats", "animals", "pigs") take only words for executing people ("hang",
"lynch"), never "shot" or "gassed": "that rabid dog needs to be shot" stays clean. Stay
clean too: the past told ("the traitors were hanged in 1946": no modal), "hang out with
the bastards", "the bastards hung up on me", negations ("must not hang"), questions,
quotes, reports and counter-speech (hatecheck43's `_hc43_unsaid`), and a label an older
rule has already cancelled or aimed.

Cost per hit: a frozenset test of the term; then at most PLACE_REACH + MODAL_REACH tokens
ahead, DETERMINER_REACH + ORDER_REACH (or DEATH_REACH) tokens back, and THEN_REACH tokens
ahead. No regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import forum35_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck60 import HateCheck60Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum35Rules"]


class Forum35Rules(HateCheck60Rules):
    """People named by a contempt label called to be executed ("those traitors must
    hang", "lynch the traitors", "death to the traitors")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to said of the labelled people
        outright in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.LABELS or note or (target is not Kind.OBJECT and target is not Kind.NONE):
            return target, note
        verbs = w.FOR_PEOPLE if term in w.BEAST_LABELS else w.EXECUTIONS
        if not (_f35_subject(ctx, hit, verbs) or _f35_object(ctx, hit) or _f35_then(ctx, hit)):
            return target, note
        if self._hc43_unsaid(ctx, hit):
            return target, note  # "he said the traitors must hang", "nobody thinks ..."
        return (Kind.THIRD_PERSON if term in w.SINGULAR else Kind.GROUP), OUTRIGHT_NOTE


def _f35_kills(ctx: Context, at: int, verbs: frozenset[str]) -> bool:
    """Token `at` is one of `verbs`, and not "hang out", "hung up" or "hang on"."""
    tokens = ctx.tokens
    if at >= len(tokens) or tokens[at] not in verbs:
        return False
    if tokens[at] in w.HANGS and at + 1 < len(tokens) and not ctx.pause_after(at):
        return tokens[at + 1] not in w.HANG_PARTICLES
    return True


def _f35_subject(ctx: Context, hit: Hit, verbs: frozenset[str]) -> bool:
    """The label, maybe past a short place, before a modal run and an execution word:
    "those traitors must hang", "the filth in the senate needs hanging"."""
    tokens = ctx.tokens
    at = hit.last
    if at < len(tokens) and tokens[at] in w.PLACE_OPENERS:
        at = ctx.find_ahead(at, w.MODALS, w.PLACE_REACH + 1)
        if at < 0:
            return False
    end = ctx.skip_ahead(at, w.MODAL_RUN, w.MODAL_REACH)
    if end == at or w.MODALS.isdisjoint(tokens[at:end]):
        return False  # "the traitors were hanged", "the traitors hang out"
    return not ctx.pause_after(end - 1) and _f35_kills(ctx, end, verbs)


def _f35_object(ctx: Context, hit: Hit) -> bool:
    """The label after determiners and one word more, the object of an execution order
    opening its clause ("hang the traitors") or of a noun of death before "to"/"for"
    ("death to the traitors")."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.DETERMINERS, w.DETERMINER_REACH)
    if at > 0 and not ctx.pause_after(at - 1) and tokens[at - 1] not in w.ORDER_OR_LINK:
        at = ctx.back_over(at - 1, w.DETERMINERS, w.DETERMINER_REACH)  # "the filthy traitors"
    if at == 0 or ctx.pause_after(at - 1):
        return False
    verb = at - 1
    if tokens[verb] in w.DEATH_LINKS:
        start = ctx.back_over(verb, w.DEATH_RUN, w.DEATH_REACH)
        if start == verb or w.DEATHS.isdisjoint(tokens[start:verb]):
            return False
        return ctx.starts_sentence(start) or ctx.pause_after(start - 1)
    if not _f35_kills(ctx, verb, w.ORDERS):
        return False
    return ctx.opens_after(verb, w.ORDER_OPENERS, w.ORDER_REACH) or (
        verb > 0 and ctx.pause_after(verb - 1)
    )


def _f35_then(ctx: Context, hit: Hit) -> bool:
    """The label, then an order to hang "them" after a pause or "and"/"then": "find the
    guilty bastards and hang them", "these animals, hang them all"."""
    tokens = ctx.tokens
    stop = min(len(tokens) - 1, hit.last + w.THEN_REACH)
    for at in range(hit.last, stop):
        if tokens[at + 1] not in w.THEM or not _f35_kills(ctx, at, w.ORDERS):
            continue
        if ctx.pause_after(at - 1) or tokens[at - 1] in w.ORDER_LINKS:
            return True
    return False
