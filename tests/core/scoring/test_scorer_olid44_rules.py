"""Shapes of the olid44 round (targeting_olid44, olid44_words), at default settings: a
person or group named right before "and", joined with a vice of their own ("liberals and
their hypocrisy", "he and his arrogance", "the left and their insanity", "you and your
delusions") is aimed at that owner; no owner, the writer's own, a generic owner ("a man
and his delusions"), plans and families rather than vices, negations, questions,
counter-speech, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    ("@USER liberals and their bigotry", TargetKind.GROUP),
    ("@USER democrats and their cowardice", TargetKind.GROUP),
    ("@USER the left and their corruption", TargetKind.GROUP),
    ("@USER the right and their racism", TargetKind.GROUP),
    ("@USER antifa and their idiocy", TargetKind.GROUP),
    ("@USER the gop and their dishonesty", TargetKind.GROUP),
    ("@USER those people and their arrogance", TargetKind.GROUP),
    ("@USER he and his hypocrisy", TargetKind.THIRD_PERSON),
    ("@USER she and her insanity", TargetKind.THIRD_PERSON),
    ("@USER this guy and his delusions", TargetKind.THIRD_PERSON),
    ("@USER the president and his corruption", TargetKind.THIRD_PERSON),
    ("@USER you and your bigotry", TargetKind.SECOND_PERSON),
    ("@USER you and your corruption", TargetKind.SECOND_PERSON),
    ("i blame liberals and their lunacy", TargetKind.GROUP),
    ("honestly the media and their hatred", TargetKind.GROUP),
)

CLEAN = (
    # no owner, a generic owner, the writer's own
    "@USER taxes and their hypocrisy",
    "@USER left and their insanity",
    "@USER the play is about a man and his arrogance",
    "@USER every king and his cowardice make a tragedy",
    "@USER me and my arrogance lol",
    "@USER you and their hypocrisy",
    "@USER liberals and your arrogance",
    # plans, families and teams: no vice, no line
    "@USER conservatives and their tax plan",
    "@USER she and her husband",
    "@USER the democrats and their candidates",
    # negations, questions, counter-speech, reports and quotes
    "@USER it isn't liberals and their hypocrisy",
    "@USER is it the left and their corruption or the system?",
    "@USER stop blaming democrats and their hypocrisy",
    "@USER don't blame her and her incompetence",
    "@USER he said liberals and their bigotry ruined it",
    '@USER "conservatives and their cowardice" is a tired line',
)


@pytest.mark.parametrize(("text", "kind"), HOSTILE)
def test_olid44_hostile(scorer: Scorer, text: str, kind: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is kind, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid44_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
