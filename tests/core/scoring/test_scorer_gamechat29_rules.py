"""Shapes of the gamechat29 round (targeting_gamechat29 and gamechat29_words), at
default settings: a rank doubted over "even"; hours played set against bad play; a team
game's position (goalie, keeper, striker) as gamechat28's subject; an order to learn a
game skill, said whole or to a hero or a role; with the look-alikes that stay clean.
English only: Italian chat doubts a rank in gamechat23's and the Italian rounds'
readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a rank doubted over "even"
    "how are you even gold",
    "how r u even plat lmao",
    "how are u even diamond with that aim",
    "lol how are you even immortal",
    "how is he even masters",
    "how is this guy even challenger lol",
    "how is she even emerald with those stats",
    "how are you even divine",
    # hours played set against bad play
    "500 hours and still this bad",
    "2k hours and still trash",
    "1k hours and still cant aim",
    "imagine 900 hours and still so bad",
    "u have 2000 hours and still suck",
    "he has 4k hours and still hardstuck silver",
    "this guy has 3k hours and still sucks",
    "600 hours and still can't hit a shot",
    "2000 hrs and still garbage lol",
    # a team game's position as gamechat28's subject
    "our goalie is a terrible player",
    "the enemy keeper is such an awful player",
    "our striker was a horrible teammate",
    "our entry is a trash player lol",
    # an order to learn a game skill, said whole or to a hero or a role
    "learn to ward support",
    "learn to aim jett",
    "learn to last hit pudge lol",
    "learn how to ward",
    "pls learn to rotate",
    "learn ur hero",
)

CLEAN = (
    # the writer; no rank; asked and gone on; the clause goes on; quoted
    "how am i even gold lol",
    "how are you even online at 3am",
    "how is he even alive after that",
    "how is he even allowed in ranked",
    "how are you even gold? thats so fast, gj",
    "how are you even gold so fast, congrats",
    '"how is he even diamond" lol',
    # the writer's hours; no verdict; a verb before the count; asked and answered
    "i have 500 hours and still suck lol",
    "we have 500 hours and still suck",
    "my 1k hours and still cant aim lol",
    "2k hours and still love this game",
    "1000 hours and still learning new stuff",
    "waited 2 hours and still no match",
    "he has 4k hours and still plays every day",
    "500 hours and still this bad? no way, im better now",
    "you have 2k hours and still can aim? lol",
    # a position praised, asked, denied, or a role judged
    "our goalie is a great player",
    "is our keeper a terrible player?",
    "our striker is not a terrible player",
    "the goalie is a terrible position to play",
    "this entry is a terrible player to read",
    # the writers' homework, advice, the hero to learn, a thing after the role, asked
    "we gotta learn to rotate",
    "we need to learn to ward support",
    "learn to last hit in the demo mode, it helps",
    "learn to play jett, shes strong",
    "learn to play jett",
    "learn to ward support items",
    "learn to aim jett, shes easy",
    "how do i learn to aim",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
