"""Targeting rules of the hatecheck60 round (issue 8): veiled threats and the claim that no
one would miss a named identity group, which no older line held.

- A veiled threat with the group as its object: "it's open season on immigrants", and
  after a call ("someone should", "we'll", "time to") "do something about" or "deal
  with": "someone should do something about the gays", "we'll deal with the muslims soon
  enough".
- No one would miss the group, asked or said: "would anyone even miss the refugees if
  they vanished?", "who'd miss the jews", "nobody would miss the immigrants", "the world
  wouldn't miss black people".

The group follows past a few determiners ("all the", "those", "you"), is not the owner of
a noun ("the immigrants' visas"), and closes its clause or goes on only into when, how
far or a vanishing ("soon enough", "once and for all", "if they were gone").

Clean: things, animals and problems ("open season on deer", "we'll deal with the bugs",
"would anyone miss the old logo?"), the group's things, the group going on into a manner
or a plight ("deal with the refugees humanely", "do something about the gays being
attacked"), someone who would miss them ("i'd miss the jews in my building", "everyone
would miss the women on our team"), quotes, reports and counter-speech ("saying 'it's
open season on muslims' is vile"), and for the threats questions and negations ("how do
i deal with gay people at school?", "it's never open season on jews"). The round's own
lines outside these shapes are cancelled.

Cost per hit: a frozenset test on the term; then CALL_REACH tokens back, GROUP_REACH to
the group and TAIL_REACH after it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck43_words as h43
from bot.core.scoring import hatecheck53_words as h53
from bot.core.scoring import hatecheck60_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck61 import HateCheck61Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_THREATENED_NOTE", "HateCheck60Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_THREATENED_NOTE: Final[str] = "no named group threatened or said to be unmissed"


class HateCheck60Rules(HateCheck61Rules):
    """Veiled threats against a named group and the claim no one would miss it ("it's
    open season on immigrants", "would anyone even miss the refugees?")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if term in w.MISSES:
            opens = _hc60_unmisser(ctx, hit)  # "who", "anyone": no report's speaker here
            aimed = opens >= 0 and not ctx.quoted(hit.first, hit.last)
            said = hit._replace(first=max(opens, 0))
        else:
            said = hit
            aimed = (term == w.OPEN_SEASON or _hc60_called(ctx, hit.first, w.CALLS)) and not (
                ctx.ends_asking(hit.first) or _hc60_denied(ctx, hit.first)
            )
        end = self._hc60_group_after(ctx, hit.last) if aimed else -1
        if end < 0 or self._hc28_others(ctx, said):
            return Kind.OBJECT, NO_GROUP_THREATENED_NOTE
        if (
            term == w.DEAL_WITH
            and ctx.closes_clause(end)
            and not _hc60_called(ctx, hit.first, w.THREAT_CALLS)
        ):
            # "we must deal with refugees" may be policy; "we'll", "someone needs to" or a
            # time after it ("... soon enough") make the threat
            return Kind.OBJECT, NO_GROUP_THREATENED_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _hc60_group_after(
        self,
        ctx: Context,
        at: int,
        tails: frozenset[str] = w.TAILS,
        tail_reach: int = w.TAIL_REACH,
    ) -> int:
        """Where a named group (or one member) from token `at` on past a few determiners
        ends, not the owner of a noun, closing its clause or going on only into `tails`
        (w.TAILS; hatecheck63 passes its question's tails); or -1."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.GROUP_REACH)):
            if ctx.pause_after(i - 1):
                return -1
            end = self._hc21_member(tokens, i, len(tokens))
            if end > 0:
                if end < len(tokens) and tokens[end] in h53.POSSESSIVE_MARKS:
                    return -1  # "the immigrants' visa backlog"
                return end if ctx.closes_after(end, tails, tail_reach) else -1
            if tokens[i] not in w.GROUP_GAP:
                return -1
        return -1


def _hc60_called(ctx: Context, first: int, calls: frozenset[str]) -> bool:
    """One of `calls` in the run right before the threat at `first`, over its doer:
    "someone should", "we'll", "we're gonna", "time to"."""
    at = ctx.back_over(first, w.CALL_RUN, w.CALL_REACH)
    return not calls.isdisjoint(ctx.tokens[at:first])


def _hc60_denied(ctx: Context, first: int) -> bool:
    """A negation before the threat at `first` in its sentence: "it's never open season
    on jews", "we will never deal with women like that"."""
    start = ctx.sentence_start(first, h43.SENTENCE_REACH)
    return not h43.NEGATIONS.isdisjoint(ctx.tokens[start:first])


def _hc60_unmisser(ctx: Context, hit: Hit) -> int:
    """Where the claim opens when the one who would (not) miss the group says no one
    would ("would anyone miss", "who'd miss", "no one would miss", "would the world
    miss", "i wouldn't miss"), or -1."""
    tokens = ctx.tokens
    first = hit.first
    term_first = hit.entry.tokens[0]
    if term_first in ("anyone", "anybody", "world"):
        at = ctx.back_over(first, w.THE, 1) - 1  # "would the world miss"
        return at if at >= 0 and tokens[at] in w.ASKING_WOULD else -1
    misser = first - 1
    if misser < 0 or ctx.pause_after(misser):
        return -1
    word = tokens[misser]
    not_missing = hit.entry.term in w.NOT_MISSING
    if word == "one" and term_first != "d":
        return misser - 1 if misser > 0 and tokens[misser - 1] == "no" else -1  # "no one"
    if word == "world":
        return misser if not_missing else -1  # "the world wouldn't miss"
    missers = w.WORLD_MISSERS if not_missing else w.NO_ONE_MISSERS
    return misser if word in missers else -1
