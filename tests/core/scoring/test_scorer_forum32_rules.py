"""Shapes of the forum32 round (targeting_forum32, forum32_words), at default settings: a
forum writer said to have no idea what they are talking about, not to know the first
thing about their subject, or scorned after an opener of contempt ("another braindead
take") is aimed; the writer's own ignorance, ignorance of a fact, praise, questions and
reported speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no idea of what they say or do
    "the author clearly has no idea what he's talking about",
    "op has zero clue what they're on about",
    "op has absolutely no clue what he is talking about lol",
    "the commenter above has no idea what she's saying",
    "whoever wrote this has no idea what they're doing",
    "the guy who wrote this has no clue what he's saying",
    "this reporter has zero idea what they are talking about",
    "this journalist clearly doesn't have a clue what she's talking about",
    "u have zero clue what ur on about",
    # not the first thing
    "this guy doesn't know the first thing about economics",
    "the author does not know the first thing about nutrition",
    "op doesn't even know the first thing about cars",
    # an opener of contempt
    "another braindead take from the usual suspects",
    "the most braindead take i've read all week",
    "typical braindead redditor",
    "yet another clueless writer pretending to be an expert",
    "such an ignorant comment",
)

CLEAN = (
    # the writer's own ignorance
    "i have no idea what i'm talking about, but",
    "i have zero clue what i'm doing lol",
    "i don't know the first thing about cars",
    # ignorance of a fact, the writer's confusion
    "op has no idea the store closed",
    "you have no idea how happy this makes me",
    "i have no idea what you're talking about",
    "the author has no idea what we're talking about",
    "op has no idea what time it is",
    "he has no idea what he's getting into",
    # praise, things
    "the author clearly knows what he's talking about",
    "this guy knows the first thing about economics",
    "another great take from the usual suspects",
    "another clueless move by the refs",
    # asked, reported, denied
    "does op have no idea what he's talking about?",
    "my friend said op has no idea what he's talking about",
    "not another braindead take",
    "is this another braindead take?",
    "he said it was another braindead take",
    # no own term in a shape
    "no clue, sorry",
    "no idea what he's talking about",
    "la tua idea è stupida",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_forum32_writer_is_a_third_person(scorer: Scorer) -> None:
    verdict = scorer.score("the author clearly has no idea what he's talking about")
    assert verdict.target is TargetKind.THIRD_PERSON
