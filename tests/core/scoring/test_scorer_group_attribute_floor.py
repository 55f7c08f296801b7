"""A plain name-call said of an identity group clears the default threshold, as it does
said of one person or a political group (weighing.py: "libs are clueless" was hostile,
"immigrants are clueless" was not, at 0.95 of a 0.5 word). "A lie that" denies the claim
after it, as "a myth that" does. Lines written for the rule, English only: the floor
reads the lexicon's insult words, and Italian group names stay at their own weight."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

HOSTILE = (
    "immigrants are clueless",
    "women are lazy",
    "muslims are so arrogant",
    "gay people are gullible",
    "i think black people are lazy",
    "jews are smug",
    "trans people are deranged",
    "disabled people are incompetent",
    "women are spineless",
    "refugees are whiny",
)

CLEAN = (
    "women are not lazy",
    "my uncle says immigrants are lazy",
    "it's a lie that muslims are violent",
    "the lie that immigrants are lazy",
    "it's a lie that women are clueless",
    "it's a lie that you are stupid",
    "politicians are lazy",  # not an identity group: its own weight, under the threshold
    "my dogs are lazy",
    "i am lazy",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_plain_name_call_of_an_identity_group_is_an_identity_attack(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP
    assert Category.IDENTITY_ATTACK in verdict.categories


@pytest.mark.parametrize("text", CLEAN)
def test_denied_reported_and_ungrouped_lines_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_the_floor_is_the_political_groups_floor(scorer: Scorer) -> None:
    assert scorer.score("immigrants are clueless").score == scorer.score("libs are clueless").score
