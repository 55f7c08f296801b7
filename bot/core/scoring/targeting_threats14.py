"""Targeting rules of the threats14 round (issue 8): the writer's blow at the reader
after relief that the two are apart, the counterfactual of threats12 said without "if".

- The blow: threats12's (`writer_strikes`): a threat line naming the reader ("punch u",
  "smack you", "knock u", "beat ur"), its doer the writer read back over auxiliaries
  ("id", "i'd", "i would", "i swear id"), or in Italian a blow right after the reader's
  clitic ("ti spaccherei la faccia", "ti prenderei a pugni"), closing its clause over
  chat's tails.
- Being apart, at most APART_REACH tokens before the blow in its sentence: a negation
  and a place of presence ("ur not here", "we're not in the same room", "u aint here",
  "im not there rn", "non sei qui", "non siamo nella stessa stanza").
- The relief, a few tokens before the negation: "good thing", "thank god", "lucky",
  "luckily", "glad", "thankfully", "per fortuna", "meno male".
  "good thing ur not here or id punch u", "thank god we're not in the same room id knock
  u out", "lucky you aint here or id smack u", "per fortuna che non sei qui ti
  spaccherei la faccia".

Stay clean: relief with no blow ("good thing ur not here, its raining"), a friendly act
("... or id hug you"), a blow at a thing or someone else ("... or id punch the wall",
"... or id punch him"), the reader or another as the doer ("... or you'd punch me"), the
blow going on into a game ("good thing ur not in lane or id kill u with the ult", "...
id beat u in smash": a match's blow, not a person's), game talk near the blow unless said
in real life, reports before the relief ("he said good thing ur not here ..."), questions,
quotes and jokes. No lexicon lines: the rule reads older threat lines only.

A guard on the relief sworn: "thank fuck" right before an older line opening with "fuck"
("fuck ur", "fuck you") is the vulgar "thank god", no insult at the reader ("thank fuck
ur not here, its freezing", "thank fuck you came"); "thanks, fuck you" keeps its reading.

Cost per hit: a frozenset test of the term's first word and one token before it for the
guard; a frozenset test of the hit's category and target, then of NOTS against
the APART_REACH tokens before the blow; then threats12's `writer_strikes` (DOER_REACH,
TAIL_REACH), PLACE_REACH ahead of each negation, RELIEF_REACH back from it, threats9's
REPORT_REACH back in the sentence and GAME_REACH either side of the blow. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats12_words as w12
from bot.core.scoring import threats14_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck77 import HateCheck77Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_threats9 import said_by_writer
from bot.core.scoring.targeting_threats12 import writer_strikes
from bot.core.scoring.verdict import TargetKind

__all__ = ["THANK_FUCK_NOTE", "Threats14Rules", "apart_before"]

# The note that cancels an older "fuck ..." line after "thank" (weighing zeroes any note
# it does not name).
THANK_FUCK_NOTE: Final[str] = "relief sworn with thank fuck, no insult at the reader"


class Threats14Rules(HateCheck77Rules):
    """The writer's blow at the reader after relief that the two are apart ("good thing
    ur not here or id punch u", "thank god we're not in the same room id knock u out",
    "per fortuna che non sei qui ti spaccherei la faccia")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a blow at the reader after relief at being
        apart aimed at the reader, an older "fuck ..." line after "thank" cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.NONE and _thank_fuck(ctx, hit):
            return Kind.NONE, THANK_FUCK_NOTE  # "thank fuck ur not here, its freezing"
        if target is Kind.SECOND_PERSON or note == JOKING_NOTE:
            return target, note  # "good thing ur not here or id punch u jk"
        if hit.entry.category is not Cat.THREAT and hit.entry.term not in w12.OWN_TERMS:
            return target, note
        start = ctx.sentence_start(hit.first, w.APART_REACH)
        if w.NOTS.isdisjoint(ctx.tokens[start : hit.first]):
            return target, note  # no being apart before the blow
        if writer_strikes(ctx, hit) and _apart_said(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "good thing ur not here or id punch u"
        return target, note


def apart_before(ctx: Context, at: int) -> int:
    """The negation of a relief at being apart in the APART_REACH tokens before `at`, in
    its sentence ("good thing ur not here", "thank god we're not in the same room", "per
    fortuna che non sei qui"); or -1."""
    tokens = ctx.tokens
    start = ctx.sentence_start(at, w.APART_REACH)
    for i in range(at - 1, start - 1, -1):
        if tokens[i] not in w.NOTS:
            continue
        reach = min(w.PLACE_REACH, at - i - 1)  # the place before the blow
        if ctx.find_ahead(i + 1, w.PLACES, reach) >= 0 and _relief_before(ctx, i):
            return i
    return -1


def _relief_before(ctx: Context, at: int) -> bool:
    """A relief in the RELIEF_REACH tokens before `at`, in its sentence: "lucky", "thank",
    "per fortuna", or "good thing", "meno male"."""
    tokens = ctx.tokens
    start = ctx.sentence_start(at, w.RELIEF_REACH)
    for i in range(at - 1, start - 1, -1):
        word = tokens[i]
        if word in w.RELIEF_WORDS:
            return True
        if word in w.RELIEF_HEADS and i > start and tokens[i - 1] in w.RELIEF_FIRSTS:
            return True
    return False


def _apart_said(ctx: Context, hit: Hit) -> bool:
    """A relief at being apart before the blow, said by the writer: not quoted, asked,
    reported, nor game talk."""
    apart = apart_before(ctx, hit.first)
    # "is it a good thing ur not here or would i punch u?", "he said good thing ur not
    # here or id punch u"
    return apart >= 0 and said_by_writer(ctx, hit, apart, w9.REPORT_REACH + w.RELIEF_REACH)


def _thank_fuck(ctx: Context, hit: Hit) -> bool:
    """An older line opening with "fuck" right after "thank", no pause between: "thank
    fuck ur not here", never "thanks, fuck you"."""
    at = hit.first - 1
    return (
        hit.entry.tokens[0] in w.FUCKS
        and at >= 0
        and ctx.tokens[at] in w.THANKS
        and not ctx.pause_after(at)
    )
