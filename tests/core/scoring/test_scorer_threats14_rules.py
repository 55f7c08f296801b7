"""Shapes of the threats14 round (targeting_threats14, threats14_words), at default
settings: the writer's blow at the reader after relief that the two are apart, a
counterfactual without "if" ("good thing ur not here or id punch u", "thank god we're
not in the same room id knock u out", "per fortuna che non sei qui ti spaccherei la
faccia") is aimed at the reader; relief with no blow, a friendly act, a blow at a thing
or someone else, the reader as the doer, game talk, reports, questions and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # relief, then the writer's blow at the reader
    "good thing ur not here or id punch u",
    "good thing you're not here or i'd smack you",
    "its a good thing we're not in the same room or i'd knock you out",
    "gud thing u aint here or id beat u",
    "thank god ur not here id slap u so hard",
    "thank god we're not in the same room i would punch you",
    "thank goodness you're not in front of me or i'd punch you",
    "lucky ur not here or id knock ur teeth out",
    "luckily you're not next to me, i'd smack you",
    "thankfully im not there or i'd beat you",
    "glad ur not here rn or id punch ya",
    "good thing ur not here bro, i swear id punch u",
    # Italian
    "per fortuna che non sei qui ti spaccherei la faccia",
    "meno male che non sei qui o ti prenderei a pugni",
    "meno male che non siamo nella stessa stanza, ti darei uno schiaffo",
)

CLEAN = (
    # relief with no blow, or a friendly act
    "good thing ur not here, its raining",
    "thank god we're not in the same room, i have the flu",
    "good thing ur not here or id hug you",
    "lucky ur not here or id make you watch my stream",
    "meno male che non sei qui, fa un caldo pazzesco",
    # a blow at a thing or someone else, the reader the doer
    "good thing ur not here or id punch the wall",
    "good thing he's not here or id smack him",
    "thank god ur not here or you'd punch me",
    "good thing ur not here, my dad would smack you",
    # the blow going on into a game, game talk
    "good thing ur not in lane or id kill u with the ult",
    "thank god ur not here id beat u at chess",
    "good thing ur not here or id punch you in smash lol",
    "meno male che non sei qui, ti darei un pugno di riso",
    # reports, questions, quotes, jokes
    "he said good thing ur not here or id punch u",
    "is it a good thing ur not here or would i punch u?",
    '"good thing ur not here or id punch u" is the cringiest line ever',
    "good thing ur not here or id punch u jk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats14_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats14_aims_at_the_reader(scorer: Scorer) -> None:
    for text in (
        "good thing ur not here or id punch u",
        "per fortuna che non sei qui ti spaccherei la faccia",
    ):
        assert scorer.score(text).target is TargetKind.SECOND_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_threats14_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_threats14_thank_fuck_is_relief(scorer: Scorer) -> None:
    assert not scorer.score("thank fuck ur not here, its freezing").hostile
    assert not scorer.score("thank fuck you came, the party was dead").hostile
    assert scorer.score("thank, fuck u").hostile
