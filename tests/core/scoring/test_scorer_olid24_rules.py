"""Shapes of the olid24 round (targeting_olid24, olid24_words and its lexicon lines), at
default settings: a person, a pointed person, a camp or the reader said to be the problem
or part of it, in English and Italian; with the look-alikes that stay clean (a thing, a
habit or an idea as the problem, the writer's side, no one in particular, a question, a
denial, a report or a hedge, "the problem is ..." going on, "problem solver")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a pronoun, a name, a pointed person
    "@USER he is the problem",
    "@USER she's part of the problem",
    "@USER Cruz is the real problem",
    "@USER the governor is part of the problem",
    "@USER that woman is clearly the problem",
    # a camp
    "@USER Republicans are the problem",
    "@USER the liberals are part of the problem",
    "@USER they're the real problem here",
    # a tail after it
    "@USER he is part of the problem, not the solution",
    "@USER the Democrats are the problem with this country",
    # the reader's copula misspelt
    "@USER your the problem",
    "@USER honestly your part of the problem",
    # Italian
    "@USER sei tu il problema",
    "@USER il problema siete voi",
    "@USER siete parte del problema",
    "@USER è lei il problema",
    "@USER il problema sono loro",
)

CLEAN = (
    # a thing, a habit or an idea
    "@USER money is the problem",
    "@USER greed is the real problem",
    "@USER capitalism is part of the problem",
    "@USER the weather is the problem",
    "@USER gun control is the problem",
    # no subject, a place, a bare pointer
    "@USER that's the problem",
    "@USER which is part of the problem",
    "@USER here is the problem with the left",
    "@USER these are the problem",
    # the writer's side, no one in particular
    "@USER I am part of the problem",
    "@USER we're the problem",
    "@USER everyone is part of the problem",
    # asked, denied, reported, hedged
    "@USER is he the problem?",
    "@USER he is the problem?",
    "@USER he is not the problem",
    "@USER she said he is the problem",
    "@USER maybe i am the problem lol",
    "@USER if you think so then your part of the problem",
    # going on
    "@USER the problem is he never listens",
    "@USER he is the problem solver",
    "@USER your part of the problem set is due",
    # Italian: denied, asked, the writer, conditional, going on
    "@USER non sei tu il problema",
    "@USER sei tu il problema?",
    "@USER forse sono io il problema",
    "@USER se il problema sei tu, dimmelo",
    "@USER il problema è che piove",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
