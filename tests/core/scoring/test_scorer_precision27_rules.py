"""Shapes of the precision27 round (targeting_precision27, precision27_words), at default
settings: judging words in a list before a thing someone made or said ("her stupid,
racist, moronic comments", "his dumb and lazy excuses", "they keep making dumb, lazy
sequels") stay clean; the same lists said of the reader, of a person or of a group, or
closed by a name-call, stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no noun after the list: said of the subject
    "he is lazy, stupid and useless",
    "they are dumb, lazy and useless",
    "he is so dumb and so fake",
    # a person, a name-call or a person after "for"/"of" closes the list
    "she is a lazy, stupid cow",
    "he's a dumb, racist idiot",
    "she is a sad, pathetic excuse for a mother",
    "his fans are stupid, lazy trolls",
    # a copula before the list, a noun after it anyway
    "he is stupid and lazy stuff like that is why",
    # a reader's word in the sentence
    "you are stupid, lazy and useless",
    "you dumb, lazy clown",
    "your stupid, racist comments make you look like a fool",
    "you post lazy, dumb takes and you know it",
)

CLEAN = (
    "she stands by her stupid, racist, moronic comments",
    "his lazy and stupid excuses",
    "they keep making lazy, dumb sequels",
    "he posted another racist, dumb meme",
    "they passed another useless, stupid law",
    "she keeps posting idiotic, ignorant opinions",
    "another pointless, stupid poll",
    "his cretinous, bilious remarks",
    "more racist, stupid propaganda from them",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision27_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("he is lazy, stupid and useless", TargetKind.THIRD_PERSON),
        ("you are stupid, lazy and useless", TargetKind.SECOND_PERSON),
        ("his lazy and stupid excuses", TargetKind.OBJECT),
    ],
)
def test_precision27_target(scorer: Scorer, text: str, target: TargetKind) -> None:
    assert scorer.score(text).target is target, text
