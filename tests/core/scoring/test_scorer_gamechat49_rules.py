"""Shapes of the gamechat49 round (targeting_gamechat49, gamechat49_words), at default
settings: a player put down by a rank, a skill or an animal label, said whole of a player
("herald brain pudge", "peak 900 mmr behavior", "boosted monkey", "u belong in low prio",
"hardstuck herald", "trash positioning from you") is aimed; the writer's own rank or play,
reported, denied or asked labels, and ranks in ordinary talk stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a rank label said whole, maybe of a player named after it
    "guardian brain",
    "archon mentality lol",
    "herald player spotted",
    "crusader tier offlaner",
    "our support has herald hands",
    "peak 2k mmr gameplay",
    "typical 3k mmr brain",
    "hardstuck gold 4 carry",
    "herald brain moment",
    # animal labels
    "boosted chimp",
    "this boosted gorilla",
    "you're a boosted monke",
    # the reader called a rank
    "u a crusader",
    "youre a bronze lol",
    # low prio
    "you belong in low priority",
    "this techies should be in low prio",
    "go back to low prio",
    # hardstuck before a rank, a play verdict from a player
    "hardstuck guardian",
    "hardstuck crusader 2 carry",
    "garbage positioning from our mid",
    "trash decisions from you",
)

CLEAN = (
    "i was a herald brain back then",
    "my herald hands today lol",
    "don't call him a boosted chimp",
    "he called me a guardian brain",
    "is that a herald player?",
    "herald player spotted? where",
    "1000 mmr player",
    "mmr brain",
    "4 mentality",
    "i'm going back to low prio lol",
    "we are in low prio",
    "i was hardstuck guardian for months",
    "am i hardstuck guardian?",
    "trash from you lol",
    "trash positioning from me sorry",
    "garbage positioning from our mid won us the game, said no one",
    "herald games are chaos",
    "bronze to gold grind",
    "a crusade against spam",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat49_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat49_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_gamechat49_label_is_said_of_a_person(scorer: Scorer) -> None:
    assert scorer.score("herald brain pudge").target is TargetKind.THIRD_PERSON
