"""Shapes of the gamechat47 round (targeting_gamechat47, gamechat47_words), at default
settings: flaming in other games' chat (a put-down said of a player named by role, agent
or as a kid; a player sent back to another game; the reader said to play like a bottom
rank) is aimed; the same words said of the writer, of a thing, asked, or of a game's mode
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a put-down said of a player named by role, agent or as a kid
    "hardstuck iron jungler",
    "bronze brain mid laner",
    "0 map awareness jg",
    "bot frag sova",
    "tilted child",
    "worst jungle in na",
    "our hardstuck gold support lol",
    # sent back to another game
    "go back to playing cod mobile",
    "stick to fortnite",
    "go play roblox little kid",
    # the reader said to play like a bottom rank
    "you play like a wood 5",
    "u play like a silver",
)

CLEAN = (
    "i'm a hardstuck iron jungler",
    "the worst jungle path is top side",
    "that sova had a bot frag game but still won",
    "bot frag sova but we won",
    "worst jungle in na? no way",
    "my tilted child",
    "hardstuck gold adc here lf duo",
    "stick to the plan",
    "stick to fortnite?",
    "go back to minecraft survival mode",
    "go play fortnite after school",
    "i went back to roblox after val",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat47_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat47_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_gamechat47_player_named_is_said_of_a_person(scorer: Scorer) -> None:
    assert scorer.score("hardstuck iron jungler").target is TargetKind.THIRD_PERSON


def test_gamechat47_sent_to_game_is_an_order(scorer: Scorer) -> None:
    assert scorer.score("stick to fortnite").target is TargetKind.IMPERATIVE
