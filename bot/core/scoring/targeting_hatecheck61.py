"""Targeting rules of the hatecheck61 round (issue 8): a named identity group blamed as
the reason for a harm, or plainly said to suck, in words no older line holds.

- The group as the reason: "immigrants are the reason this country is dying", "muslims
  are the main reason for all the crime", "jews are literally why nothing works anymore",
  "refugees are why we can't have nice things". A named group, one member or a plural
  slur right before the copula opening its claim (hatecheck55's subject), and a harm
  named after in the same sentence (a HARMS word not denied right before it, or "can't"
  and a verb of having or getting).
- The group said to suck: "jews suck", "trans people suck ass", "gay people fucking
  suck", "honestly immigrants suck lol". The same subject past a few adverbs, the clause
  closing after "suck" or going on only into chat's tails ("ass", "so bad", "lol").

Clean: the same forms about things, teams, generations and affiliations ("the refs
are the reason we lost", "bots are ruining the game", "mondays suck"), the group as the
reason for something good ("immigrants are the reason this country is great") or as the
victim ("racists are the reason immigrants are scared"), counter-speech and reports (the
subject does not open its claim: "people who say immigrants are the reason ... are
wrong", "saying women suck is sexist"), quotes, questions, negations ("gay people don't
suck", "refugees aren't why crime went up"), and another "suck" ("suck at chess", "suck
up the dust"). The round's own "reason" lines outside their shape are cancelled; "suck" (an older
profanity line) and gamechat41's "people suck" keep the older rules' reading there.

Cost per hit: a frozenset test on the term; then SUCK_ADVERB_REACH tokens back,
hatecheck55's bounded subject walk and HARM_REACH or SUCK_TAIL_REACH tokens ahead. No
regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck61_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian54 import Italian54Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_BLAMED_NOTE", "HateCheck61Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_BLAMED_NOTE: Final[str] = "no named group blamed for a harm"


class HateCheck61Rules(Italian54Rules):
    """A named group blamed as the reason for a harm ("immigrants are the reason this
    country is dying") or said to suck ("jews suck ass")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the group's in this round's shapes,
        this round's own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if _hc61_harm_after(ctx, hit.last) and self._hc61_group_says(ctx, hit, hit.first):
                return Kind.GROUP, IDENTITY_NOTE
            return Kind.OBJECT, NO_GROUP_BLAMED_NOTE
        if term == w.SUCK:
            at = ctx.back_over(hit.first, w.SUCK_ADVERBS, w.SUCK_ADVERB_REACH)
        elif term in w.GROUP_SUCKS:
            at = hit.first + 1  # "black people suck": the group ends on the line's "people"
        else:
            return target, note
        if ctx.closes_after(hit.last, w.SUCK_TAILS, w.SUCK_TAIL_REACH) and (
            self._hc61_group_says(ctx, hit, at)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc61_group_says(self, ctx: Context, hit: Hit, end: int) -> bool:
        """A named group ending right before token `end` opens the claim (hatecheck55's
        subject), which is neither quoted, asked, reported nor denied; no generation or
        affiliation (NOT_PROTECTED) among its last words."""
        tokens = ctx.tokens
        if not w.NOT_PROTECTED.isdisjoint(tokens[max(0, end - w.SUBJECT_TAIL) : end]):
            return False  # "boomers are the reason ...", "old people suck": forum18's
        return (
            self._hc55_subject_opens(ctx, end)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not self._hc43_unsaid(ctx, hit)
        )


def _hc61_harm_after(ctx: Context, start: int) -> bool:
    """A harm named from token `start` on in its sentence, within HARM_REACH tokens: a
    HARMS word with no denial right before it ("... this country is dying", not "...
    isn't dying"), a LEVELS word closing its clause ("... rents are so high", not "...
    i'm high on life"), or "can't" and a verb of having or getting ("... we can't have
    nice things")."""
    tokens = ctx.tokens
    end = ctx.sentence_end(start, w.HARM_REACH)
    for i in range(start, end):
        word = tokens[i]
        if word in w.HARMS and tokens[i - 1] not in w.NOT_BEFORE:
            return True
        closes = i + 1 == end or ctx.pause_after(i)
        if word in w.LEVELS and closes and tokens[i - 1] not in w.NOT_BEFORE:
            return True  # "... rents are so high"
        if word in w.CANT_VERBS and tokens[i - 1] in w.CANT:
            return True
    return False
