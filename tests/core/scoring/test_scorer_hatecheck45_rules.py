"""Shapes of the hatecheck45 round (targeting_hatecheck45, hatecheck45_words), at default
settings: a named group said to bring only harm ("muslims only bring violence"), reduced
to a use ("women are good for one thing only", "women exist only to serve men"), harm
called for on the group or on any member who does something ("any immigrant who comes
here should get shot"), and a group given no business or place ("women have no business
in politics") are identity attacks or threats at the group; a good brought, no group, a
condition, a kind call, a denial, a question or another's words stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # only harm brought or caused
    "muslims only bring violence",
    "immigrants only ever cause trouble",
    "refugees only bring crime and drugs",
    "jews only cause problems wherever they go",
    "muslims bring only terror to europe",
    "women cause only drama",
    "honestly immigrants only cause misery",
    "jews only spread lies",
    "the only thing immigrants bring is crime",
    "the only thing muslims know is violence",
    "muslims only want to kill us",
    "immigrants only want to destroy this country",
    # reduced to a use
    "women are good for one thing only",
    "women are good for one thing",
    "black people are good for only one thing",
    "women are only useful in the kitchen",
    "immigrants are only useful as cheap labour",
    "women are only fit for breeding",
    "women are only good in bed",
    "women exist only to serve men",
    "women only exist to serve men",
    "women serve one purpose",
    "women serve only one purpose",
    "the only thing women are good for is cooking",
    # harm called for on the group or any member
    "any immigrant who comes here should get shot",
    "every woman who talks back deserves a slap",
    "any jew who shows his face here should get hanged",
    "every black guy who walks in here should get stabbed",
    "any trans who uses that bathroom should get beaten up",
    "immigrants who steal should get shot",
    "women who cheat should get beaten",
    "trans people should get beaten",
    "any refugee who complains deserves a good beating",
    # no business or place
    "women have no business in politics",
    "immigrants have no business being here",
    "women have no business voting",
    "muslims have no place among decent people",
)

CLEAN = (
    # a good brought, no harm, no group
    "immigrants only bring their families after a year",
    "the immigrants only brought their children",
    "gays only spread love",
    "gay people only want to be left alone",
    "muslims only want to pray in peace",
    "women only spread joy",
    "immigrants only bring crime rates down",
    "black people only cause trouble because of poverty",
    "this patch only causes lag",
    "the only thing immigrants bring is food",
    "the only thing i know about muslims is they fast",
    # no use, a condition, no group
    "women are good at chess too",
    "women are only useful",
    "women are only fit for the olympics if they train",
    "immigrants are only fit to work after 6 months",
    "gay people exist only in small numbers here",
    "nurses serve one purpose",
    "this pan is good for one thing only: eggs",
    # a kind call, no group, denied, asked, another's saying
    "any immigrant who comes here should get a fair hearing",
    "trans people should get support",
    "every cop who does that should get shot",
    "the guy who stole my bike should get shot lol",
    "no immigrant who comes here should get shot",
    "he said any immigrant who comes here should get shot",
    "should any immigrant who comes here get shot?",
    # no business or place of people
    "immigrants have no business plan",
    "women have no place among the top ten this year",
    # counter-speech, questions, reported speech
    "saying muslims only bring violence is bigotry",
    "do muslims only bring violence?",
    "my dad says muslims only bring violence",
    "it is not true that immigrants only cause trouble",
    "not all immigrants only bring crime",
    '"muslims only bring violence" is what he said',
    "nobody thinks women are good for one thing only",
    "it's false that women are only good for cooking",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck45_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck45_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck45_terms_stay_gated_without_a_group(scorer: Scorer) -> None:
    """Without a named group the round's terms never count: "you should get shot" and
    "he only brings trouble" keep their older (clean) reading."""
    for text in ("he should get shot", "he only brings trouble", "the bot is good for one thing"):
        assert not scorer.score(text).hostile, text
