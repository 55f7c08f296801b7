"""Shapes of the precision32 round (targeting_precision32, precision32_words), at default
settings: a curse said to a thing named before it ("this stupid printer i hate you"), a
name-call in a condition on anyone's conduct whose consequence falls on people at large
("if you're rude to waiters people will notice"), and a group named the victims of a
harm word's event ("black people are victims of violent crime") stay clean; a person
named before the curse, a name-call outside the condition or aimed at the reader, the
writer's own quarrel, and harm wished on a group stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a person, the reader or a name-call before the curse
    "tom i hate you",
    "this guy i hate you",
    "you idiot i hate you",
    "my stupid brother i hate you",
    "dumb gamers fuck you",
    "printer guy i hate you",
    "your printer i hate you",
    "you printer i hate you",
    "white girl refrigerator i hate you",
    "enjoy my phone you fucking monkey",
    "the whole server is sick of you",
    "my brother plays better than you",
    "take my phone, i hate you",
    # a threat is no curse at a thing
    "this printer i will kill you",
    # the name-call outside the condition, or pointed at the reader
    "you are just an asshole to everyone",
    "you're rude to waiters and everyone knows it",
    "if you think that you are an idiot",
    "if you are an idiot nobody can help you",
    "if you are reading this you are a loser",
    # the writer's own quarrel
    "if you are a bitch to everyone i hate you",
    # harm said of a group, or wished on it
    "immigrants commit violent crimes",
    "muslims should be victims of violent attacks",
    "more muslims need to be victims of violent attacks",
    "i want jews to be targets of violent attacks",
    "black people are victims of violent crime and they deserve it",
)

CLEAN = (
    "this stupid printer i hate you",
    "mondays i hate you",
    "ugh math homework i hate you",
    "stupid wifi fuck you",
    "my alarm clock i swear i hate you",
    "this weather i hate you so much",
    "if you are just an asshole to everyone nobody will help you",
    "if you're rude to waiters people will notice",
    "if ur a bitch to everyone nobody will stick around",
    "when you are mean online everyone can see it",
    "black people are victims of violent crime more often",
    "muslims are often targets of violent hate crimes",
    "immigrants are the victims of violent crime, not the cause",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_precision32_person_before_the_curse_is_the_reader(scorer: Scorer) -> None:
    assert scorer.score("tom i hate you").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_precision32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
