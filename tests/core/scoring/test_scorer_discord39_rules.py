"""Shapes of the discord39 round (targeting_discord39, discord39_words), at default
settings: the writer's harm to the reader's body ("i'll rip your head off"), harm wished
or promised on the reader in the passive ("you should get shot", "ur getting jumped
after school"), a blow the reader needs ("you need a slap") and a deadly place ordered
("go stick your head in a blender") are threats at the reader; game talk, kind or
practical lines, another doer, an agent or condition after, negation, questions, quotes
and reported speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's harm to the reader's body
    "i'll rip your head off",
    "i will chop ur arms off",
    "im gonna gouge your eyes out",
    "we're gonna knock your teeth out",
    "i will slit your throat",
    "i'll cut your throat",
    "i want to rip your throat out",
    "i'll kick your teeth in",
    "i'll rip your fucking head off",
    "someone should rip your head off",
    "i'll put a bullet in your head",
    # harm wished or promised in the passive
    "you should get shot",
    "u should get stabbed for that",
    "you ought to be shot",
    "you need to get punched",
    "you should get your head kicked in",
    "ur getting jumped after school",
    "you're gonna get your ass kicked",
    "you're getting beat up tomorrow",
    "u r gonna get stabbed",
    # a blow needed or deserved
    "you need a slap",
    "u need a good slap lol",
    "you deserve a kick in the teeth",
    "you need a punch in the face",
    "you need a beating",
    # a deadly place ordered
    "go stick your head in a blender",
    "go put ur head in an oven",
    "go jump in front of a train",
    "jump in front of a bus",
)

CLEAN = (
    # game talk
    "i'll rip your base apart",
    "i'll rip your shield off",
    "you should get the shotgun",
    "you'll get shot if you peek mid",
    "you're gonna get shot if you push alone",
    "you're gonna get jumped by their whole team",
    "you keep getting killed",
    "you should get killed less",
    "you're gonna get killed",
    # kind or practical
    "you need a hug",
    "you need a heal",
    "you deserve a break",
    "you need a punch card",
    "you deserve a slap on the back for that",
    "you need a kick drum",
    "i'll cut your hair",
    "i'll pull your leg",
    "kick your feet up and relax",
    "go stick your head out the window",
    "put your head in the game",
    "i jumped in front of a bus to save him",
    "you need to get shot by the nurse, it's a vaccine",
    # another doer
    "he'll rip your head off lol",
    "my mom will rip my head off",
    "the doctor will cut your leg off",
    "he should get shot",
    # negated, asked, quoted, reported
    "i would never chop your head off",
    "nobody is going to rip your head off",
    "you should not get shot, stay behind cover",
    "do you need a slap?",
    "if you get jumped call me",
    "don't jump in front of the train",
    "he said you should get shot",
    '"i\'ll rip your head off" is a line from the movie',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord39_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord39_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
