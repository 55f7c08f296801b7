"""Idioms that hold an insult word but call no one anything (benign.txt, lead, ninth session)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    "conservatives who then turn around and pick winners and losers in the market",
    "the state should not pick winners and losers",
    "every tax cut has its winners and losers",
)
HOSTILE = (
    "there are winners and losers in every game, and you are a loser",
    "winners and losers? you are just a loser",
)


@pytest.mark.parametrize("text", CLEAN)
def test_idiom_calls_no_one_anything(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_insult_beside_the_idiom_still_counts(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
