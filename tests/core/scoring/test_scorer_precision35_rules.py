"""Shapes of the precision35 round (targeting_precision35, precision35_words), at default
settings: a judging word said of a thing whose name holds a group's word ("the muslim ban
is a joke", "chinese food is garbage", "the chinese government is a bunch of dicks") or
reads like a person's name ("huffpo is a joke", "the trudeau government is a joke",
"netflix is the worst") stays clean; the group, its people or ways, a person or the reader
judged in the same words stays aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group itself, or its people, as the subject
    "the chinese are a joke",
    "chinese people are garbage",
    "the muslim men around here are a joke",
    "the chinese government workers are idiots",
    "the chinese government is run by idiots",
    # the group named again in the sentence
    "chinese food is garbage just like the chinese",
    "the chinese government is a joke and so are the chinese",
    "muslims and the muslim ban are a joke",
    "the muslim ban is fine, muslims are garbage",
    # a group's people or ways: no thing's word
    "the muslim community is garbage",
    "the jewish media is a joke",
    # a conspiracy's state, not a state's government
    "the jewish government is corrupt",
    # a person, an outlet's people, the reader
    "trudeau is a joke",
    "pelosi is the worst",
    "the cnn anchors are a bunch of dicks",
    "the huffpo writers are idiots",
    "cnn is a joke and you are too",
    "you chinese are a joke",
    # the thing's word inside someone's phrase: the person is the subject
    "whoever made this app is a moron",
    "the guy who designed this car is a clown",
    "whoever is in the red car is a complete idiot",
    "my in-laws are vile people",
    # a slur said of the thing is still a slur
    "the muslim ban is retarded",
)

CLEAN = (
    # a group's word naming a thing
    "the muslim ban is a joke",
    "chinese food is garbage",
    "chinese phones are shit",
    "the chinese tariffs are a fucking joke",
    "the trans bathroom bill is a joke",
    "the chinese government is a bunch of dicks",
    "lol the chinese government being a bunch of dicks again",
    "the chinese government really is a joke",
    # a leader's government, an outlet, a platform, a law
    "the trudeau government is a joke",
    "the may government is the worst",
    "huffpo is a joke",
    "cnn is a fucking joke",
    "netflix is the worst",
    "obamacare is a fucking joke",
    "congress is a joke",
    # the older readings of these shapes stay clean
    "is the chinese government a joke?",
    "the chinese government is not a joke",
    "he said the chinese government is a joke",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_precision35_thing_is_judged(scorer: Scorer) -> None:
    assert scorer.score("the muslim ban is a joke").target is TargetKind.OBJECT
    assert scorer.score("huffpo is a joke").target is TargetKind.OBJECT
