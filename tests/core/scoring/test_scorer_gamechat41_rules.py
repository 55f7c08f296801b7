"""Shapes of the gamechat41 round (targeting_gamechat41, gamechat41_words), at default
settings: plural third persons, "they", "these guys", "both of them", said to suck or to
be trash with only chat's tails after the verdict ("they suck", "these dudes suck lol",
"they're garbage", "those guys play like shit"); with the look-alikes that stay clean
(strategy about a weak spot, asked, negated, reported, the writer's side, things, the
line going on)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the round's "suck" lines
    "they suck",
    "they literally suck",
    "they both suck lol",
    "these guys suck so bad",
    "those kids suck",
    "both of them suck",
    "the two of them suck",
    "all of em suck",
    "these two suck ass",
    # chat's openers and tails
    "lmao they suck",
    "gg they suck at this game",
    "bro these dudes suck tbh",
    "gg | they suck",
    # older verdict lines after a being or playing verb
    "they are garbage",
    "they're useless lol",
    "they were so trash",
    "they both are garbage",
    "these guys were trash",
    "they are hopeless lol",
    "these kids play like shit",
    "they played like ass",
)

CLEAN = (
    # a weak spot named: strategy
    "they suck at late game so push now",
    "they suck vs burst, get blink",
    "they're garbage at warding so smoke",
    "these guys are useless without their carry, end",
    # asked, negated, reported
    "do they suck?",
    "they suck? lol no",
    "they don't suck",
    "he said they suck",
    "my duo said these guys are trash",
    # the writer's side, things, no people
    "we suck",
    "i suck at this hero",
    "the bots suck",
    "these wards are useless",
    "i got new boots. they are trash",
    "we tried two builds. both of them suck",
    # the line goes on, or another sense
    "they suck up the creeps with the ult",
    "they suck at first but scale hard",
    "they used to suck but now they're good",
    "these guys are trash talkers, just mute",
    "they trash talk a lot",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat41_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat41_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
