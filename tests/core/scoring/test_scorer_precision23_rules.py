"""Shapes of the precision23 round (targeting_precision23, precision23_words), at default
settings: a group named as the victim of a perpetrator's wish, attempt or plot to wipe it
out, told as history or news, stays clean; the writer's own wish, a call to do it, the
writer's own side, a people given the wish as its nature, and the attempt cheered or
wished back stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the writer's own wish, a call to do it, the writer's side
    "i want to kill all the jews",
    "we should wipe out all the muslims",
    "the army should kill all the refugees",
    "the police need to round up all the immigrants",
    "our soldiers want to kill all the arabs",
    "our hk police want to kill all the protesters",
    "we have a plan to kill all the jews",
    "our plan to exterminate all the gays",
    "the plan is to kill all muslims",
    # a people given the wish as its nature
    "muslims want to kill all of us",
    "jews tried to wipe out all the whites",
    "the police are fine, muslims hate us and they want to kill all of us",
    # the attempt cheered, wished back or given to a group after
    "hitler tried to kill all the jews too bad he failed",
    "the nazis wanted to exterminate the jews and they were right",
    "i hope the cops want to wipe out all the arabs",
    "the police want to kill all the protesters and i hope they succeed",
    "the kkk tried to kill all the blacks, based",
    "the final plan to kill all jews, lets go",
    "there is a plan to kill all the whites by the jews",
    "the plan to kill all arabs is great",
)

CLEAN = (
    # a perpetrator's wish or attempt told
    "the nazis wanted to kill all the jews",
    "hitler tried to exterminate the jews of europe",
    "the police just want to kill all the protesters",
    "the regime has been trying to wipe out the uyghurs",
    "the gunman planned to kill all the muslims in the mosque",
    "the soldiers were trying to kill all the men in the village",
    "the settlers tried to wipe out the natives",
    # "they" after a perpetrator named earlier
    "police state they can not stop they want to kill all of us",
    "the army came at night and they tried to kill all the men",
    # a plot told
    "the nazi plan to exterminate the jews",
    "a genocidal campaign to wipe out the rohingya",
    "they believe in the secret plot to kill all white people",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
