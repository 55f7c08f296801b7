"""Shapes of the formspring5 round (targeting_formspring5, formspring5_words), at default
settings: a teenager's body part judged by a flaw, said to the reader ("ya teeth are fcked
up", "ur arms are so hairy") or asked as a "why ... so" taunt ("why is your hair so
greasy"), is aimed at the reader; the writer's own body, negations, conditions and
advice, sincere questions, reports and counter-speech, things that are no body part and
the past stay clean, and this round's flaws stay inert outside the shape."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # said
    "ur teeth are so jacked up",
    "your hair is so greasy",
    "ya legs are hairy",
    "your skin looks blotchy",
    "ur belly is saggy",
    "your nails are so crusty",
    "your breath is rotten",
    "your hairline is busted",
    "ur eyebrows are screwed up",
    "your pimples are nasty",
    "your feet are disgusting",
    "lol ur nose is so greasy",
    "ew your skin is so crusty",
    "honestly your hair always looks greasy",
    "your face is so pale and blotchy",
    "ur teeth so jacked up lol",
    # asked as a taunt
    "why are ur arms so hairy",
    "y is your skin so greasy",
    "why does ur hair look so oily",
    "how come your teeth are so jacked up",
)

CLEAN = (
    # the writer's own body, someone else's things
    "my hair is so greasy after the gym",
    "ugh my eyebrows are weird today",
    "your cat's fur is so greasy",
    # negations and reassurance
    "your teeth are not jacked up",
    "ur skin isnt oily at all",
    "no your nose is not weird",
    # conditions, advice, sincere questions
    "if your hair is greasy try dry shampoo",
    "when ur lips are crusty use lip balm",
    "is your skin oily or dry?",
    "are your teeth messed up from the fall?",
    # reports and counter-speech
    "he said your hair is greasy, just ignore him",
    "whoever told you your teeth are messed up is wrong",
    # no body part, the past, changes
    "your burger is so greasy",
    "ur phone screen is busted",
    "your room is so dirty lol",
    "your teeth were messed up before braces, now they're perfect",
    "your hair got messed up by the wind",
    # the flaws elsewhere
    "talk dirty to me",
    "you messed up the order",
    "that movie was weird",
    "rotten tomatoes gave it 90 percent",
    "the new update is messed up",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_formspring5_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_formspring5_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("ya teeth are fcked up").target is TargetKind.SECOND_PERSON
    assert scorer.score("why is your hair so greasy").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_formspring5_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
