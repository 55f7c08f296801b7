"""Shapes of the gamechat40 round (targeting_gamechat40, gamechat40_words), at default
settings: a player named by hero (everyday words among the names: doom, storm, axe,
lion, void) or by role said to suck, with chat's tails ("doom sucks", "storm sucked so
bad", "gg alche sucks badly", "the enemy void sucks"); with the look-alikes that stay
clean (a kit, a matchup or a spell, things, the writer's own hero, asked, negated,
reported, the line going on)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a hero whose name is an everyday word
    "doom sucks",
    "storm sucked",
    "lion sucks lol",
    "axe really sucks",
    # chat's tails
    "alche sucks badly",
    "void sucked so bad",
    "tiny sucks at this game",
    "ember sucked balls lol",
    "wr sucked so hard",
    # openers, determiners and modifiers before the player
    "gg storm sucked",
    "omg axe sucks so bad",
    "gg | alche sucks badly",
    "our doom sucks",
    "the enemy void sucks",
    "our damn doom sucked",
    "that support sucks so bad",
)

CLEAN = (
    # a kit, a matchup, a spell
    "doom sucks vs this lineup",
    "lion sucks mana from them",
    "storm sucks in this patch",
    "tiny sucks at this point",
    "storm sucked them in with his ult",
    "this void sucks vs us",
    # things, the writer's own
    "the storm sucked last night",
    "this hero sucks",
    "my doom sucked sorry guys",
    "i sucked on lion",
    # asked, negated, reported, supposed
    "doom sucks? nah he is fine",
    "storm never sucked",
    "he said lion sucks",
    "if doom sucks we lose",
    "i hate it when doom sucks mana",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat40_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat40_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
