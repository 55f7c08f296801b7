"""Shapes of the hatecheck73 round (targeting_hatecheck73, hatecheck73_words), at default
settings: violence ordered or intended against a named group inside the verb's phrase,
the particle after the group ("gun the immigrants down", "wipe the jews out", "string the
gays up") or a place of death after it ("throw the refugees into the sea", "push the
muslims off a cliff"), is aimed at the group; games, sport and things, negations and
conditions, news and history, reports, questions, counter-speech and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the split phrasal verb, ordered bare over chat's openers, determiners and tails
    "gun the gypsies down",
    "mow all the jews down",
    "wipe the immigrants out for good",
    "stamp the gays out",
    "string every refugee up",
    "just gun those muslims down already",
    "lets wipe the trans people out",
    "mow the immigrants down and be done with it",
    # after the writer's intent or a call on someone
    "i will wipe the muslims out",
    "we should string the jews up",
    "someone needs to gun the refugees down",
    # the place of death
    "throw the gays into the sea",
    "toss every jew off a cliff",
    "chuck the immigrants back into the ocean",
    "push all the refugees off a bridge",
    "we need to throw the muslims off a roof",
)

CLEAN = (
    # games, sport and things: no group after the verb, or no particle or place after it
    "gun the sniper down",
    "mow the lawn down",
    "wipe the floor with the other team",
    "string the lights up",
    "throw the ball into the sea",
    "push the car off a cliff in the game",
    "throw the gays a party",
    "wipe the jews' graffiti off the wall",
    "string the gays up a banner for pride",
    # negations and conditions
    "we should never wipe the muslims out",
    "if you gun the refugees down you go to prison",
    "i would never throw the immigrants into the sea",
    # news, history and reports
    "soldiers gunned the protesters down",
    "the regime tried to wipe the jews out",
    "she said we should string the gays up and got banned",
    # questions, counter-speech and quotes
    "would you throw the refugees into the sea?",
    "saying 'wipe the jews out' is disgusting",
    "stop telling people to gun the immigrants down",
    "gun the muslims down lol jk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck73_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck73_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gun the immigrants down").target is TargetKind.GROUP
    assert scorer.score("wipe the jews out").target is TargetKind.GROUP
    assert scorer.score("throw the refugees into the sea").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck73_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
