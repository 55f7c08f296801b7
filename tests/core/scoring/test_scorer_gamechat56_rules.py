"""Shapes of the gamechat56 round (targeting_gamechat56, gamechat56_words), at default
settings: a player pointed at by "this" or "that" and a hero's name and called worthless
with an intensifier ("that bristle is such a joke", "this meepo is so worthless") is
aimed at that player; a bare verdict (the champion), the hero's kit or the game, the past,
negations, questions, quotes, reports, the writer's own hero and game chat's praise
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the pointed hero called worthless with an intensifier, opening its sentence
    "that bristle is such a joke", "this techies is a complete joke",
    "that qop is a fucking joke", "this kunkka is a total joke", "this meepo is so worthless",
    "this pudge is such a disgrace", "this necro is so pathetic",
    # a curse before the hero, openers and tails
    "this fucking pudge is such a joke", "gg this slark is a complete joke",
    "lol that invoker is such a joke", "this alch is so worthless tbh",
    "that pudge is such a joke lol",
)  # fmt: skip

CLEAN = (
    # a bare verdict: a view of the champion (gamechat12, gamechat36)
    "this sven is trash", "this pudge is trash", "this zeus is a joke",
    "this meepo is worthless",
    # the hero, its kit, an item or the game judged, a matchup or a joke after it
    "this hero is a complete joke", "this pudge hook is such a joke",
    "this invoker build is so useless", "this axe is so useless",
    "this invoker is so useless against sage", "this pudge is such a joke jk",
    # the past, negations
    "this slark was such a joke before the buff", "this pudge is not such a joke",
    "this zeus is no joke",
    # questions, quotes, reports, conditions and the writer's own hero
    "is this pudge such a joke?", '"this pudge is such a joke"',
    "he said this pudge is such a joke", "if this pudge is such a joke we lose",
    "i am this pudge and i am such a joke",
    # game chat's praise: no verdict of worthlessness
    "that raze is a menace",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat56_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat56_aims_at_the_player(scorer: Scorer) -> None:
    assert scorer.score("that bristle is such a joke").target is TargetKind.THIRD_PERSON
    assert scorer.score("this meepo is so worthless").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat56_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
