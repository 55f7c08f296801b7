"""Shapes of the precision25 round (targeting_precision25, precision25_words), at default
settings: a slur the writer calls themselves ("i am such a retard", "i feel like a
retard today", "being a retard i forgot my keys again") stays clean; the same slurs for
the reader, a third person or the group, or the writer's frame denied or turned on the
reader, stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the slur for the reader or a third person
    "you are such a fucking retard",
    "u look like a faggot in that pic",
    "he is the biggest retard alive",
    "my cousin looks like a dyke",
    "being a retard, you can't see it",
    # the writer's frame negated, turned on the reader, or no copula
    "i bet you are a retard",
    "i feel like a retard explaining this to you",
    "i think you are a retard",
    "i would rather die than be a faggot",
    "i am talking to a retard",
    "i am surrounded by retards",
    "what a retard i am dealing with",
    "i am such a retard magnet",
    # the group
    "being a faggot is a sin",
    "dykes are disgusting",
)

CLEAN = (
    # the writer is the slur
    "i am such a retard, i forgot my lunch",
    "im a fucking retard lol",
    "i'm such a faggot for this song",
    "i feel like a retard this morning",
    "i felt like such a retard at the interview",
    "i look like a dyke with short hair and i love it",
    "i sounded like a retard on the call",
    "i really am a retard sometimes",
    "i was acting like a retard yesterday, sorry",
    "i am the biggest retard in the world",
    "being a retard i left my phone on the bus",
    "being the retard i am i booked the wrong day",
    "i've been such a retard this week",
    "what a retard i am",
    "this app makes me feel like a retard",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
