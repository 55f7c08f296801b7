"""Shapes of the gamechat59 round (targeting_gamechat59, gamechat59_words), at default
settings: a player named by hero or role opening a short line and called bad, brainless or
terrible right after, over "is" and "so", chat's openers or a match's determiner and
chat's tails ("pudge is bad", "sf really bad", "jugg bad af", "pudge no brain", "sf
awful gg") is said of that player; the hero, a pick, an item or a build judged, a
matchup or a patch after the word, the writer's own hero, opinions, reports, questions
and the round's lines said of anything else stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "bad" after a copula or an intensifier, or with "af"
    "pudge is bad",
    "invoker really bad",
    "our mid very bad",
    "kunkka is really bad lol",
    "gg their carry is bad",
    "ur slark is very bad",
    "brewmaster bad af",
    "this invoker is bad again",
    # a brain denied
    "pudge no brain",
    "lol bristle no brain",
    "our offlaner zero brain",
    # a verdict with the copula dropped
    "pudge terrible",
    "necro awful gg",
    "our support horrible",
    "tinker worst lol",
)

CLEAN = (
    # the hero, a pick, an item, a build, a matchup or a patch judged
    "pudge is bad vs sniper",
    "pudge is bad this patch",
    "invoker really bad into silencer",
    "kunkka terrible hero",
    "necro awful pick",
    "tinker worst hero",
    "pudge no brain hero",
    "brewmaster is bad at lvl 1",
    # the writer's own hero, opinions, reports, questions, negations, a comma
    "my pudge is bad sorry",
    "i think invoker is bad",
    "he said kunkka is really bad",
    "is slark really bad now?",
    "pudge is not bad",
    "pudge, terrible",
    "this sniper is terrible",
    "this storm is really bad",
    # the round's lines said of anything but a player
    "this is bad",
    "lag is really bad",
    "the game is very bad",
    "he is really bad",
    "the weather is very bad today",
    "no brain needed for this",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat59_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat59_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
