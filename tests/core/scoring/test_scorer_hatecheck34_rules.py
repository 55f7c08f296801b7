"""Shapes of the hatecheck34 round (targeting_hatecheck34, hatecheck34_words), at default
settings: a named group equated with a lower kind of person without "are", in a
slogan's two halves ("another muslim, another terrorist", "one more immigrant, one more
criminal", "another muslim means another terrorist"); with the look-alikes that stay
clean (no protected group, no lower kind, denied, asked, reported, quoted, the lower
kind in the news). English only: the shapes are functional suites' and gab's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    "another muslim, another terrorist",
    "Another Jew, another thief.",
    "one more immigrant, one more criminal",
    "another muslim means another terrorist",
    "another immigrant equals another criminal",
    "honestly, another muslim, another terrorist",
    "another refugee another criminal lol",
    "another gay man, another pedophile",
    "more muslims, more terrorists",
)

CLEAN = (
    # no protected group, no lower kind
    "another politician, another thief",
    "another day, another criminal trial",
    "another muslim, another friend",
    # denied, asked, reported, quoted
    "another muslim doesn't mean another terrorist",
    "another immigrant is not another criminal",
    "another muslim, another terrorist?",
    "stop saying another refugee, another criminal",
    '"another muslim, another terrorist" is a racist slogan',
    # the lower kind in the news, the clause going on
    "another terrorist was arrested today",
    "another muslim was killed by a terrorist",
    "I met another jew, another thief stole my bike",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
