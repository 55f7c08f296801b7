"""Shapes of the precision20 round (targeting_precision20, precision20_words), at default
settings: a thing, a state of affairs or an idea said to be the problem, a claim put as
someone's question, a third person's dislike of a group reported and an illness described
as hitting a group stay clean; a person,
a camp or a named group said to be the problem, blame laid by the writer and the writer's
own dislike of a group stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a person, a camp or a named group said to be the problem
    "kavanaugh is the problem",
    "she is the real problem",
    "republicans are the problem",
    "immigrants are the real problem",
    "if you ask me, muslims are the problem",
    # blame laid by the writer
    "jews are to blame for this",
    "blame the refugees",
    "honestly its always the immigrants",
    # the writer's own dislike of a group
    "i can't stand muslims",
    "i just cant stand gay people",
    "can't stand immigrants tbh",
    "oh my god i can't stand women",
    "non sopporto gli immigrati",
    # a named group said to be an illness
    "trans people are a disease that spreads",
    "refugees are a cancer",
    "they are a plague that ruins every country",
)

CLEAN = (
    # a thing, a state of affairs or an idea said to be the problem
    "anxiety is the problem",
    "bigotry is the real problem",
    "technology is the problem",
    "the ideology is the problem",
    "stress is the real problem",
    "climate change is the problem",
    "property is the problem here",
    "fucking rent is the problem",
    # a claim put as someone's question
    "the host asked whether muslims are to blame",
    "someone asked if jews are the problem and got banned",
    "the teacher was asking whether women are to blame",
    "they wondered if refugees are the real problem",
    # a third person's dislike of a group reported
    "she cant stand immigrants",
    "he really can't stand gay people",
    "they just can't stand muslims",
    "my stepdad can't stand trans people",
    "their neighbour cant stand black people",
    # an illness described as hitting a group
    "it's a disease that mostly hits black men",
    "the cancer which took so many jewish kids",
    "a disease that affects women after fifty",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision20_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
