"""Shapes of the hatecheck78 round (targeting_hatecheck78, hatecheck78_words), at default
settings: the writer's hatred or aversion aimed at a pronoun for a named group mentioned
earlier in the message, "them" after hatecheck28's aversion phrases ("i have met many
muslims, and i cannot stand them") or a quantified pronoun after any aversion hit ("i
know many jews and i can't stand any of them", "women? i despise the lot of them"), is
aimed at the group; kind feelings, someone else's dislike, denials, a wrong done to the
group, things with no group named, part of the group, counter-speech and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "them" after hatecheck28's aversion phrases
    "i have met many immigrants, and i cannot stand them",
    "jews. i cannot stand them.",
    "gay people? i cannot tolerate them",
    "muslims moved in across the road. i cant tolerate them",
    "trans people, i just cannot stand them anymore",
    "women are everywhere in my office and i could never stand them",
    # a quantified pronoun after any aversion hit
    "i have met many women, and i can't stand a single one of them",
    "i know many refugees and i can't stand any of them",
    "i have met lots of muslims and i despise the lot of them",
    "black people. i loathe each and every one of them",
    "immigrants? can't stand any of them",
    "i have met many jews and i detest the whole lot of them",
    "i know lots of trans people and i cannot tolerate any of them",
    "gay men, i really can't bear any of them",
    "i have met many disabled people and i hate every last one of them",
)

CLEAN = (
    # kind feelings and no aversion
    "i have met many immigrants, and i love every one of them",
    "i know many jews and i admire each one of them",
    # someone else's dislike, denials
    "i know many muslims and my dad can't stand any of them, which is awful",
    "i have met many women and i don't hate a single one of them",
    "i have met many refugees and i could never hate any of them",
    # a wrong done to the group, or something else disliked
    "i have met many jews and i cannot stand them being insulted",
    "women deserve better. i cannot tolerate them being mocked",
    "i know many muslims. i can't stand the jokes people make about them",
    "gay people get bullied a lot and i cannot stand it",
    # part of the group, things, games and no group
    "muslims, i hate some of them",
    "i have tried many diets and i cannot stand any of them",
    "mondays. i cannot stand them.",
    "i know a lot of lawyers and i can't stand any of them",
    "the enemy team? i cant stand a single one of them lol",
    "i cannot stand them",
    # counter-speech, quotes and reports
    "saying 'immigrants, i cannot stand them' is pure racism",
    "he wrote 'jews? i can't stand any of them' and got banned",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck78_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck78_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
