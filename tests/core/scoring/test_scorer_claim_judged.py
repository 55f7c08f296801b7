"""Counter-speech that names a hateful claim and judges it wrong in the same sentence
(targeting_claims.py). review13 found "the stereotype that women are lazy is false"
flagged; the lines below were written for the rule: the first six of each list before
it, the rest after it, never tuned on. A claim judged right stays the writer's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    "the stereotype that women are lazy is false",
    "the stereotype that women always lie is false",
    "the stereotype that immigrants are criminals is false",
    "the claim that muslims are terrorists is a lie",
    "the notion that gay people are sick is just wrong",
    "the belief that trans people are mentally ill is so harmful",
    # after the rule
    "the myth that black people are lazy is outdated",
    "this stereotype that muslims are violent is harmful",
    "the assumption that disabled people are useless is ignorant",
    "the trope that jews are greedy is antisemitic",
    "the idea that immigrants are lazy is stupid",
)

HOSTILE = (
    "women are lazy",
    "the stereotype that women are lazy is true",
    "the idea that immigrants are criminals makes sense",
    "the stereotype that women are lazy exists for a reason",
    "women are lazy. the idea is false",
    "you are an idiot, that idea is false",
    # after the rule
    "the stereotype that women are lazy is accurate",
    "the idea that immigrants are criminals is correct",
    "the idea that he had was stupid and he is an idiot",
)


@pytest.mark.parametrize("text", CLEAN)
def test_a_claim_named_and_judged_wrong_is_counter_speech(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_claim_judged_right_or_left_unjudged_stays_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text
