"""Shapes of the gamechat58 round (targeting_gamechat58, gamechat58_words), at default
settings: a player named by hero or role opening a short line and put down right after
with "joke" or "suck", no article ("sf is joke", "pudge joke", "tinker suck", "our doom
so suck"), is aimed at that player; the hero, a pick, an item or a build judged, the
writer's own hero, negations, questions and quotes, a joke told, strategy and a comma
after the name stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "<player> [is | so] joke", with chat's openers and tails
    "sf is joke", "pudge joke", "invoker is joke lol", "meepo so joke", "gg mid is joke",
    "report slark joke", "our carry is so joke", "offlaner is joke",
    # "<player> [so] suck", the everyday-word heroes too
    "tinker suck", "doom suck", "storm suck lol", "gg sniper so suck", "our tinker suck",
    "this doom suck gg", "report tinker suck",
)  # fmt: skip

CLEAN = (
    # the hero, a pick, an item or a build judged; a matchup, a time, strategy
    "sf is joke hero", "pudge joke build", "sniper pick suck", "pudge hook suck",
    "tinker suck vs this lineup", "doom suck this patch", "doom suck them in with ult",
    # the writer's own hero, negations, questions and quotes
    "my pudge joke lol", "my tinker suck", "i am joke pudge", "pudge is no joke",
    "sf is not joke", "is sf joke?", "does tinker suck?", '"doom suck" he said',
    # a joke told, a comma after the name
    "pudge joke was funny", "sf tell joke", "pudge, joke", "sf is hard",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat58_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat58_aims_at_the_player(scorer: Scorer) -> None:
    assert scorer.score("sf is joke").target is TargetKind.THIRD_PERSON
    assert scorer.score("tinker suck").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat58_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
