"""Shapes of the hatecheck82 round (targeting_hatecheck82, hatecheck82_words), at default
settings: a named group's trust or humanity denied after "none of" or "not one of", the
group right after the quantifier ("none of the women here can be trusted", "none of the
jews i know are human") or "them" for a group closing the clause before ("i have met
jews, not one of them is human"), is aimed at the group; things and people who are no
group, "them" for something else, other verdicts and praise, reports, questions, quotes
and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group right after the quantifier
    "none of the muslims here can be trusted",
    "not one of the jews in my town can be trusted",
    "none of these women are trustworthy",
    "not a single one of the refugees is human",
    "none of the gay men here are human",
    "honestly none of the black people i have met are human beings",
    # "them" for a group closing the clause before
    "i have met muslims, not one of them is human",
    "i worked with immigrants and none of them could be trusted",
    "women? not a single one of them can be trusted",
    "i know a lot of trans people and honestly none of them are truly human",
)

CLEAN = (
    # things and people who are no group
    "none of these ropes can be trusted",
    "none of the senators here are trustworthy",
    "i own three robots and not one of them is human",
    # "them" for something named after the group
    "my jewish neighbours have two parrots and none of them can be trusted",
    # other verdicts, praise and other predicates
    "none of the women here can be stopped",
    "i have met many muslims and all of them can be trusted",
    "none of the refugees are human smugglers",
    "we are human after all",
    "muslims are human like everyone else",
    "you are human too",
    # reports, history, questions, quotes and counter-speech
    "the regime claimed that none of the jews were human",
    "my uncle says none of the immigrants can be trusted, he is wrong",
    "are none of the women here trustworthy?",
    "saying none of the muslims can be trusted is bigotry",
    '"none of them are human" is what the racists wrote about refugees',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck82_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck82_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("none of the muslims here can be trusted").target is TargetKind.GROUP
    assert scorer.score("i have met muslims, not one of them is human").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck82_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
