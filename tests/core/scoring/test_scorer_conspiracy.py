"""Conspiracy claims about a named group are identity attacks; the same words about
anyone or anything else are not (issue 8, implicit derogation)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer


@pytest.mark.parametrize(
    "text",
    ["jews control everything", "the jews control the world", "muslims control the government"],
)
def test_said_of_a_group(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "my cat controls everything in this house",
        "the government controls everything",
        "saying jews control the world is antisemitic",
        "i control everything in this game",
        "women run the world",
    ],
)
def test_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
