"""Shapes of the olid22 round (targeting_olid22, olid22_words), at default settings: a
person named by name or by a person noun said to have no shame (or integrity, decency,
morals: the lexicon's olid22 lines), a person or the reader
called "a lying" someone; with the look-alikes that stay clean: no shame in a deed or a
matter, the writer's own, a pet or a thing, someone lying down, a report, a question."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a named or pointed person with no shame
    "@USER Giuliani has no shame",
    "Manchin has zero shame",
    "@USER Ted Cruz has no shame whatsoever",
    "@USER the commissioner has no shame",
    "@USER that reporter clearly has no shame",
    "@USER this governor has absolutely no shame at all",
    "@USER Pompeo had no shame.",
    # the lexicon's olid22 lacks, with a pronoun, a name or the reader
    "@USER she has no integrity",
    "@USER Giuliani has zero decency",
    "@USER this lawyer has no morals whatsoever",
    "@USER you have zero integrity",
    # a person or the reader called a lying someone
    "@USER Giuliani is a lying fool",
    "@USER she is a lying hag",
    "@USER he's a lying lowlife",
    "@USER that anchor is a lying clown",
    "@USER you are a lying grifter",
    "@USER the mayor was a lying crook!",
    "@USER he is just a lying sack of crap",
    "@USER what a lying senator",
)

CLEAN = (
    # no shame in a deed or a matter, the writer's, a pet or a thing
    "@USER there is no shame in asking for directions",
    "@USER Giuliani has no shame in admitting mistakes",
    "@USER she has no shame about her old photos and good for her",
    "@USER i have no shame lmao",
    "@USER my parrot has no shame",
    "@USER the sequel has no shame",
    "@USER does Manchin have no shame?",
    "@USER there is no integrity in the count",
    "@USER the drive has no integrity check",
    "@USER the file has zero integrity",
    "@USER lol i have no morals",
    # lying down, a report, a question, the writer, no person
    "@USER the cat is lying on my laptop",
    "@USER he is lying on the sofa with a cold",
    "@USER the post claims he is a lying senator",
    "@USER is he a lying senator?",
    "@USER i'm a lying mess this morning lol",
    "@USER the bag is a lying heap on the floor",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
