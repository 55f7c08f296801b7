"""Shapes of the precision24 round (targeting_precision24, precision24_words), at default
settings: an insult noun for an unknown someone not in the thread ("some idiot keyed my
car", "there are still idiots who believe that", "the world is full of morons") and a
quality noun exclaimed about a claim or a plan ("idiocy.", "what stupidity") stay clean;
the same nouns for someone here, for the reader, or owned by the reader stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the one insulted is here, or the reader is one of them
    "some idiot in this thread keeps downvoting everything",
    "some of you are complete morons",
    "there are idiots in this chat and you are the biggest",
    "some loser on my team keeps throwing",
    "the world is full of morons like you",
    "there are morons and there is you",
    "some dumbass here leaked my address",
    "there's always some idiot in the replies, today it's you",
    "some moron keeps downvoting my comments",
    "there are a lot of morons posting on this site",
    # a body of people holds them, or a group is named
    "the left is full of morons",
    "congress is full of idiots",
    # no indefinite frame
    "that idiot keyed my car",
    "you absolute moron",
    # the quality noun owned by the reader or followed by the reader
    "your stupidity is astounding",
    "you are full of idiocy",
    "stupidity. you embody it",
    "what idiocy, you clown",
    "i am tired of your idiocy",
)

CLEAN = (
    # an unknown someone not in the thread
    "some idiot dented my door at the supermarket",
    "some moron blocked the driveway again",
    "there are still idiots who think smoking is healthy",
    "there will always be morons who text and drive",
    "there's always some idiot who leaves a cart in the middle of the lot",
    "the motorway is full of idiots on friday evenings",
    "there are so many idiots on the roads in winter",
    "some random dumbass pulled the fire alarm",
    # a quality noun exclaimed about a claim or a plan
    "idiocy.",
    "what stupidity!",
    "sheer idiocy, this new toll",
    "stupidity. the council closed the only bridge",
    "pure stupidity, a speed camera on an empty road",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
