"""Whose days are numbered: the threat line names the reader only after "your"/"ur"
(lexicons/en/threat.txt); otherwise the person rules read its owner, so a thing's days
("my old laptop's days are numbered") are no threat and a third person's still are."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

AT_THE_READER = ("your days are numbered", "ur days are numbered", "kid your days are numbered")
AT_A_THIRD_PERSON = ("his days are numbered", "their days are numbered")
CLEAN = (
    "my old laptop's days are numbered",
    "this old phone's days are numbered",
    "my days are numbered at this job",
    "the days of dial-up are numbered",
)


@pytest.mark.parametrize("text", AT_THE_READER)
def test_your_days_are_a_threat_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", AT_A_THIRD_PERSON)
def test_someone_elses_days_are_a_threat_to_them(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_a_things_or_the_writers_days_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
