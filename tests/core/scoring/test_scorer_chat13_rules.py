"""Shapes of the chat13 round (targeting_chat13, chat13_words), at default settings: a
player in game chat called "shit" through chat's contractions ("ur so shit", "ur shit at
this game", "hes shit", "shes literally shit") is aimed at the reader or said of the
player; a player, a team or the reader's team called "horrible" after a being verb
("my team is horrible", "this duelist is horrible", "you guys are horrible") is aimed at
them; the reader's things, the writer, negations, questions, reports, things judged and
a verdict that goes on stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "shit" through a contraction
    "ur so shit",
    "ur literally shit lmao",
    "ur really shit at this game",
    "ur shit at aim",
    "omg ur honestly shit",
    "mid ur so shit",
    "hes shit",
    "hes really shit at league",
    "shes actually shit",
    "kicked him cuz hes shit",
    # "horrible" said of a player or a team
    "our team is horrible",
    "my teammates are so horrible",
    "the enemy adc is horrible",
    "this healer is horrible lol",
    "my entry fragger is horrible",
    "you guys are horrible",
    "u guys are really horrible",
)

CLEAN = (
    # the reader's things, the writer, other senses
    "grab ur shit and lets go",
    "put ur shit at the door",
    "im so shit today",
    "i am really shit at this game",
    "hes shit scared of heights",
    "ur just shit out of luck",
    # negations, questions, reports, jokes
    "hes not shit",
    "is he really shit?",
    "he said ur so shit lol",
    "idk hes just shit",
    "ur so shit lmao jk",
    # "horrible" of a thing, a negation, a report, a verdict that goes on
    "my ping is horrible",
    "the enemy team comp is horrible",
    "the jungle is horrible on this map",
    "my team is not horrible",
    "is my team horrible?",
    "he said my team is horrible",
    "you guys are horrible at hiding",
    "our comms are horrible",
    "this team is horrible this season",
    "these players are horrible",
    "you people are horrible",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_chat13_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_chat13_aims(scorer: Scorer) -> None:
    assert scorer.score("ur so shit").target is TargetKind.SECOND_PERSON
    assert scorer.score("hes shit at this hero").target is TargetKind.THIRD_PERSON
    assert scorer.score("my team is horrible").target is TargetKind.GROUP
    assert scorer.score("this duelist is horrible").target is TargetKind.THIRD_PERSON
    assert scorer.score("you guys are horrible").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_chat13_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
