"""Shapes of the hatecheck68 round (targeting_hatecheck68, hatecheck68_words), at default
settings: a named group, or one member after "a", "every" or "no", kept out of work as a
rule ("no immigrant should ever be hired", "gay people shouldn't be teachers", "a woman
should never be a surgeon"), or gatekeepers told to turn the group away ("companies
should refuse to hire immigrants", "no landlord should rent to refugees") is aimed at the
group; the group defended or described, people and roles that are no group, a purpose or
condition after the work, questions, counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the work kept from the group
    "no jew should ever be hired",
    "no muslim should be given a job",
    "immigrants should not be given jobs",
    "women should never be hired",
    "muslims should never be employed",
    "refugees should not be offered work",
    "black people must not be given jobs",
    "disabled people cannot be given jobs here",
    # a profession kept from the group
    "gay people should not be teachers",
    "trans people shouldn't be teachers",
    "women should not be doctors",
    "jews should never be judges",
    "muslims should never be police officers",
    "a woman should never be a pilot",
    "no black person should be a doctor",
    "gay men should not be in the military",
    "honestly, women shouldn't be in charge",
    "no black person should be hired, period",
    # the gatekeepers told to turn the group away, or the writer's own refusal
    "companies should refuse to hire muslims",
    "landlords should refuse to rent to immigrants",
    "banks should stop serving jews",
    "no company should hire disabled people",
    "businesses should never hire jews",
    "no landlord should rent to refugees",
    "we should stop hiring immigrants",
    "i refuse to hire women",
)

CLEAN = (
    # the group defended or described
    "no immigrant should be denied a job",
    "immigrants should be given jobs",
    "jews should be teachers",
    "muslims should be in the army too",
    "women can be engineers",
    "immigrants can be hired legally",
    "landlords should rent to refugees",
    "employers should never refuse to hire immigrants",
    "employers should not refuse to hire women",
    # people, roles and things that are no group
    "you should be hired",
    "he should not be a teacher",
    "students should not be teachers",
    "my brother should never be hired",
    "kids should not be in charge",
    "no one should be given a job they can't do",
    "no intern should ever be given admin rights",
    "companies should refuse to hire racists",
    "restaurants should stop serving breakfast",
    "the hotel should refuse to serve him",
    # a purpose or condition after the work
    "no woman should ever be hired as an engineer",
    "people should not be hired based on race",
    "no landlord should rent to refugees without references",
    # described, asked, reported, quoted and counter-speech
    "landlords refuse to rent to immigrants all the time",
    "landlords will refuse to rent to you",
    "some companies refuse to hire muslims, which is illegal",
    "should immigrants be given jobs?",
    "why should muslims not be hired?",
    "women should not be teachers?",
    "should landlords refuse to rent to refugees?",
    "he said women should never be hired",
    "they say companies should refuse to hire muslims",
    "saying gays shouldn't be teachers is bigoted",
    "no gay person should be a priest, says the church",
    "women can't be engineers, said no one ever",
    "companies should stop hiring immigrants, according to the minister",
    '"women should not be pilots" is what my grandpa says',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck68_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck68_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
