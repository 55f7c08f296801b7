"""Shapes of the gamechat60 round (targeting_gamechat60, gamechat60_words), at default
settings: a player named by hero or role and called bad with a bare "bad" right beside it,
in a short line opening over chat's openers or a match's determiner and closing over
chat's tails ("pudge bad", "our carry bad lol", "bad pudge", "gg bad carry") is said of that
player; a pick, an item, a build, a matchup or a patch after the words, the writer's own
hero, "my bad", negations, pity, reports, opinions, questions, quotes, a comma between the
two, a lane before "bad" and an everyday hero's word after "bad" or pointed at stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "bad" right after the player
    "kunkka bad",
    "our invoker bad lol",
    "their sniper bad",
    "gg wp pudge bad",
    "Pudge bad.",
    "enemy carry bad again",
    # "bad" right before the player
    "bad slardar",
    "gg bad support",
    "what a bad invoker",
    "bad carry lol",
    "bad pudge, good sf",
    "PUDGE BAD",
)

CLEAN = (
    # a pick, an item, a build, a matchup or a patch after the words
    "kunkka bad pick",
    "bad item on slardar",
    "pudge bad mid",
    "bad invoker build",
    "carry bad this game",
    # the writer's own hero, "my bad", negations, pity, a subject before "bad"
    "my kunkka bad lol",
    "my bad slardar",
    "not bad invoker",
    "too bad pudge",
    "that was bad pudge",
    "bad bad pudge",
    # reports, opinions, questions, quotes, a comma
    "i think our carry bad",
    "is pudge bad",
    "slardar bad?",
    '"pudge bad"',
    "kunkka, bad call",
    # a lane before "bad" (gamechat21's table: "our mid bad"); an everyday hero's word
    # after "bad" or pointed at; no player at all
    "mid bad lol",
    "their top bad",
    "bad shadow",
    "that storm bad",
    "bad day pudge",
    "bad game",
    "the lag is bad",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat60_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat60_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", ["am bad lol", "ok am bad", "sky bad", "storm bad"])
def test_gamechat60_a_verb_or_the_weather_before_bad_is_no_player(
    scorer: Scorer, text: str
) -> None:
    assert not scorer.score(text).hostile, text


def test_gamechat60_a_side_names_the_player_behind_an_everyday_word(scorer: Scorer) -> None:
    assert scorer.score("our storm bad").target is TargetKind.THIRD_PERSON
