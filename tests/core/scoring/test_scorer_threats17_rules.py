"""Shapes of the threats17 round (targeting_threats17, threats17_words), at default
settings: the screen or the distance lifted by a condition or a wish, then the reader's
doom or the writer's blow at the reader closing the message ("if this wasnt the internet
you'd be dead", "i'd punch you if this was real life", "wish i could slap you through
the screen"); kind acts, a doom or a blow going on as something else, someone else's or
a denied blow, game talk, reports, questions, quotes and jokes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the screen denied, then the doom
    "if this wasnt online youd be toast",
    "if it wasnt for the internet u r dead",
    "if this wasnt a chat room you'll be dead",
    "if this wasnt snapchat ur finished",
    # real life said, then the doom or the blow
    "if this was irl you d be done",
    "if we were offline i would smack you",
    "if this was in real life i'd beat u",
    "if this was face to face you're toast",
    # the harm first, the condition closing the message
    "you'll be finished if this was irl",
    "i would smack you if this wasnt online",
    # a reach through the screen, wished or said as a condition
    "if only i could reach thru the screen youd be toast",
    "wish i could get through my monitor and smack you",
    "wish i could slap you through the screen",
)

CLEAN = (
    # kind acts and neutral readings in the same words
    "if this wasnt online i'd buy you lunch",
    "if we were offline i'd show you my garden",
    "wish i could reach thru the screen and high five you",
    "if this was irl we'd be dead lol",
    # the doom or the blow going on as something else
    "if this wasnt online ur finished with the quiz already",
    "if this was in real life you'd be dead, that jump was insane",
    "if this was irl i'd beat u at ping pong",
    # someone else's blow, a denied one, a thing
    "if this was irl my dad would smack you",
    "if this wasnt online i would never smack you",
    "wish i could slap my laptop",
    # reports, questions, quotes, jokes, game talk
    "he told me if this was irl you'd be toast",
    "if this wasnt online would i smack you?",
    "'if this was irl youd be toast' is what people say when they lose",
    "if this was irl i would smack you jk",
    "if this wasnt online you'd be dead in the next round",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats17_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats17_aims(scorer: Scorer) -> None:
    assert scorer.score("if this wasnt online youd be toast").target is TargetKind.SECOND_PERSON
    assert scorer.score("wish i could slap you through the screen").target is (
        TargetKind.SECOND_PERSON
    )


@pytest.mark.parametrize("text", CLEAN)
def test_threats17_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
