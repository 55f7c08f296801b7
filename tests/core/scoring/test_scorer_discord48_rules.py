"""Shapes of the discord48 round (targeting_discord48, discord48_words), at default
settings: the reader, or the reader's face, voice, laugh, hair, teeth or body, likened to
an animal, an object or dirt that mocks, or to any likeness spoiled or in pain ("your voice
sounds like a strangled cat", "ur face looks like a smashed potato", "you sound like a
dying walrus") is aimed at the reader; compliments and neutral likenesses, the writer about
themselves, things, gear and pets, negations, questions and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader's voice or laugh
    "your voice sounds like a squashed frog",
    "ur laugh sounds like a turkey",
    "your singing sounds like a goose being strangled",
    "your voice is like a drowning rat",
    "ur laugh is like a hyena choking",
    # the reader
    "you sound like a constipated walrus",
    "u sound like a donkey lol",
    "you sound like a cow being slaughtered",
    "you look like a moldy sock",
    # the reader's face, hair, body, breath
    "ur face looks like a crushed tomato",
    "your hair looks like a dead squirrel",
    "your ugly face looks like a baboon",
    "ur teeth look like a dumpster",
    "your body looks like a pile of trash",
    "your breath smells like a toilet",
    # an opener
    "bro your face looks like an elbow",
    "ngl your voice sounds like a dying hamster",
)

CLEAN = (
    # compliments and neutral likenesses
    "you look like your grandma",
    "you sound like a professional",
    "your voice sounds like an angel",
    "you sound like a broken record",
    "you look like a dead ringer for my uncle",
    "your laugh is like a song",
    "you look like an actor",
    # the writer
    "i sound like a dying cat lol",
    "my voice is like a strangled goat today",
    "my hair looks like a rats nest this morning",
    # things, gear, pets, other people
    "this song sounds like a dying cat",
    "your mic sounds like a robot",
    "your pic looks like a potato",
    "your dog looks like a potato",
    "that sounds like a plan",
    "life is like a box of chocolates",
    "your hair smells like a flower",
    # negations, questions, reports, quotes
    "your voice doesnt sound like a goat",
    "you dont sound like a dying cat",
    "does my face look like a pig?",
    "he said my voice sounds like a donkey",
    'she keeps saying "your voice sounds like a goat"',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord48_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord48_aims_at_the_reader(scorer: Scorer) -> None:
    reader = TargetKind.SECOND_PERSON
    assert scorer.score("your voice sounds like a squashed frog").target is reader
    assert scorer.score("you sound like a constipated walrus").target is reader


@pytest.mark.parametrize("text", CLEAN)
def test_discord48_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
