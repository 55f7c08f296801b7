"""Shapes of the discord33 round (targeting_discord33, discord33_words and its lexicon
lines), at default settings: snark at the writer being answered: a belittling comparison
with a child, a pet or a thing ("i've seen smarter comments from a toddler", "a toddler
could make a better argument than this") and chat's formulas ("found the guy who didn't
read the article", "tell me you didn't read it without telling me"); a bare "username
checks out" stays clean (the forum probe's everyday comment); with the look-alikes that
stay clean (praise, the writer's own, things, reported, asked, quoted, a kind word
after, the line going on). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a belittling comparison: seen from a creature
    "i've seen smarter comments from a toddler",
    "ive seen better arguments from a 5 year old",
    "i have read more coherent replies from my dog",
    "seen smarter takes from a potato lol",
    "honestly ive heard better points from my 4 year old niece",
    "i've seen better takes from a toddler tbh",
    # made by a creature
    "a toddler could make a better argument",
    "even my cat could come up with a better take",
    "a 5 year old could make a better argument than this",
    "my little sister could make a better point than you",
    # chat's formulas
    "found the guy who didn't read the article",
    "found the person who didnt even read it",
    "lol found the one who never read the thread",
    "tell me you didn't read it without telling me",
    "tell me you're 12 without telling me you're 12",
    "tell me u didnt watch the video without telling me",
)

CLEAN = (
    # no writing, the writer's own, things
    "my dog makes better coffee than me lol",
    "i've seen smarter moves from a toddler, namely me",
    "ive seen better graphics from a ps2 game",
    "a toddler could make a better sandcastle than me",
    "my toddler argues better than my husband lol",
    "i found the guy who didn't read the article, it was me",
    "found the guy who left his wallet, he says thanks",
    "tell me you love me without telling me you love me",
    "tell me about your day",
    # the line goes on
    "i've seen smarter comments from a toddler than from most adults",
    "a toddler could make a better argument than me honestly",
    # reported, quoted, asked
    "she said found the guy who didnt read the article",
    "could a toddler make a better argument?",
    "have you seen smarter comments from a toddler?",
    "no way a toddler could make a better argument",
    # a kind word after it
    "username checks out, love it",
    "username checks out",
    "ive seen better takes from my dog lol love him",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
