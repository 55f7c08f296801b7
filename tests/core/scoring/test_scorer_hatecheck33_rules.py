"""Shapes of the hatecheck33 round (targeting_hatecheck33, hatecheck33_words, its
identity_attack.txt and cues.txt lines), at default settings: a named group called a
burden with a word between ("immigrants are all a burden", "I have a disabled cousin,
they are all a burden") and rarer judging words said of a named group ("immigrants are
feckless", "jews are conniving"); with the look-alikes that stay clean: the same words
of no group, of oneself, of a thing or of non-protected people, denied, asked, reported,
quoted. English only.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # rarer judging words said of a named group
    "immigrants are feckless",
    "jews are so conniving",
    "women are gormless",
    "muslims are uncouth and slovenly",
    "refugees are workshy",
    "disabled people are deadweight",
    "I met some refugees. They are so uncouth.",
    # a burden with a word between
    "immigrants are all a burden",
    "disabled people are all just a burden",
    "I have a disabled cousin, they are all a burden",
    "refugees are nothing but a burden",
    "we took in some refugees. they are all a burden.",
    "gay people are just a burden on us",
    "trans people are simply a burden",
)

CLEAN = (
    # the judging words of no group, a thing or non-protected people; denied; reported
    "politicians are feckless",
    "my dog is feckless",
    "the plot is insipid",
    "immigrants are not feckless",
    "saying jews are conniving is antisemitic",
    # a burden of no group, oneself or things
    "these bills are all a burden",
    "i feel like i'm just a burden",
    "the new rules are all a burden on small shops",
    "they are all a burden",
    # denied, asked, reported, quoted
    "disabled people are never just a burden",
    "who says refugees are all a burden?",
    "saying immigrants are all a burden is cruel",
    "he said refugees are all a burden",
    '"immigrants are all a burden" is a lie',
    "my cousin is disabled and they are not a burden",
    "refugees are all welcome here",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
