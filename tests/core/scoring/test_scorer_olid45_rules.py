"""Shapes of the olid45 round (targeting_olid45, olid45_words), at default settings: a
name opening its clause as the owner of olid44's vice or of "lies" ("trump and his
arrogance", "hillary and her lies") is aimed at that person; the vice "of" a political
group, a wing, "these people" or the media ("the arrogance of liberals", "the hypocrisy of
the left") at that group. Families, praise, the writer's own, anyone's vice, things and
times, stories and topics, the vice called untrue, negations, questions, counter-speech,
reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    ("obama and his hypocrisy", TargetKind.THIRD_PERSON),
    ("@USER pelosi and her arrogance", TargetKind.THIRD_PERSON),
    ("@USER @USER elizabeth warren and her corruption", TargetKind.THIRD_PERSON),
    ("hillary and her bigotry again", TargetKind.THIRD_PERSON),
    ("trump and his lies", TargetKind.THIRD_PERSON),
    ("@USER feinstein and her lies", TargetKind.THIRD_PERSON),
    ("@USER democrats and their lies", TargetKind.GROUP),
    ("@USER she and her lies", TargetKind.THIRD_PERSON),
    ("the arrogance of democrats", TargetKind.GROUP),
    ("@USER the hypocrisy of the right", TargetKind.GROUP),
    ("the sheer cowardice of the gop", TargetKind.GROUP),
    ("the corruption of all the liberals", TargetKind.GROUP),
    ("@USER the idiocy of these people", TargetKind.GROUP),
    ("the dishonesty of the msm is astounding", TargetKind.GROUP),
    ("the greed of the elites", TargetKind.GROUP),
)

CLEAN = (
    # families, teams, praise: no line
    "obama and his family flew home",
    "pelosi and her grace under pressure",
    "trump and his staff arrived",
    # the writer's own, anyone's, a story, a name inside a sentence
    "me and my hypocrisy lol",
    "my mom and her arrogance",
    "every man and his lies",
    "in the movie, joker and his insanity",
    "we laughed about trump and his lies",
    # a thing's, a time's, mankind's vice
    "the arrogance of youth",
    "the corruption of the database",
    "the hypocrisy of it",
    "the greed of man",
    "the arrogance of people",
    "the racism of the 1960s",
    # topics, untrue, negations, questions, counter-speech, reports, quotes
    "an essay on the corruption of the gop",
    "the hypocrisy of liberals is a myth",
    "it isn't the arrogance of liberals",
    "is it the cowardice of the left?",
    "stop blaming pelosi and her incompetence",
    "he said the greed of democrats was the cause",
    '"hillary and her lies" was on every sign',
)


@pytest.mark.parametrize(("text", "kind"), HOSTILE)
def test_olid45_hostile(scorer: Scorer, text: str, kind: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is kind, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid45_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
