"""Shapes of the olid31 round (targeting_olid31, olid31_words), at default settings: a
group derided as a collective in tweet style ("what a bunch of clowns", "they are a
bunch of hypocrites", "@USER bunch of liars", "what a sad bunch", "liberals are a
pathetic lot") is hostile; the writer's own side, negation, questions, quotes, reported
and counter-speech, a literal collective and a collective of things stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # an exclamation
    "@USER what a bunch of hypocrites",
    "@USER such a bunch of clowns smh",
    "@USER what an absolute bunch of liars",
    "@USER what a pack of bullies",
    # a being verb's verdict
    "@USER they are a bunch of hypocrites",
    "@USER the media are nothing but a bunch of liars",
    "@USER i think they are a bunch of liars",
    "@USER they're just a bunch of bullies with blue checks",
    # a bare clause after the mentions
    "@USER bunch of clowns",
    "@USER pack of liars, all of them",
    # a contempt adjective with a collective
    "@USER what a sad bunch",
    "@USER what a pathetic bunch",
    "@USER liberals are a pathetic lot",
    "@USER they are such a sorry bunch",
    "@USER such a sad bunch of people",
    "@USER the whole cabinet is a sad bunch",
)

CLEAN = (
    # the writer's own side
    "@USER we are a bunch of clowns lol",
    "@USER me and the boys are a bunch of idiots",
    "@USER my friends and i are a sad bunch",
    # negation, questions, quotes
    "@USER they aren't a bunch of liars",
    "@USER they are anything but a bunch of clowns",
    "@USER are they a bunch of hypocrites?",
    '@USER "what a bunch of clowns" he said',
    # reported and counter-speech
    "@USER he called us a bunch of clowns",
    "@USER calling them a bunch of liars is unfair",
    "@USER stop calling voters a pathetic lot",
    # a literal collective, no frame or a clause that goes on
    "@USER a bunch of clowns showed up at the party",
    "@USER what a bunch of clowns at the circus today",
    # a collective of things, a noun compound, a feeling
    "@USER what a sad bunch of results",
    "@USER such a sorry lot of games this season",
    "@USER what a sad group hug",
    "@USER the crowd is a sad bunch tonight after that loss",
    "@USER the team was sad after the loss",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid31_reader_as_the_collective(scorer: Scorer) -> None:
    verdict = scorer.score("@USER you guys are a sad bunch")
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
