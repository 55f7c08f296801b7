"""A name-call closing a line of mock praise is said to the reader (targeting_vocative9)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# Each was read as aimed at nobody (or at the writer: "my kill moron") before the rule.
HOSTILE = (
    "thanks for losing us the round moron",
    "way to throw the game idiot",
    "good job feeding the enemy idiot",
    "thanks for the help idiot",
    "gj losing the fight noob",
    "gj losing the fight noob lol",
    "nice job stealing my kill moron",
    "great job leaving the point noob",
    "thx for the feed loser",
)
CLEAN = (
    "thanks for the help idiot proof guide",
    "thanks for the tips, im such a noob",
    "thank you for helping a noob like me",
    "good job team, i was the noob",
    "thanks for the help, the village idiot is back",
    "way to go, i feel like an idiot",
    "thanks for the invite, im a noob at this game",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_mock_praise_name_call_is_said_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_praise_or_self_talk_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
