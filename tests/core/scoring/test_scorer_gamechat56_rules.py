"""Shapes of the gamechat56 round (targeting_gamechat56, gamechat56_words), at default
settings: a player pointed at by "this" or "that" and a hero's name and called worthless
outright ("this pudge is trash", "that invoker is a joke", "this slark is so useless") is
aimed at that player; the hero, its kit, an item or the game judged, the past,
negations, questions, quotes, reports, the writer's own hero and game chat's praise
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the pointed hero called worthless, opening its sentence
    "this pudge is trash", "that invoker is garbage", "this slark is useless",
    "this zeus is a joke", "this meepo is worthless", "this necro is pathetic",
    "this medusa is terrible",
    # intensifiers, a curse before the hero, openers and tails
    "this riki is so useless", "that bristle is such a joke",
    "this techies is a complete joke", "this fucking pudge is trash",
    "that stupid sf is garbage", "gg this pudge is trash", "lol this slark is useless",
    "that pudge is trash lol", "this alch is garbage tbh", "this pudge's trash",
    "this rubick is trash, never again",
)  # fmt: skip

CLEAN = (
    # the hero, its kit, an item or the game judged
    "this hero is trash", "this pudge hook is trash", "this invoker build is useless",
    "this slark ult is so useless", "pudge is trash in this patch",
    "this pudge is a joke of a hero", "this axe is useless for chopping wood",
    "this storm of bugs is a joke", "this ward is garbage",
    # the past, negations and praise
    "this slark was trash before the buff", "this pudge is not trash",
    "this zeus is no joke", "this invoker is insane",
    # questions, quotes, reports, conditions and the writer's own hero
    "is this pudge trash?", "this pudge is trash? no way", '"this pudge is trash"',
    "he said this pudge is trash", "dont say this zeus is a joke",
    "if this pudge is trash we lose", "i am this pudge and i am trash",
    "this pudge is trash and so am i",
    # game chat's praise: no verdict of worthlessness
    "that raze is a menace",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat56_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat56_aims_at_the_player(scorer: Scorer) -> None:
    assert scorer.score("this pudge is trash").target is TargetKind.THIRD_PERSON
    assert scorer.score("that invoker is a joke").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat56_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
