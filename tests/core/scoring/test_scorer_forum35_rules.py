"""Shapes of the forum35 round (targeting_forum35, forum35_words), at default settings:
people named by a contempt label called to be executed ("those filthy traitors must
hang", "lynch the traitors", "death to the traitors", "find the bastards and hang them")
are aimed at them; the past told, pests and animals, "hang out", things hung up,
negations, questions, reports and match chat stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the label as the subject of a modal call
    "those filthy traitors must hang",
    "the traitors should hang",
    "the pedos must be shot",
    "the bastards deserve to be hanged",
    "the scumbag needs to be executed",
    "the filth in the senate needs hanging",
    "these animals need to be hanged",
    # the label as the object of an execution order opening its clause
    "hang the traitors",
    "we should hang the traitors",
    "let's lynch the traitors",
    "lol hang the traitors",
    "hang the bastard",
    "publicly hang the treasonous scumbags",
    # a noun of death before "to"/"for"
    "death to the traitors",
    "death penalty for all pedos",
    "a noose for every traitor",
    # the label, then an order to hang "them"
    "find the guilty bastards and hang them",
    "these animals, hang them all in the square",
    "throw every one of the traitor bastards off the bench and hang them",
)

CLEAN = (
    # the past told, a future report, a show
    "the traitors were hanged in 1946",
    "the bastards were shot in the end",
    "the pedos will be executed next year",
    "the traitors got executed in the show",
    # negations, questions, reports, counter-speech
    "the traitors should not hang",
    "must the traitors hang?",
    "he said hang the traitors",
    "stop saying the traitors should hang",
    "i dont think the pedos should be executed",
    # pests and animals: beast labels take no "shot" or "gassed"
    "the rats need to be gassed",
    "the pigs need to be shot",
    "the rats in the basement need to be poisoned",
    # "hang" as spending time or putting up a thing
    "hang out with the bastards",
    "the savages hang out there",
    "the filth hung up on me",
    "the scum hung around the bar",
    "we hung the bastards picture on the wall",
    # match chat: "shoot" is no order to execute
    "shoot the bastards on b site",
    "i shot the bastards in cod lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum35_one_person_is_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("hang the bastard").target is TargetKind.THIRD_PERSON


def test_forum35_people_are_a_group(scorer: Scorer) -> None:
    assert scorer.score("death to the traitors").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_forum35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
