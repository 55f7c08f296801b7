"""Shapes of the hatecheck60 round (targeting_hatecheck60, hatecheck60_words), at default
settings: a veiled threat with a named identity group as its object ("it's open season on
immigrants", "someone should do something about the gays", "we'll deal with the muslims
soon enough") and the claim no one would miss the group ("would anyone even miss the
refugees if they vanished?", "nobody would miss the jews") are aimed at the group;
things, animals and problems, the group's things, a manner or a plight after the group,
someone who would miss it, quotes, reports, counter-speech, and for the threats
questions and negations stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # open season on the group
    "it's open season on black people",
    "open season on all the refugees starts now",
    "open season on every muslim",
    # a call, then "do something about" or "deal with" the group
    "somebody should do something about the jews",
    "we gotta do something about these immigrants",
    "time to deal with the muslims",
    "we'll deal with you trans people soon enough",
    "we're going to deal with gays once and for all",
    "somebody has to deal with the muslims",
    "we must deal with refugees soon",
    # no one would miss the group
    "would anyone even miss the women if they were gone?",
    "who'd really miss the refugees",
    "no one would ever miss muslims",
    "nobody would miss those immigrants lol",
    "would the world even miss the jews?",
    "the world would not miss gay people",
    "i wouldn't miss the disabled people",
)

CLEAN = (
    # things, animals and problems
    "it's open season on pheasants",
    "someone should do something about the cheaters",
    "we'll deal with the lag soon enough",
    "would anyone miss the old patch?",
    "nobody would miss the daily quests",
    # the group's things, a manner or a plight after the group
    "we'll deal with the refugees' claims next week",
    "someone should do something about the muslims' prayer room",
    "we need to deal with the immigrants with kindness",
    "we have to do something about trans people being harassed",
    # no call before the threat: an errand or a plain past
    "i dealt with the refugees at the desk all morning",
    "i have to deal with women all day at work",
    # "deal with" the group and nothing after it, with no future or someone as the doer
    "we must deal with refugees",
    "we have to deal with girls",
    # someone who would miss the group
    "i'd miss the jews in my class",
    "everyone would miss the women in our guild",
    "my dad would miss the immigrants at his shop",
    # quotes, reports, counter-speech, questions, negations
    "saying 'it's open season on immigrants' is vile",
    "people who say nobody would miss the muslims are monsters",
    "he said someone should deal with the jews. i reported him",
    "how should we deal with the refugees arriving tomorrow?",
    "it is not open season on gay people",
    "we should never deal with trans people like that",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck60_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck60_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("it's open season on immigrants").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck60_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
