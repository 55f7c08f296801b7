"""Shapes of the hatecheck79 round (targeting_hatecheck79, hatecheck79_words), at default
settings: violence called for against a nation named by its bare adjective used as a
plural group noun ("kill the japanese", "we should shoot the french", "someone needs to
hang the irish") is aimed at the group; a thing after the adjective, sport, praise,
history, negations, questions, counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the order
    "kill the japanese",
    "shoot the japanese",
    "bomb the french",
    "hang the irish",
    "lynch the dutch",
    "gas the vietnamese",
    "execute the british",
    "just kill the swiss already",
    "kill the fucking portuguese",
    "burn the danish and be done",
    # a call on someone, an intent or the writer's opinion
    "we should kill the french",
    "someone needs to hang the irish",
    "we need to gas the vietnamese",
    "i'm gonna stab the chinese",
    "time to kill the japanese",
    "i think we should shoot the swiss",
    "we should hang the dutch for good",
)

CLEAN = (
    # a thing after the adjective, game talk
    "kill the japanese tank first",
    "shoot the french sniper",
    "hang the irish flag up",
    "shoot the british a message",
    "just burn the french toast lol",
    "lets kill the dutch next round gg",
    # sport and praise
    "we need to beat the french",
    "smash the dutch tonight",
    "we're gonna kill the swiss in the semis",
    "i love the japanese",
    "the french are playing tonight",
    # history and news
    "the americans bombed the japanese in 1945",
    "they shot the irish rebels in 1916",
    # negations, questions, counter-speech and reports
    "nobody should kill the japanese",
    "we should never bomb the french",
    "don't kill the french",
    "should we kill the french?",
    "he said we should shoot the french",
    "saying 'kill the japanese' is disgusting",
    "stop saying we should kill the chinese",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck79_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck79_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
