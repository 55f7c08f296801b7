"""Shapes of the gamechat46 round (targeting_gamechat46, gamechat46_words), at default
settings: the retort "says the noob pudge", a vocative name-call after "not today" /
"not this time", and a person-only plural swear noun after "those" / "these" are aimed;
reported speech with its speaker, real denials, claims after a copula, sayings, questions,
affection and reports before "those" stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the retort
    "says the noob axe",
    "lol says the idiot who fed bot",
    "oh said the clown slark",
    "says the same idiot again",
    "says the dumbass xd",
    # a name-call after the denied time or outcome
    "not today noob",
    "not this time idiot",
    "not again moron",
    "not me please retard",
    "nah not on my watch loser",
    "not today, idiot",
    # a person-only swear noun after "those" / "these"
    "those cunts on dire",
    "these 2 fucktards",
    "look at these little twats",
    "these wankers keep diving",
    "those stupid dickheads fed",
)

CLEAN = (
    # reported speech with its speaker, no name-call after "says"
    "he says the noob was feeding",
    "my friend said the idiot pudge quit",
    "says the patch notes",
    "who says the noob is me?",
    # a real denial, a copula, a saying, the writer
    "not a noob, just unlucky",
    "she is not a noob",
    "not today satan",
    "not today, i feel like an idiot",
    "not this time bro",
    # affection, a report, a question, a thing
    "i love these cunts",
    "he called us those cunts",
    "are these assholes serious?",
    "these fuckers are heavy",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat46_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat46_retort_is_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("says the noob axe").target is TargetKind.SECOND_PERSON


def test_gamechat46_those_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("those cunts on dire").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat46_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
