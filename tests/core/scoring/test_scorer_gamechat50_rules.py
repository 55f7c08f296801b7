"""Shapes of the gamechat50 round (targeting_gamechat50, gamechat50_words), at default
settings: a curse at a player named by hero or role after a determiner ("fuck the sf",
"fuck our alche"), a player named by hero or role called a piece of shit ("this sf piece
of shit") and a "wtf is this lina doing" blame question are aimed at a player; the game, a
hero's kit, a thing of the hero's, a lane, things called pieces of shit, questions about
things, quoted and reported lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a curse at a player named by hero or role
    "fuck the sf",
    "fuck this invoker lol",
    "fuck our alche",
    "ugh fuck this meepo",
    "fuck this huskar report him",
    "fuck that stupid tinker",
    "fuck our storm",
    "fuck my carry",
    "fuck this support",
    # a player named by hero or role called a piece of shit
    "this sf piece of shit",
    "that riki is a piece of shit",
    "this pudge | piece of shit",
    "report this meepo piece of shit",
    "our jungler absolute piece of shit",
    "that invoker asshole",
    # a blame question
    "wtf is this lina doing",
    "wtf is our mid doing lol",
    "wtf is this dazzle even doing?",
    "wtf is wrong with this riki",
    "wtf is wrong with our carry smh",
    "WTF IS WRONG WITH THIS DUDE",
    "wtf is sf doing",
)

CLEAN = (
    # the game, a hero's kit, a thing of the hero's, a lane
    "fuck this game",
    "fuck this hero",
    "fuck this pudge ult",
    "fuck that slark ult",
    "fuck this sf matchup",
    "fuck this mid lane",
    "dont fuck this up sf",
    "fuck it sf go mid",
    "fuck this storm",
    "fuck the sky",
    "fuck this clock",
    # things called pieces of shit
    "this patch is a piece of shit",
    "my pc is a piece of shit",
    "this sf build piece of shit",
    "this keyboard piece of shit",
    # questions about things, reported, quoted
    "wtf is this item",
    "wtf is wrong with my pc",
    "wtf is wrong with the servers",
    "wtf is this hero lol so broken",
    "wtf is this lina doing here so early, gg",
    "he said fuck the sf",
    'he typed "fuck the sf" lol',
    # "the" before anyone, not a game's role
    "fuck the kid, let's watch the other trailer",
    # game talk
    "sf go mid",
    "gg wp sf",
    "kill the support first",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat50_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat50_curse_is_at_a_player(scorer: Scorer) -> None:
    assert scorer.score("fuck the sf").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat50_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
