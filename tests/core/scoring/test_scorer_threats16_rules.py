"""Shapes of the threats16 round (targeting_threats16, threats16_words), at default
settings: relief held by nobody named that writer and reader are not together, the
message closing on a place of meeting ("good thing we're not in the same room", "thank
god we aren't face to face"), or that the writer cannot reach the reader, the message
closing on the harm ("lucky i cant get my hands on you", "good thing i dont know where
you live"), are aimed at the reader; relief going on with its reason, meetings that are
no place, the reach at a thing, other people, the writer's own relief, "didnt see you",
jokes, game talk, reports, questions and quotes stay clean, and the round's short lines
give way to older lines they overlap."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # not together, closing the message
    "good thing we're not in the same room",
    "thank god we are not face to face",
    "its a good thing we arent in the same place rn",
    "luckily we aren't in person or else",
    "bro thank god were not in the same room",
    "fortunately we re not irl",
    "lucky we are not in the same room",
    "you're lucky we're not face to face",
    # the writer cannot reach the reader, closing the message
    "lucky i cant get my hands on you",
    "good thing i dont know where you live",
    "thank god i can't find u right now",
    "thankfully i couldnt catch you",
    "its a good thing i do not know your address",
    "you're lucky i can't see you right now",
    "luckily i cannot reach you bro",
)

CLEAN = (
    # relief going on with its reason
    "good thing we're not in the same room, i have covid",
    "thank god i dont know where you live, i'd be there every day",
    "lucky i cant reach you by phone today",
    "good thing i can't see you right now, i'm in my pajamas",
    # meetings that are no place, other plans, the reach at a thing
    "thank god we're not in the same class lol",
    "good thing we re not going to the party",
    "lucky i cant get my hands on that skin, id be broke",
    "thank god i dont have school tomorrow",
    # other people, the writer's own relief, past sight
    "thank god i dont know where she lives",
    "i'm glad we are not in the same room",
    "we're lucky we're not in the same room",
    "good thing i didnt see you",
    # older lines kept, jokes, games, reports, questions, quotes
    "the only thing i dont like about you is your attitude",
    "good thing we're not in the same room jk",
    "good thing we're not in the same room in this game",
    "she said good thing we're not in the same room",
    "why is it lucky i cant find you?",
    '"good thing i dont know where you live" is a weird thing to say',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats16_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats16_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("good thing we're not in the same room").target is (
        TargetKind.SECOND_PERSON
    )
    assert scorer.score("good thing i dont know where you live").target is (
        TargetKind.SECOND_PERSON
    )


@pytest.mark.parametrize("text", CLEAN)
def test_threats16_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text", ["luckily i didnt hit you", "thank god i didnt hit you", "good thing i didnt find you"]
)
def test_threats16_a_harm_that_did_not_happen_is_no_threat(scorer: Scorer, text: str) -> None:
    """Relief at an accident avoided, not a reach held back."""
    assert not scorer.score(text).hostile, text
