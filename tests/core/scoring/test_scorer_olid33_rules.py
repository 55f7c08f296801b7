"""Shapes of the olid33 round (targeting_olid33, olid33_words), at default settings: a
person called a bigot outright ("he is a racist", "she is such a fascist", "trump is a
fascist") is hostile; the word said of a thing or an act, denied, asked, compared,
reported, doubted, conditional, in the past, of the writer, in a story or praised after
stays clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a pronoun called a bigot
    "@USER he is a racist",
    "@USER she is such a fascist",
    "@USER hes a bigot",
    "@USER shes such a sexist lol",
    "@USER he's a total nazi smh",
    "@USER she is racist.",
    "@USER he is literally a misogynist",
    "@USER i think he is a racist",
    "@USER he is a racist and a liar",
    "@USER he is a racist, end of story",
    "@USER he is a misogynist pig",
    "he is a bigot, plain and simple",
    # a name
    "@USER trump is a fascist",
    "@USER pelosi is a bigot",
    "@USER nancy pelosi is a racist",
)

CLEAN = (
    # a thing or an act
    "@USER that is racist",
    "@USER the policy is racist",
    "@USER gun control is fascist",
    "@USER his tweet was racist",
    # denied, asked, compared, reported, doubted, conditional
    "@USER he is not a racist",
    "@USER he is no fascist",
    "@USER is he a racist?",
    "@USER he's a racist? lol no",
    "@USER he is more racist than his dad",
    "@USER she is anti racist",
    "@USER people say he is a fascist",
    "@USER i dont think she is a fascist",
    "@USER i doubt she is a fascist",
    "@USER if he is a racist, show me the proof",
    "@USER whether he is a racist or not",
    # the past, the writer, a story, praise, a call that goes on
    "@USER he was a nazi",
    "@USER i am not a bigot",
    "@USER he is such a racist in the movie",
    "@USER she is a racist and i love her",
    "@USER she is a nazi hunter",
    "@USER he is racist towards nobody",
    # the plurals stay the group rules'
    "@USER they fought the fascists",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid33_said_of_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("@USER he is a racist").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
