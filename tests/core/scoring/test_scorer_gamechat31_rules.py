"""Shapes of the gamechat31 round (targeting_gamechat31, gamechat31_words), at default
settings: a player named with two words ("the enemy jungler", "our mid laner") called a
thing or a beast, with the look-alikes that stay clean; "this <hero> is trash" stays
clean as gamechat12 keeps it (the champion judged). English only: Italian chat calls a
player a thing in the Italian rounds' readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "the enemy" before the role, or a role tail after it, called a thing or a beast
    "the enemy jungler is a dog",
    "the enemy mid is a potato lol",
    "the enemy support is a literal dog",
    "our mid laner is a potato",
    "their support player is a baby",
    "our jungle main is a donkey smh",
    "our bot lane is a dog",
    "the enemy mid laner is an absolute monkey",
    "mid laner is a dog",
)

CLEAN = (
    # callouts, praise, no player, the call goes on
    "the enemy jungler is top",
    "our bot lane is pushing",
    "the enemy jungler is a god",
    "our mid laner is a beast",
    "the enemy dog is a dog",
    "the enemy team is a dog",
    "the enemy jungler is a dog main lol",
    "our mid laner is a potato farmer",
    "the enemy mid is a dog in lane",
    # "this <hero> is trash": the champion judged, as gamechat12 reads it (not built)
    "this skin is trash",
    "this build is trash smh",
    "this octane is trash",
    "this jett skin is trash",
    "this jett is trash at eco rounds",
    "is this jett trash?",
    "this jett is not trash",
    "i said this jett is trash",
    "if this jett is trash we lose",
    "this jett is cracked",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
