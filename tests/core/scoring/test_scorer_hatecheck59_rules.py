"""Shapes of the hatecheck59 round (targeting_hatecheck59, hatecheck59_words), at default
settings: a named identity group said to need removing, stopping or dealing with, a
modal and a passive removal call ("jews must be stopped", "immigrants need to be removed
from this country", "refugees moved in. they must be driven out"), is aimed at the
group; things, problems, people no one is protected as, the group after a preposition,
a team, counter-speech, reports, quotes, questions, negations and a call that goes on
into a manner or a thing stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a group, a modal run and the call
    "the muslims must be stopped",
    "black people should all be removed",
    "trans people gotta be stopped",
    "jews should just be eliminated",
    "refugees need to be sent away",
    "muslims must be crushed",
    "women should be silenced",
    "disabled people need to be got rid of",
    # a quantifier, an opener or a slur before the group
    "every single immigrant must be removed",
    "honestly, immigrants must be expelled",
    "i think gays should be erased",
    "kikes need to be dealt with",
    # tails of where, when or how far
    "gays need to be erased from society",
    "immigrants really need to be driven out of europe",
    "jews must be stopped by any means necessary",
    "muslims need to be dealt with once and for all",
    "pakistanis need to be removed from the uk",
    # "they" for a group named before
    "the jews? they need to be stopped",
    "refugees moved in next door. they must be driven out",
    "immigrants are ruining this country. they must be stopped",
)

CLEAN = (
    # things, problems, people no one is protected as, one person
    "this bug must be removed",
    "racism must be stopped",
    "the bots should be removed",
    "bullies need to be dealt with",
    "he must be stopped lol",
    "they need to be removed from the team",
    # the group after a preposition, a team, a colour, a language
    "violence against women must be stopped",
    "the abuse of disabled people must be stopped",
    "the women's team must be stopped",
    "the chinese servers need to be removed",
    "black needs to be removed from the palette",
    # counter-speech, reports, quotes, questions, negations
    "saying immigrants must be removed is disgusting",
    "anyone who says muslims should be eliminated is a nazi",
    "he said black people must be removed. i reported him",
    '"jews must be stopped" was on his banner',
    "why should trans people be erased?",
    "immigrants must not be removed",
    "no woman should be silenced",
    "gay people shouldn't be silenced",
    # a manner, a thing or a plain event after the call
    "refugees need to be dealt with fairly",
    "immigrants should be removed from the waiting list once they get a visa",
    "the germans need to be stopped in midfield",
    "the immigrants were removed from the boat by the coast guard",
    # "they" after a doer named with "by" may be the doers
    "immigrants are being abused by gangs. they must be stopped",
    "the jews were attacked by rioters. they need to be stopped",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck59_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck59_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("jews must be stopped").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck59_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
