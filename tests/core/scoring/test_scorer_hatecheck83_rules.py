"""Shapes of the hatecheck83 round (targeting_hatecheck83, hatecheck83_words), at default
settings: the writer's hatred of a named group as a lasting habit ("i always hated
muslims", "i never stopped hating women") or in the past tense ("i hated every gay person
i ever met"), aimed at a group named right after it or at "them" for a group named
before ("i met several black people and i hated them"), is aimed at the group; the
aversion overcome or regretted, someone else's, things, days, scenes and game sides,
denials, questions, quotes and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the habit
    "i always hated refugees",
    "i've always loathed jews",
    "honestly i have always despised muslims",
    "i always hated women and always will",
    "i never stopped hating immigrants",
    "i've never stopped despising trans people",
    # the past tense, the group right after
    "i hated all the immigrants i ever met",
    "i despised every jew i have known",
    "i loathed gay men my whole life",
    "i detested refugees tbh",
    # "them" for a group named before
    "i grew up around muslims and i hated them",
    "jews? i always despised them",
    "i worked with immigrants and i loathed every one of them",
)

CLEAN = (
    # overcome or regretted
    "i always hated immigrants until i met my neighbours",
    "i hated gay people as a teenager, i was wrong",
    "i despised muslims and i regret it",
    # someone else's
    "my grandma always hated jews",
    "he told me he always hated refugees",
    "we all know he hated immigrants",
    # things, days, scenes, people who are no group, game sides
    "i always hated sundays",
    "i hated that song",
    "i always despised italian coffee",
    "i hated the refugees in that documentary",
    "i hated my gay neighbour's dog",
    "i bought new boots and i hated them",
    "i always hated the russians in that map gg",
    "i hated you",
    # denials, conditions, questions, quotes and counter-speech
    "i never hated women",
    "if i hated muslims i would say so",
    "did you always hate immigrants?",
    "saying 'i always hated jews' is antisemitic",
    # other feelings and other objects
    "i always loved refugees",
    "i hated seeing muslims mocked",
    "i despised people who hate immigrants",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck83_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck83_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i always hated muslims").target is TargetKind.GROUP
    assert scorer.score("i hated every gay person i ever met").target is TargetKind.GROUP
    assert scorer.score("i met black people and i hated them").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck83_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
