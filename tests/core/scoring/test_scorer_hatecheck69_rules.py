"""Shapes of the hatecheck69 round (targeting_hatecheck69, hatecheck69_words), at default
settings: violence called for or promised against a named group's place or gathering, as
an order or a call ("burn the mosque down", "someone should shoot up the gay bar"), a fate
the place should meet ("every synagogue should be torched") or a wish to see it ("i'd
love to see every mosque in flames"), and against a named group's homes ("burn down the
muslims' homes"), is aimed at the group; history and news, protection and grief, things
and game talk, negations, questions, quotes, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the order, opening its sentence over a call
    "burn down the synagogue",
    "torch that mosque",
    "firebomb every synagogue",
    "nuke the mosque",
    "blow up the pride march",
    "shoot up the gay nightclub",
    "set fire to the refugee centre",
    "set the mosque alight",
    "blow the synagogue up",
    "somebody should bomb the black church",
    "someone ought to burn down the migrant camp",
    "we gotta torch their synagogues",
    "let's go shoot up the gay bar",
    "i hope somebody torches the refugee shelter",
    "they should firebomb the asylum hotels",
    "i'm gonna burn down your mosque",
    "honestly, just burn every mosque",
    # the fate, or a wish to see it
    "the synagogue needs to be firebombed",
    "every gay bar should be blown up",
    "the refugee camp should burn",
    "that pride parade deserves to get bombed",
    "i hope the synagogue burns down",
    "i want to see every refugee shelter in flames",
    "i can't wait to see that mosque on fire",
    # a named group's homes
    "torch the jews houses",
    "we should burn down the immigrants' homes",
)

CLEAN = (
    # history and news
    "the mosque was torched in 2019",
    "someone set fire to the gay bar last night",
    "they burned down the synagogue in 1938",
    "a man tried to bomb the pride march",
    "the refugee camp burned for two days",
    # protection, grief and plain mentions
    "someone should guard the synagogue",
    "we need to rebuild the mosque",
    "the gay bar should be protected",
    "i hope the refugee shelter stays open",
    "i'd love to see the synagogue full again",
    "the pride parade was amazing",
    "gay bars are so much fun",
    # things and game talk
    "burn the old shed down",
    "torch the enemy camp",
    "blow up their base",
    "bomb site b",
    "burn the mosque down in the next mission",
    # negations, questions, quotes, reports and counter-speech
    "nobody should bomb a mosque",
    "never torch a synagogue",
    "no mosque should ever be burned",
    "the synagogue should not be bombed",
    "who would blow up a synagogue? monsters",
    "they want to burn the mosque down, we must stop them",
    'he yelled "torch the synagogue" and got arrested',
    "saying the gay bar should be bombed is disgusting",
    "the muslims homes were burned last year",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck69_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck69_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("shoot up the gay bar").target is TargetKind.GROUP
    assert scorer.score("every mosque should be bombed").target is TargetKind.GROUP
    assert scorer.score("burn down the muslims' homes").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck69_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
