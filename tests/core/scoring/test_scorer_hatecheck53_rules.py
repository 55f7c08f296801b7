"""Shapes of the hatecheck53 round (targeting_hatecheck53, hatecheck53_words), at default
settings: the writer's threat to a named group made to pay, bleed, regret or suffer
("i'll make those immigrants pay") or whose body parts the writer will break ("i'm gonna
break the necks of those muslims") is aimed at the group; a thing, a person or a pet in
the group's place, money paid, a denial, someone else as the doer, a question, a quote
and a group named only as an owner stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # made to pay, bleed, regret or suffer
    "i'll make those immigrants pay",
    "we will make gay people pay for what they did",
    "i'm gonna make disabled people bleed",
    "i will make trans people regret it",
    "imma make every muslim pay",
    "i'm going to make every one of those trans people suffer",
    "someone should make women pay for this",
    "we'll make black people pay dearly",
    "i'll make a muslim pay with their blood",
    # body parts broken
    "i'll crack the skulls of black people",
    "i want to snap the necks of trans people",
    "we'll cut the throats of all muslims",
    "i'm going to break the legs of every disabled person",
    "i'll break the necks of every single immigrant",
    "we will slit the throats of those women",
)

CLEAN = (
    # a thing, a person or a pet in the group's place
    "i'll make my landlord pay",
    "we will make the company pay for this",
    "i'll make the weeds regret growing here",
    "i'll snap the necks of these chickens for dinner",
    "i'll crack the skulls of these zombies lol",
    "i'll break the legs of the table",
    # money paid, or nothing to regret
    "we will make immigrants pay taxes like everyone else",
    "the government will make disabled people pay for their wheelchairs, disgraceful",
    "i'll make immigrants regret nothing about coming here",
    # a denial, someone else, a question, a quote
    "i will never make immigrants pay for being here",
    "no one will make women bleed on my watch",
    "why would anyone want to make gay people suffer?",
    "would you really slit the throats of immigrants? sick",
    "saying 'we will make black people pay' is pure hate",
    "threatening to break the necks of trans people is a crime",
    # no harm: kind uses of the words, parts of no body, a group as an owner
    "we'll make immigrants part of the community",
    "the heads of the muslim council met the mayor",
    "the skulls of ancient muslims were found in spain",
    "we'll break the backs of the women's team in the final lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck53_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck53_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i'll make those immigrants pay").target is TargetKind.GROUP
    assert scorer.score("i'll crack the skulls of black people").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck53_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
