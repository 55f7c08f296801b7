"""Shapes of the insults27 round (targeting_insults27, insults27_words), at default
settings: an order of play opening its clause, then "you" and a cheered swear word
("box out you fuckers!", "defend you bastards", "swing the ball you fuckers") urges a
team on and is clean; orders that send people away or harm them, a person as the order's
object, a particle of harm after the swear word, another insult in the message and the
order not opening its clause stay aimed at the reader."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_insults27 import URGED_NOTE
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # orders that send people away or harm them
    "shut up you fuckers",
    "get lost you bastards",
    "die you fuckers",
    "go home you bitches",
    "fuck off you bastards",
    # a person as the order's object, a particle of harm after the swear word
    "shoot him you bastards",
    "push them off the bridge you bastards",
    "hold you bastards down",
    "finish you fuckers off",
    # another insult in the message
    "defend you useless fuckers",
    "rebound you fuckers, you are all trash",
    "shoot you fuckers, you worthless clowns",
    # the order not opening its clause, the swear word aimed otherwise
    "i'll finish you bastards",
    "you fuckers stole my bike",
)

CLEAN = (
    "Box Out You Fuckers!! #nets",
    "defend you bastards!!",
    "rebound you motherfuckers, two minutes left",
    "hustle back you bastards!",
    "swing the ball you fuckers",
    "shoot it you bastards",
    "score you motherfuckers!!",
    "tackle you bastards!!! #afl",
    "rebound u bitches!!",
    "defend ya bastards",
    "crash the boards you fuckers",
    "DEFEND YOU FUCKERS",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults27_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text


def test_insults27_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("shut up you fuckers").target is TargetKind.SECOND_PERSON
    assert scorer.score("defend you useless fuckers").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_insults27_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, text
    assert URGED_NOTE in verdict.explanation, text
