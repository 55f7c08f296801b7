"""Two lexicon readings the coordinator of the fifteenth session added from a near-miss
set scored before reading the rounds' code (issue 8): "get lost in" a thing is to be
absorbed by it, and the reader sent to waste "where you belong" is a put-down. The
lines were written after the lexicon lines and checked once."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = [
    "get lost in this book, it is so good",
    "you could get lost in that soundtrack",
    "i want to get lost in a long novel",
    "get lost in these photos from iceland",
    "lets get lost in an open world game",
    "go back home where you belong, love",
    "put it in the trash where it belongs",
]
HOSTILE = [
    "get lost, nobody asked",
    "just get lost already",
    "get lost in the woods loser",
    "go get lost in the trash where you belong",
    "crawl back to the dumpster where u belong",
    "stay in the sewer where you belong",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


# Harm promised to the next member of a group met, in the plain present, beside
# hatecheck20's "gets a beating"; reports of harm and game talk stay clean.
PROMISE_HOSTILE = [
    "the next gay I see gets punched",
    "any muslim who walks in here gets stabbed",
    "every immigrant I meet gets his ass beat",
    "the next refugee I see gets shot",
]
PROMISE_CLEAN = [
    "a black kid gets shot by police every week",
    "my brother gets punched in boxing class",
    "the next enemy I see gets shot",
    "the next zombie I see gets stabbed",
]


@pytest.mark.parametrize("text", PROMISE_HOSTILE)
def test_promised_harm(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", PROMISE_CLEAN)
def test_reported_harm_and_games(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
