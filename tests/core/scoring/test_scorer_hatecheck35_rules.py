"""Shapes of the hatecheck35 round (targeting_hatecheck35, hatecheck35_words and its
lexicon lines), at default settings: a named identity group said never to do a civic or
moral duty, with no insult word ("immigrants never pay taxes", "muslims never integrate",
"black people don't work", "gypsies never wash"); with the look-alikes that stay clean
(the same duties of people who are no identity group, of oneself or a thing, denied,
countered, asked, quoted, reported, a custom or schedule, one named person, kind and
factual claims)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # never + a duty
    "immigrants never pay taxes",
    "muslims never integrate",
    "gypsies never wash",
    "refugees never learn english",
    "black people never work",
    "muslims will never assimilate",
    # don't / won't / refuse to + a duty
    "black people don't work",
    "immigrants dont pay taxes",
    "migrants won't learn the language",
    "muslims refuse to integrate",
    "all immigrants just never contribute",
    "gay people never work",
    # the older shapes, kept
    "immigrants always steal",
    "all immigrants do is complain",
    "jews always lie",
)

CLEAN = (
    # no identity group
    "politicians never pay taxes",
    "my kids never wash",
    "cats never work",
    "these apps never work",
    "i refuse to work today",
    "you never work",
    "thoughts and prayers don't work",
    # denied, countered, asked, quoted, reported
    "it's a myth that immigrants never pay taxes",
    "not true that muslims never integrate",
    "do immigrants pay taxes?",
    "do immigrants never pay taxes?",
    "he said immigrants never pay taxes, which is racist",
    "stop saying black people don't work",
    '"muslims never integrate" is a lazy stereotype',
    "i don't believe that immigrants never pay taxes",
    # a custom or schedule, one named person, kind and factual claims
    "jews don't work on the sabbath",
    "muslims don't work on eid",
    "my muslim neighbour never works weekends",
    "immigrants pay billions in taxes",
    "muslims always welcome guests",
    "mexicans won't work for that pay",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
