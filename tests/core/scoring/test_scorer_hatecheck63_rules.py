"""Shapes of the hatecheck63 round (targeting_hatecheck63, hatecheck63_words), at default
settings: a named identity group promised harm in a veiled threat ("muslims won't know
what hit them", "the days of the refugees here are numbered", "trans people will regret
this") or denied its worth by a question ("who even needs women?", "what are immigrants
even good for?") is aimed at the group; people at large, teams, rivals in game chat,
things and chores, real questions, a group's things, plain fear, negations,
counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a veiled threat, the group opening its sentence as the subject
    "muslims won't know what hit them",
    "the gays will never know what hit them",
    "honestly, the jews won't know what hit em",
    "black people will never see it coming",
    "mexicans won't see it coming lol",
    "trans people will regret this",
    "immigrants are gonna regret ever coming here",
    "women should be afraid, very afraid",
    "the refugees better be very afraid",
    "jews are living on borrowed time in this country",
    # the group's days numbered
    "the days of the refugees here are numbered",
    "the days of all the muslims are numbered",
    "immigrants' days are numbered",
    "gay people, your days here are numbered",
    # worth denied by a question
    "who even needs women?",
    "honestly who the hell needs refugees",
    "who needs the gays anyway",
    "what use are trans people to anyone?",
    "what use is a disabled person",
    "what's the point of black people",
    "whats the point of jews even",
    "what is even the point of immigrants",
    "do we even need muslims?",
    "why do we even need gay people",
    "do we really need more refugees?",
    "what are women even good for?",
    "what is an immigrant good for anyway",
    "what do muslims even contribute",
    "what have disabled people ever contributed to society",
)

CLEAN = (
    # people at large, teams, rivals in game chat, things and chores
    "the other team won't know what hit them",
    "he won't know what hit him",
    "the russians won't see it coming lol",
    "i didn't see it coming",
    "the days of dial-up are numbered",
    "this printer is living on borrowed time",
    "spiders should be very afraid of my slipper",
    "you'll regret skipping breakfast",
    "who needs a ride tomorrow?",
    "who needs healing",
    "who needs friends when you have pizza",
    "what use is a map without roads",
    "whats the point of pinging",
    "what's the point of this meeting",
    "do we really need a support?",
    "what are these cables good for",
    "what have the romans ever contributed",
    # a group's things, real questions, plain fear, negations
    "what is the point of the trans flag colours?",
    "what's the point of women's football",
    "what is the point of muslims praying five times a day?",
    "who needs gay people in their life? everyone",
    "do we even need the jewish holiday off?",
    "what are women's rights good for",
    "women should be afraid to walk alone at night, it's sad",
    "black people should be afraid of the police",
    "muslims are living on borrowed time in gaza",
    "many immigrants regret leaving home so young",
    "trans people will never regret transitioning",
    # counter-speech and reports
    "asking who even needs immigrants is wrong",
    "he asked what muslims are good for and got banned",
    "anyone who asks what women are even good for is a bigot",
    'he posted "the jews won\'t know what hit them" and got banned',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck63_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck63_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("muslims won't know what hit them").target is TargetKind.GROUP
    assert scorer.score("who even needs women?").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck63_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
