"""Shapes of the gamechat28 round (targeting_gamechat28 and gamechat28_words), at
default settings: a third person called a bad player, role or hero after a copula; "the
worst" before a hero or a role, said whole; a person said to lack any clue of the game
or its sense; with the look-alikes that stay clean. English only: Italian chat's
verdicts on a player go through the Italian rounds' readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a third person called a bad player, role or hero after a copula
    "he is a terrible player",
    "she was such an awful teammate",
    "hes a garbage player lol",
    "he's just a horrible player",
    "our jungler is a terrible player",
    "that sage is such a terrible support",
    "the enemy mid is an awful player tbh",
    "ok this guy is a trash gamer",
    "our adc is a terrible player. ff",
    # "the worst" before a hero or a role, said whole
    "the worst jett",
    "literally the worst support",
    "omg the worst yasuo",
    "the worst sage ive ever seen",
    "the worst teammate i've had",
    "the worst adc in the game",
    "the worst genji ever lol",
    "the worst jett. gg",
    # a person said to lack any clue of the game or its sense
    "he has no clue how to play",
    "our jungler has no clue how to play this hero",
    "this reyna has no clue what shes doing",
    "our support has no clue",
    "he clearly has no clue how to play lol",
    "that sage has zero game sense",
    "he has zero game sense",
    "the enemy carry has no game sense lol",
    "u have no clue how to play this champ",
)

CLEAN = (
    # the writer; denied; asked; reported; the clause goes on; no player called
    "im a terrible player",
    "i was a terrible player back then",
    "he is not a terrible player",
    "is he a terrible player?",
    "he is a terrible player?",
    "he said im a terrible player",
    "i think he is a terrible player",
    "he is a terrible player to play against",
    "he is a terrible player but a great guy",
    "he is a terrible matchup for me",
    "this game is a terrible experience",
    "my brother is a terrible player",
    "he is a good player",
    # the writer, a thing after the hero, no player, asked, the clause goes on, quoted
    "im the worst jett lol",
    "i'm literally the worst sage",
    "the worst jett skin",
    "the worst jett matchup",
    "the worst patch",
    "the worst map in the game",
    "who is the worst jett?",
    "the worst jett? no",
    "the worst jett i know is me",
    "the worst sova lineup ever",
    '"the worst jett" lol',
    # the writer, a skill's object elsewhere, asked, the clause goes on, a thing
    "i have no clue how to play this agent",
    "we have no clue how to play this map",
    "i have zero game sense lol",
    "he has no clue how to play against it",
    "does he have no clue how to play?",
    "does he have no game sense?",
    "he has no clue how to play yet, hes new",
    "he has no game sense but great aim",
    "our jungler has no clue where the enemy is",
    "she has no clue about the surprise",
    "my friend has no clue how to play this game but shes learning",
    "our team has no clue",
    "he has great game sense",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
