"""Shapes of the insults24 round (targeting_insults24, insults24_words), at default
settings: the reader's sanity put down in a comment thread ("did you forget your meds
again?", "the voices in your head", "you've got a screw loose", "you're not right in the
head", "did your mom drink while pregnant?", "what are you smoking?") is aimed at the
reader; care, the writer's own, things, denials, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader's pills missed or raised
    "did you forget your meds again?",
    "you must be off ur meds",
    "time to up your meds buddy",
    "did u skip your pills this morning?",
    "someone forgot to take their meds today",
    # voices, screws, marbles, a mind gone
    "the voices in your head are lying to you",
    "you've got a screw loose",
    "this guy has a screw loose",
    "you've lost your marbles",
    "i don't need to learn from you, your mind is gone",
    "you're not right in the head",
    "you aren't right in the head",
    "you need your head examined",
    "is anyone home up there?",
    "the lights are on but nobody's home",
    # the reader's mother blamed
    "did your mom drink while pregnant?",
    "momma drink when she was pregnant?",
    # what are you smoking
    "what are you smoking?",
    "what the hell are you smoking lol",
)

CLEAN = (
    # care
    "don't forget your meds before bed",
    "remember to take your meds",
    "the doctor wants to up your meds",
    "can you pick up your pills today?",
    "hope your meds kick in soon",
    # the writer's own, things
    "i'm off my meds this week",
    "the voices in my head say sleep",
    "the shelf has a screw loose",
    "i'm not right in the head today",
    "he hit me right in the head",
    "she needs her head examined by a neurologist",
    "nobody's home up there at the cabin",
    # mothers and pregnancy
    "my mom never drank while pregnant",
    "drinking while pregnant harms babies",
    "she stopped drinking while pregnant with me",
    # smoking said of food
    "what are you smoking on the grill",
    # reports, denials, quotes
    "he said you lost your marbles, i don't believe him",
    "nobody thinks you are not right in the head",
    'saying "you forgot your meds" is rude',
    # left out: the insult set's annotators read it both ways
    "what planet are you on?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_insults24_reader_is_second_person(scorer: Scorer) -> None:
    assert scorer.score("you've got a screw loose").target is TargetKind.SECOND_PERSON


def test_insults24_someone_is_a_third_person(scorer: Scorer) -> None:
    verdict = scorer.score("someone forgot to take their meds today")
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_insults24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
