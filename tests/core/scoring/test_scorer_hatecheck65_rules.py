"""Shapes of the hatecheck65 round (targeting_hatecheck65, hatecheck65_words), at default
settings: a named group said to be of no use or worth to anyone ("disabled people are no
use to anyone", "muslims serve no purpose", "immigrants add nothing to this country",
"trans people have nothing to offer") is aimed at the group; things and people who are
no group, "it's no use" as an exclamation, "nothing but", negations, questions,
counter-speech, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # are (of) no use / value / benefit
    "refugees are no use to anyone",
    "lesbians are of no use to society",
    "a jew is no use to anybody",
    "the gays are of no use at all",
    "i think women are of no use",
    "black men are no use whatsoever",
    "immigrants are of no value to us",
    "muslims are of no benefit to this country",
    "trans people bring no value to society",
    # serve no purpose
    "disabled people serve no purpose",
    "gay men serve no useful purpose in society",
    "refugees serve no real purpose here",
    # the older "nothing" line after a giving verb or before "to offer"
    "jews add nothing to this country",
    "women bring nothing of value to us",
    "refugees offer nothing to society",
    "muslims have nothing to offer the world",
    "honestly, black people have nothing to offer",
)

CLEAN = (
    # things and people who are no group
    "this ladder is no use to anyone",
    "my kids are no use at chores",
    "the warranty was of no value to us",
    "that rule serves no purpose",
    "the update adds nothing of value",
    "this hotel has nothing to offer families",
    "you have nothing to offer",
    # "it's no use", "nothing but", what a group adds to a thing
    "it's no use, refugees will keep coming whatever we do",
    "no use pretending, gay people are everywhere and that's great",
    "muslims offer nothing but kindness to their guests",
    "jews add nothing to the dough at passover",
    "the refugees have nothing to eat",
    # negations and questions
    "immigrants are not of no use, they built this city",
    "are women of no use? of course not",
    "disabled people serve no purpose? they run half of our charities",
    # counter-speech, reports and quotes
    "saying trans people are no use to anyone is transphobic",
    "he said muslims serve no purpose, and he was fired",
    "the claim that immigrants add nothing to this country is false",
    '"women have nothing to offer" is what incels say',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck65_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck65_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("refugees are no use to anyone").target is TargetKind.GROUP
    assert scorer.score("disabled people serve no purpose").target is TargetKind.GROUP
    assert scorer.score("jews add nothing to this country").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck65_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
