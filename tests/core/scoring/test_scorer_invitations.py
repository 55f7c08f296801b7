"""An unkind-sounding order the writer joins is an invitation (issue 8): "touch grass
with me", "get lost with me in the new map". Insults, threats and self-harm orders keep
their reading whoever comes along. Written by the coordinator of the fifteenth session
from a near-miss set scored before reading the rounds' code; checked once."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = [
    "touch grass with me this weekend?",
    "wanna touch some grass with me after class?",
    "go touch grass with us at the park sunday",
    "get lost with me in the new zelda map",
    "lets go on a diet with us after the holidays",
    "vai a dieta con noi a gennaio",
]
HOSTILE = [
    "touch grass with your fake friends",
    "get lost with ur dumb clan",
    "go touch grass nerd",
    "get lost with me, loser",
    "go die with me tonight",
    "kill yourself with me",
]


@pytest.mark.parametrize("text", CLEAN)
def test_an_order_the_writer_joins_is_an_invitation(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_insults_and_harm_keep_their_reading(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
