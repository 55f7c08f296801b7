"""Shapes of the gamechat30 round (targeting_gamechat30, gamechat30_words, gamechat12's
call openers, gamechat25's states), at default settings: a player called a thing or a
beast with an intensifier; a player summed up as an archetype; "how are you even awake"
asked in earnest; with the look-alikes that stay clean. English only: Italian chat
calls a player a thing in the Italian rounds' readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a player called a thing or a beast with an intensifier
    "our jungler is a literal dog",
    "our mid is an absolute potato",
    "jett is a literal monkey",
    "our top is a complete potato lol",
    "our support is a total donkey",
    "this pudge is an absolute dog",
    "our adc is a literal toddler",
    "our tank is a literal baby smh",
    # a player summed up as an archetype
    "typical trash jungler",
    "another useless support",
    "yet another garbage adc",
    "classic trash mid",
    "typical braindead yasuo",
    "another trash jungler lol",
    "typical useless teammates",
    # the reader's state still doubted without "how"
    "are u even awake lol",
    "are you even awake",
    # gamechat29's rank still doubted with "how"
    "how are you even gold",
)

CLEAN = (
    # no player, the clause goes on, asked, denied, said by someone else, no line
    "my pet is a literal dog",
    "the boss is an absolute dog",
    "this hero is an absolute dog in lane",
    "my pc is a literal potato",
    "the car is an absolute potato lol",
    "is our jungler a literal dog?",
    "our jungler is not a literal dog",
    "he said our jungler is a literal dog",
    "our jungler is a literal god",
    "our mid is an absolute beast",
    # the writer, a thing, the talk, no call
    "im a typical trash jungler lol",
    "typical trash loot",
    "another useless skin",
    "typical trash matchmaking",
    "stop the typical trash talk",
    "typical jett player",
    "another jungler on the team",
    # a state asked in earnest
    "how are you even awake",
    "how are you even awake at 4am lol",
    "lol how are u even awake",
    "how is he even alive",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
