"""Violence promised or wished on the reader, and exclusion, in chat idiom (issue 8)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i'm going to beat the shit out of you", Category.THREAT),
        ("gonna beat the crap out of you after school", Category.THREAT),
        ("i hope you get hit by a car", Category.THREAT),
        ("hope you get run over tbh", Category.THREAT),
        ("someone should shoot you", Category.THREAT),
        ("i'm gonna make your life hell", Category.THREAT),
        ("no one invited you", Category.EXCLUSION),
        ("ur mom should've aborted you", Category.INSULT),
        ("nobody invited you, leave", Category.EXCLUSION),
    ],
)
def test_aimed_at_the_reader(scorer: Scorer, text: str, category: Category) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert category in verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to beat the shit out of this boss",
        "he said someone should shoot you, should i report him?",
        "saying 'i hope you get hit by a car' is never ok",
        "i hope you get better soon",
        "the ending will make your life better",
        "who invited you? so glad you came!!",
        "he said my mom should have aborted me",
    ],
)
def test_near_misses_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
