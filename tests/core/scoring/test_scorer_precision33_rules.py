"""Shapes of the precision33 round (targeting_precision33, precision33_words), at default
settings: a vulgar name-call used of a thing in a sentence that names an identity group
("a bastard of a long time", "a fools errand", "a clown car") and a body part after its
owner's possessive ("put your dick near them") stay clean; the name-call said of the
group or of one of its people, through a copula or after "of a", and sexual demands stay
aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the phrase said of the group through a copula
    "immigrants are a bastard of a problem",
    "women are such a bitch of a problem",
    "the jews are nothing but a clown car",
    "muslims? they are a clown car",
    "the gays are a clown show",
    # "of a" people, a people word or what the group is
    "the muslims are a bitch of a people",
    "the jews are a bastard of a race",
    "gay men are a bitch of a bunch",
    "that bitch of a jew",
    "that idiot of a muslim",
    "this joke of a muslim",
    "what a pig of a woman",
    "islam is a joke of a religion",
    # a trait or a person after "of a" is no thing; a slur stays a slur
    "black people have a bitch of a temper",
    "women have a bitch of an attitude",
    "the jews had a faggot of a landlord",
    # sexual demands and a body part judged
    "jews can suck my dick",
    "muslim women should suck your dick",
    "women, your dick is tiny",
    # plain name-calls of the group
    "muslims are bastards",
    "the mexicans are clowns",
)

CLEAN = (
    "the refugees waited a bastard of a long time at the border",
    "my jewish neighbour has a bitch of a commute",
    "the muslims had a monster of a harvest",
    "women get a pig of a deal on car insurance",
    "arguing with muslims online is a fools errand",
    "trying to convert the jews is a fool's errand",
    "flattering the jewish vote is a fools errand",
    "the mexicans drive a clown car to work lol",
    "the christians sold him fool's gold",
    "no woman is going to let you wave your dick at them",
    "the jewish nurse told him to put his dick away",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_precision33_said_of_group_is_group(scorer: Scorer) -> None:
    assert scorer.score("the muslims are a bitch of a people").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_precision33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
