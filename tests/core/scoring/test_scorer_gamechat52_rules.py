"""Shapes of the gamechat52 round (targeting_gamechat52, gamechat52_words), at default
settings: match chat's "rape" for beating a player, aimed at the reader or at a player
named by hero or role (the writer's side or a player as the doer, the reader or another
side's player as the one it happened to, "get raped" as an order) is hostile; the
writer's own side beaten, a thing, negations, questions, reports, conditions,
counter-speech and the crime talked of stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's side or a player as the doer, a player as the object
    "i raped sf twice",
    "imma rape u mid",
    "im gonna rape your carry",
    "we just raped your whole team",
    "ill rape that invoker lol",
    "gonna rape this riki again",
    "i let him live then imma rape you",
    "pudge raped you",
    "qops rape u every game",
    "my lina raped your mid",
    # the reader or another side's player as the one it happened to
    "u got raped",
    "you guys got raped hard",
    "your support got raped",
    "their carry got raped again",
    "ur jugg is getting raped",
    "this slark got raped bot",
    "invoker got raped mid lol",
    # the order
    "get raped",
    "lol get raped",
    "ez mid get raped",
)

CLEAN = (
    # the writer's own side
    "we got raped",
    "i got raped top",
    "our mid got raped",
    "my team got raped by their pudge",
    # a thing
    "my mmr got raped",
    "this patch raped invoker",
    # negated, asked, reported, a condition, counter-speech
    "i didnt rape you",
    "u never got raped",
    "nobody raped your carry",
    "did u get raped?",
    "he said i raped you",
    "she says u got raped",
    "if someone raped you tell the police",
    "dont say get raped",
    "stop saying you got raped",
    # the crime talked of
    "she got raped and nobody helped",
    "he was raped as a child",
    "the kid got raped",
    "they raped you? im so sorry",
    "i was raped",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat52_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat52_reader_is_second_person(scorer: Scorer) -> None:
    assert scorer.score("u got raped").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat52_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
