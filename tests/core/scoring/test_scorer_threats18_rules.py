"""Shapes of the threats18 round (targeting_threats18, threats18_words and its en/threat.txt
lines), at default settings: the writer's blow at the reader held back only by the
distance, said as relief or regret ("thank god i cant strangle u from here", "such a
shame i cant kill you irl"), or promised once a meeting happens or the screen is lifted
("if we ever met up id murder u", "i would kill you if this wasnt online"); the same
frames with no blow, a blow in a game or at a thing, someone else's blow, a blow at the
writer, denials, reports, quotes and jokes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # relief or regret, the writer unable, the blow at the reader, the distance
    "thank god i cant strangle u from here",
    "such a shame i cant kill you irl",
    "too bad that i cant murder you through this screen",
    "ur lucky i cant choke u over the internet rn",
    "good thing that i can't even slap you in real life",
    "i wish i could murder you irl",
    "your lucky i cant find you",
    # a meeting or a lifted screen, then the writer's blow
    "if we ever met up id murder u",
    "if i ever saw u in person i'd kill u",
    "if we met in real life i swear id kill you",
    "i would kill you if this wasnt online",
    "id murder u if we ever met irl",
    "if this wasnt twitter i would choke you",
    # an older line kept: the bare writer's blow
    "id kill you",
)

CLEAN = (
    # the frames with no blow
    "too bad i cant wave at you from here",
    "if we ever met up id hug u",
    "thank god i cant sing irl",
    "too bad i cant reach you rn, call me later",
    # a game, a thing, an errand
    "too bad i cant kill you in this raid lol",
    "if we met irl id kill you at bowling",
    "if i had more ammo id kill you",
    "good thing i cant kill u with a rocket in this map",
    "i would kill for a nap if this wasnt online",
    "this cold could kill you if you dont rest",
    # someone else's blow, a blow at the writer
    "if we met irl my sister would kill you lol",
    "good thing she cant kill me irl",
    "if we ever met you would kill me at chess",
    # denials, reports, quotes, questions and jokes
    "i couldnt kill you even if we met irl, ur my bro",
    "i cant kill you, ur too nice",
    "he said if we met irl hed kill you",
    "would you kill me if we met irl?",
    'typing "if we met irl id kill u" never scared anyone',
    "id kill you if we met irl jk",
    # an own line out of the shapes with no harm verb of the reader shapes
    "id choke you",
    "id choke u lol",
)


def test_threats18_bare_reader_threat_kept(scorer: Scorer) -> None:
    """The reader shapes' bare "id kill you" keeps its reading; "id choke you" does not
    take one, but promised under a meeting it is a threat."""
    assert scorer.score("id kill you").hostile
    assert scorer.score("id murder you all").hostile
    assert scorer.score("if we met irl id choke you").hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_threats18_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats18_aims(scorer: Scorer) -> None:
    assert scorer.score("such a shame i cant kill you irl").target is TargetKind.SECOND_PERSON
    assert scorer.score("if we ever met up id murder u").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats18_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
