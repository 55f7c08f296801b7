"""Shapes of the threats9 round (targeting_threats9, threats9_words), at default
settings: a veiled threat at the reader said with luck, the writer's harm held back only
by what stops them ("you're lucky i don't kill you", "ur lucky im not there rn", "lucky
for you i dont know where you live", "sei fortunato che non ti trovo") is aimed at the
reader; luck as luck, games, the writer or others held lucky, reports, questions and
quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader held lucky, a harm verb at the reader
    "you're lucky i don't kill you",
    "ur lucky i dont beat ur ass",
    "you are lucky i didn't slap you",
    "u r lucky i dont smack u",
    "consider yourself lucky i don't hurt you",
    "count yourself lucky i cant reach you",
    "you are so lucky i can't get my hands on you",
    "bro ur lucky i cant stab u",
    "ur lucky i dont kill u lol",
    # told to be glad, or held grateful
    "be glad i cant find you",
    "be thankful im not there",
    "you should be grateful i don't know where you live",
    "its a good thing for you that i dont know where you live",
    # knowing where the reader lives
    "you're so lucky i don't know where you live",
    "ur lucky i dont know ur address",
    "lucky for you i dont know where you live",
    "good thing for you i dont know where u live",
    "luckily for you i don't know where you live",
    # the writer not there
    "youre lucky im not there rn",
    "you're lucky i'm not in the same room as you",
    "ur lucky we're not in person",
    "lucky for u im not there",
    # Italian
    "sei fortunato che non ti trovo",
    "sei fortunata che non so dove abiti",
    "ringrazia che non so dove abiti",
    "ringrazia dio che non ti trovo",
    "fortuna tua che non ti becco",
    "sei fortunato che non sono lì",
)

CLEAN = (
    # luck as luck: no harm after, or the line goes on
    "you're lucky i didnt see the spoiler",
    "lucky for you i dont have plans tonight",
    "good thing for you i don't need the car today",
    "consider yourself lucky i don't sing",
    "you're lucky i'm not there, the party is so boring",
    "you're lucky i don't know the recipe",
    "sei fortunato che non piove",
    "ringrazia che non ti ho visto cadere haha",
    # games
    "you're lucky i didn't ult",
    "ur lucky i didnt have my ult, i would have killed you",
    "lucky for you i cant aim today lol",
    "you're lucky i can't hit you from this range",
    # the writer or others held lucky
    "i'm lucky i wasn't there",
    "we're lucky i don't know where they live",
    "good thing i'm not there",
    "i'm glad i don't know where you live",
    "so glad i'm not there rn",
    "i'm grateful i didn't hurt you",
    "be grateful i don't charge you",
    # reports, questions and quotes
    "she said you're lucky i don't kill you and i laughed",
    "my mom always says you're lucky i don't know where you live when i'm late",
    "why are you lucky i can't find you?",
    "\"you're lucky i don't kill you\" is such a weird thing to say",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats9_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats9_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("you're lucky i don't kill you").target is TargetKind.SECOND_PERSON
    assert scorer.score("sei fortunato che non ti trovo").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats9_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
