"""Shapes of the gamechat61 round (targeting_gamechat61, gamechat61_words), at default
settings: a player named by hero or role and called a kid right beside it, or after it
over "is" and "so", in a short line opening over chat's openers or a match's determiner
and closing over chat's tails ("pudge kid", "sf is kid", "this pa so kid", "kid pudge")
is said of that player; the writer's own child or hero, a skin, a thing after the words,
childhood, negations, reports, counter-speech, questions, quotes and a comma between the
two stay clean; gamechat55's readings at the reader stay."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "kid" right after the player
    "kunkka kid",
    "our invoker kid lol",
    "gg wp slardar kid",
    "Pudge kid.",
    "enemy carry kid again",
    "jakiro kiddo",
    # over "is" and "so"
    "kunkka is kid",
    "that sniper so kid",
    "ur invoker is so kid",
    "support too kid gg",
    # "kid" right before the player
    "kid slardar",
    "gg kid lina",
    "kid kunkka lol",
    "KID PUDGE",
    # a size word's hero after a side
    "our tiny kid",
)

CLEAN = (
    # the writer's own child or hero, a skin, a thing after the words, childhood
    "my kid plays kunkka",
    "my invoker is so kid lol",
    "kid slardar skin",
    "kunkka kid mode is fun",
    "when i was a kid sniper was my main",
    "even a kid can play slardar",
    # negations, reports, counter-speech
    "kunkka is no kid",
    "invoker is not kid",
    "she called kunkka a kid",
    "dont call our support kid",
    # questions, quotes, a comma
    "kunkka kid?",
    "is sniper so kid?",
    '"slardar kid"',
    "kunkka, kid",
    # a verb or the weather before a link, no player at all
    "am so kid",
    "this storm so kid",
    "what is kid",
    # a size word's hero right before "kid" is the size (review)
    "lol tiny kid",
    "tiny kid lol",
    "omg tiny kid",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat61_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat61_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", ["ur a kid", "u kid", "bye kid"])
def test_gamechat61_gamechat55s_reader_readings_stay(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.SECOND_PERSON, text


def test_gamechat61_a_side_names_the_player_behind_a_verb(scorer: Scorer) -> None:
    assert scorer.score("our am so kid").target is TargetKind.THIRD_PERSON
