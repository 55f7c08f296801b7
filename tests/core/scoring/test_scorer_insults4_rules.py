"""The insults4 rules (issue 8, targeting_insults4.py), case by case: fresh examples
written for each rule, English and Italian where the shape exists, with the near-misses
that must keep their verdict. Default settings (`Scorer()`).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# An illness named as one fought is no name-call, even beside an identity group.
ILLNESS_CLEAN = (
    "My thoughts are with all the women battling cancer this month",
    "so many mothers fighting cancer while working full time",
    "she is a child recovering after a long cancer battle",
    "our grandfather lost his fight against cancer last spring",
    "two nurses told us about their cancer journey",
    "le donne che lottano contro il cancro meritano più fondi",
)
ILLNESS_HOSTILE = (
    "you are cancer",
    "this guy is cancer",
    "toxic players like you are cancer",
)

# A belief the writer gives to others: the claim inside it is reported, not made.
BELIEF_CLEAN = (
    "These are the same people who think gays should be executed.",
    "I can't stand people who think women are inferior.",
    "those who believe immigrants are animals have never met one",
    "there are still folks who say black people are lazy, and it makes me sad",
    "anyone who thinks muslims are terrorists should travel more",
    "chi pensa che gli immigrati siano animali non ha mai viaggiato",
)
BELIEF_HOSTILE = (
    # the writer's own claim, not given to anyone
    "I think women are inferior",
    "gays should be executed",
    "immigrants are animals, everyone knows it",
    # the believing verb is the writer's
    "I believe immigrants are animals",
    "honestly i think gays should be executed",
)

# "as <judging word> as you can get": the "you" is generic.
GENERIC_YOU_CLEAN = (
    "That's about as dishonest as you can get.",
    "hiding the fees in the small print is as sleazy as you can get",
    "this patch is about as stupid as you get",
)
GENERIC_YOU_HOSTILE = (
    "you are as dumb as you can get",
    "you're as stupid as they come",
    "you are a liar",
)


@pytest.mark.parametrize("text", ILLNESS_CLEAN + BELIEF_CLEAN + GENERIC_YOU_CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, (text, verdict.explanation)


@pytest.mark.parametrize("text", ILLNESS_HOSTILE + BELIEF_HOSTILE + GENERIC_YOU_HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, (text, verdict.explanation)


def test_illness_is_explained_as_illness(scorer: Scorer) -> None:
    verdict = scorer.score("women battling cancer deserve our support")
    assert verdict.target is TargetKind.OBJECT
    assert "illness" in verdict.explanation


def test_belief_of_others_is_counter_speech(scorer: Scorer) -> None:
    verdict = scorer.score("people who think muslims are terrorists")
    assert verdict.target is TargetKind.REPORTED
    assert "counter-speech" in verdict.explanation
