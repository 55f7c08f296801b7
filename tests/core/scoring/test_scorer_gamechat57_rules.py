"""Shapes of the gamechat57 round (targeting_gamechat57, gamechat57_words), at default
settings: "joke" called on a player right before the hero, role or player noun that
names them, in a line of its own ("joke sf", "what a joke pudge", "fucking joke slark"),
is aimed at that player; the hero, an item, a patch, a pick or a build judged, "no
joke", questions and quotes, the writer's own play, a joke told or praised and a comma
before the name stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a bare "joke" before a hero, with chat's openers and tails
    "joke sf", "joke lina", "joke tinker", "joke invoker lol", "gg joke pudge",
    "lol joke sniper", "report joke pudge pls", "joke bristle gg",
    # "what a", "such a" or an intensifier before it
    "what a joke pudge", "such a joke slark", "fucking joke pudge", "absolute joke meepo",
    "total joke techies",
    # a role or a player noun
    "joke offlaner", "what a joke player", "such a joke support lol",
)  # fmt: skip

CLEAN = (
    # the hero, an item, a patch, a pick or a build judged
    "joke hero", "what a joke patch", "joke sf build", "joke pudge hook",
    "joke pudge pick", "joke damage on that sf", "what a joke game",
    # "no joke", questions and quotes, the writer's own play
    "no joke pudge is strong", "is this a joke pudge?", '"joke pudge"',
    "i'm a joke pudge lol", "im such a joke invoker today",
    # a joke told or praised, a comma before the name, a vocative
    "tell me a joke pudge", "nice joke invoker", "the joke sf made was funny",
    "what a joke, pudge", "what a joke bro",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat57_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat57_aims_at_the_player(scorer: Scorer) -> None:
    assert scorer.score("joke sf").target is TargetKind.THIRD_PERSON
    assert scorer.score("what a joke pudge").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat57_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
