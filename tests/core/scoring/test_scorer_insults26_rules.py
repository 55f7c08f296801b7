"""Shapes of the insults26 round (targeting_insults26, insults26_words), at default
settings: an older threat line that names no reader ("never work again", "afraid to
leave the house", "not show up at school", "regret saying that", "one eye open") said of
the writer, of a thing or of someone told about stays clean; the same lines aimed at the
reader, warnings said of anyone and the reader's own things stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader as the subject, or the one made to feel it
    "you will never work again",
    "i'll make sure you never work again",
    "you'll be afraid to leave the house",
    "i will make you afraid to leave the house",
    "you better not show up at school tomorrow",
    "you will regret saying that",
    "you better sleep with one eye open",
    # the line opening its clause, warnings said of anyone, the reader's own things
    "sleep with one eye open tonight",
    "trust me, you will regret saying that",
    "your car will never work again when i'm done with it",
    "i'll make the kids afraid to leave the house",
)

CLEAN = (
    # the writer
    "i regret saying that",
    "i still regret saying that to my mom",
    "i'm retired, i will never work again",
    "i was afraid to leave the house after the storm",
    "i did not show up at school yesterday",
    "we regret saying that in our last post",
    # a thing, a body part or an animal
    "my knee will never work again",
    "the old printer will never work again after the flood",
    "my cat sleeps with one eye open",
    "that old laptop will never work again",
    # someone told about
    "my brother did not show up at school today",
    "half the class did not show up at school on friday",
    "my grandma is afraid to leave the house these days",
    "she was afraid to leave the house for a week",
    "these poor people will never work again after the factory closed",
    "a whole part of society that will never work again",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_insults26_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("you will never work again").target is TargetKind.SECOND_PERSON
    assert scorer.score("i'll make you afraid to leave the house").target is (
        TargetKind.SECOND_PERSON
    )


@pytest.mark.parametrize("text", CLEAN)
def test_insults26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
