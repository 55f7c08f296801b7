"""Shapes of the hatecheck66 round (targeting_hatecheck66, hatecheck66_words), at default
settings: a named group refused any place ("there is no place for trans people in this
country", "this country has no room for muslims") or said to be pointless or a waste of
time ("women are a waste of time", "gays are pointless") is aimed at the group; no place
for a thing, a place for everyone, room on a bus, things and deeds that are pointless,
people who are no group, negations, questions, counter-speech, reports and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no place or room for the group
    "there is no place for muslims in britain",
    "there's no place for trans women in our town",
    "there is no room for immigrants in this country anymore",
    "there should be no place for jews in europe",
    "there must be no room for gay people in our schools",
    "there is really no place for black people here",
    "our town has no place for refugees",
    "this nation has no room for muslims",
    "no room for gays here",
    "i think there is no place for disabled people in the army",
    "honestly, there's no room for trans people in sport",
    # pointless or a waste of time
    "women are pointless",
    "trans people are a waste of time",
    "muslims are an utter waste of time",
    "immigrants are a waste of resources",
    "disabled people are a waste of effort",
    "jews are completely pointless tbh",
    "black people are a total waste of time",
    "lesbians are just pointless",
)

CLEAN = (
    # no place for a thing, a place for everyone, room or a place to do a thing
    "there is a place for everyone here",
    "there is no place for bigotry in this town",
    "there is no room for hatred against immigrants",
    "there's no room for error",
    "there's no room for my suitcase in the car",
    "there is no place like home",
    "there's no room for disabled people on this train, it's packed",
    "there is no place for muslims to pray at the station",
    "there is no place for you in this team",
    "i have no room for dessert",
    "our country has room for refugees",
    # things and deeds that are pointless, people who are no group
    "meetings are pointless",
    "this game is a waste of time",
    "school is a waste of time lol",
    "hating immigrants is pointless",
    "this debate about trans people is a waste of time",
    "my ex is a waste of time",
    "politicians are pointless",
    "women are a force of nature",
    # negations, questions, counter-speech, reports and quotes
    "women are not a waste of time",
    "are muslims pointless? no",
    "saying there is no place for jews here is antisemitic",
    "he said there's no room for gay people in the army and got fired",
    "people who think black people are pointless are racists",
    "it's false that there is no place for immigrants here",
    'the poster said "no room for gays here" and the council took it down',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck66_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck66_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("there is no place for muslims in britain").target is TargetKind.GROUP
    assert scorer.score("women are pointless").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck66_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
