"""Shapes of the olid27 round (targeting_olid27, olid27_words and its lexicon lines), at
default settings: a person, the reader or a camp said to be full of it ("@USER you are
full of it", "Schiff is full of lies", "Liberals are full of hot air") or to lack a soul,
a conscience, a spine or class ("you have no soul", "Democrats have no backbone"); with
the look-alikes that stay clean (a thing, the writer, denied, asked, reported, a
condition, going on, kind words). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # full of it: the reader
    "@USER you are full of it",
    "@USER you're so full of it",
    "@USER ur full of it",
    "@USER your full of it",
    "@USER dude you are full of nonsense",
    # full of it: one person, a camp
    "@USER he is full of it",
    "@USER She's full of lies.",
    "@USER Brennan is full of hot air",
    "@USER the guy is full of it and he knows it",
    "@USER The Democrats are full of lies",
    "@USER liberals are full of it",
    # a lack: the reader
    "@USER you have no soul",
    "@USER You clearly have no conscience",
    "@USER you have zero class",
    # a lack: one person, a camp
    "@USER he has no spine",
    "@USER Pelosi has no soul",
    "@USER that man has absolutely no empathy",
    "@USER McConnell has no backbone whatsoever",
    "@USER Republicans have no spine",
    "@USER they have no conscience at all",
)

CLEAN = (
    # a thing
    "@USER the bill is full of lies",
    "@USER his book is full of lies",
    "@USER the world is full of hate",
    "@USER This city has no soul",
    "@USER the remake has no heart",
    "@USER Robots have no souls",
    # the writer, no one in particular
    "@USER I am full of it today lol",
    "@USER I'm so full of it",
    "@USER I have no soul before coffee",
    "@USER Some people have no soul",
    # denied, asked, reported, a condition
    "@USER he is not full of it",
    "@USER is he full of it?",
    "@USER She said he is full of it",
    "@USER Does she have no conscience?",
    "@USER if you have no conscience you will not care",
    "@USER you do not have no soul",
    # going on
    "@USER he has no class on fridays",
    "@USER she has no heart condition",
    "@USER we have no class tomorrow",
    # kind words and the words elsewhere
    "@USER you are full of surprises",
    "@USER she has so much class",
    "@USER you have a big heart",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid27_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
