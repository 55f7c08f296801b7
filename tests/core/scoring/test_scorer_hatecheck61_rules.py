"""Shapes of the hatecheck61 round (targeting_hatecheck61, hatecheck61_words), at default
settings: a named identity group blamed as the reason for a harm ("immigrants are the
reason this country is dying", "muslims are why we can't have nice things") or said to
suck ("jews suck", "black people suck ass") is aimed at the group; the same forms about
things, teams and people no one is protected as, the group as the reason for something
good or as the victim, counter-speech, reports, quotes, questions and negations stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    "immigrants are the reason rents are so high",
    # the group as the reason for a harm
    "muslims are the reason this city is rotting",
    "the immigrants are the reason for all this crime",
    "jews are the real reason the world is in a mess",
    "these refugees are the reason our streets are dangerous",
    "trans people are part of the reason kids are so confused",
    "i think gays are the reason marriage is dying",
    "honestly, women are the reason this server is toxic",
    "black people are why we can't have nice things",
    "immigrants are exactly why nobody can afford a house",
    "kikes are why the media lies",
    # said to suck, over adverbs and chat's tails
    "muslims suck",
    "immigrants really suck ass",
    "trans people fucking suck",
    "black people suck so bad",
    "all jews suck lol",
    "tbh refugees suck",
    "gay kids suck",
)

CLEAN = (
    "women are the reason im high on life",
    # no named group
    "the refs are the reason we lost",
    "campers are why this game is dying",
    "the devs are why we can't have nice things",
    "mondays suck",
    "these skins suck ass",
    "people suck",
    # something good, or the group harmed
    "immigrants are the reason this country is great",
    "women are the reason i'm still alive",
    "refugees are the reason this country isn't dying",
    "racists are the reason immigrants are scared",
    "bigots are why trans people are dying",
    "the reason immigrants are dying is racism",
    # counter-speech, reports, quotes, questions, negations
    "people who say immigrants are the reason this country is dying are wrong",
    "stop saying muslims are why we can't have nice things",
    "saying women suck is sexist",
    '"jews suck" is not an argument',
    "are immigrants the reason crime went up?",
    "do trans people suck at this game?",
    "refugees aren't why crime went up",
    "gay people don't suck",
    "nobody thinks jews are the reason the economy is broken",
    # another "suck", or no harm named
    "black holes suck in everything",
    "immigrants suck at football",
    "muslims suck it up and keep working",
    "immigrants are why",
    # a generation or an affiliation: the older rounds read these
    "boomers are the reason housing is expensive",
    "millennials are why nobody can afford a house",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck61_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck61_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("immigrants are the reason this country is dying").target is (
        TargetKind.GROUP
    )
    assert scorer.score("jews suck").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck61_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
