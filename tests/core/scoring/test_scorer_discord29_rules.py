"""Shapes of the discord29 round (targeting_discord29, discord29_words and its lexicon
lines), at default settings: dislike said to a member's face ("i can't stand you", "i
cant stand him", "ugh i literally cant stand u") and the reader likened to a useless or
dull thing ("ur as useful as a chocolate teapot", "you are as sharp as a marble"); with
the look-alikes that stay clean (a thing, the writer, another's dislike, asked, quoted,
more said after the person, a kind word after, praise). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # dislike said to a face
    "i can't stand you",
    "i cant stand him",
    "i cannot stand you",
    "ugh i literally cant stand u",
    "cant stand you fr",
    "i really can't stand her",
    "i can't stand you guys",
    "honestly i cant stand u anymore",
    "i can't stand you!!",
    # precision20's group reading stands
    "i can't stand women",
    # the reader likened to a useless or dull thing
    "you are as sharp as a marble",
    "ur as useful as a chocolate teapot",
    "you're as funny as a funeral",
    "ur about as useful as a screen door",
    "you're as helpful as a wet napkin",
    "u r as useful as a broken controller",
    "ur as bright as a black hole",
    "you're as interesting as a brick",
)

CLEAN = (
    # a thing, the writer
    "i can't stand this song",
    "i cant stand the heat",
    "i can't stand up rn my legs hurt",
    "i can't stand myself today",
    "i just can't stand them",
    # another's dislike, reported or quoted, asked
    "he can't stand you lol",
    "he can't stand women",
    "she said she cant stand him",
    "can you stand him?",
    '"i can\'t stand you" is such a mood',
    # more after the person, a kind word after
    "i cant stand you being sad tho",
    "i can't stand u when u do that",
    "i cant stand you lol ily",
    # comparisons of things or the writer, praise, asked
    "my wifi is as useful as a chocolate teapot",
    "the movie was as entertaining as a funeral",
    "i'm as useful as a broken controller today",
    "ur as sharp as a tack",
    "you're as funny as a comedian fr",
    "you're as helpful as a teacher",
    "is he as useful as a support main?",
    "you're as useful as a chocolate teapot lol ily",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
