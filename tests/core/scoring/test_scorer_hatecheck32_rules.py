"""Shapes of the hatecheck32 round (targeting_hatecheck32, hatecheck32_words, its
identity_attack.txt and cues.txt lines, hatecheck23's modal leads), at default settings:
belonging denied to a named group ("immigrants will never belong here", "jews are not
one of us"), more virtues denied ("trans people are not valid"), and a group sent off
through a pronoun after the writer's modal ("Immigrants keep arriving. We should deport
them all."); with the look-alikes that stay clean: the same words of oneself, a person
or a thing, the virtue granted, someone else's saying, no group named before.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # never belonging
    "immigrants will never belong here", "muslims can never belong in this country",
    "trans people will never belong", "Refugees again. They will never belong here.",
    "a muslim will never belong here",
    # not one of us
    "jews are not one of us", "immigrants will never be one of us",
    "muslims aren't one of us", "a jew is not one of us", "Muslims? they are not one of us",
    # more virtues denied
    "trans people are not valid", "women are not legitimate",
    "trans people will never be accepted",
    "disabled people are not productive", "immigrants are not hardworking",
    "gay people aren't natural", "trans people are not natural",
    # sent off through a pronoun after the writer's modal
    "Immigrants keep arriving. We should deport them all.",
    "Muslims everywhere. We need to deport them all.", "Jews again. lets deport them all",
    # the older readings kept beside the round's words
    "he's not one of us", "you're not one of us", "muslims don't belong here",
    "immigrants do not belong in this country", "Immigrants came. deport them all.",
)  # fmt: skip

CLEAN = (
    # the same words of oneself, a person or a thing
    "i will never belong here", "the new guy will never belong here",
    "my cat is not one of us", "one of us is lying", "is he one of us?",
    "a guy like that will never belong here",
    # belonging granted
    "immigrants are one of us", "jews are one of us",
    # someone else's saying
    "people say immigrants will never belong here, which is a lie",
    "saying trans people are not valid is transphobic",
    # the virtue granted, or denied to a thing
    "trans people are valid", "it is not valid",
    "the votes are not valid", "your argument is not valid", "i am not accepted here",
    "women who are not accepted by their families need support", "i wanted to go",
    "gay people are natural", "women are natural leaders", "that was not a natural move",
    "hating gay people is not natural",
    # no group named before the writer's modal
    "the refs are bad. we should deport them all",
    "My neighbours are immigrants. we should not deport them",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
