"""Shapes of the hatecheck39 round (targeting_hatecheck39, hatecheck39_words and its
lexicon lines), at default settings: hate against a named identity group with no insult
word. A bad habit pinned with a bare verb after "always" or "constantly" ("muslims always
whine", "immigrants always play the victim", "disabled people are always asking for
handouts"); othering with a denial before "like us" ("black people aren't like us"); the
group used as the insult ("such a muslim thing to do", "so typical of a woman"). With
the look-alikes that stay clean: no protected group, the writer's own group, the reader,
a denial, a question, someone else's claim, counter-speech, a kind word after. English
only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a habit pinned with a bare verb
    "muslims always whine",
    "immigrants always play the victim",
    "disabled people are always asking for handouts",
    "black people always make excuses",
    "refugees always want special treatment",
    "trans people always want attention",
    "jews always play the victim card",
    "women always overreact lol",
    "immigrants are constantly crying racism",
    "the muslims always get offended",
    "gay men always start drama",
    # othering
    "black people aren't like us",
    "muslims are not like us at all",
    "honestly jews will never be like us",
    "gay people arent like us",
    # the group used as the insult
    "such a muslim thing to do",
    "what a jew thing to say",
    "such an asian thing to do",
    "so typical of a woman",
    "typical of a muslim honestly",
)

CLEAN = (
    # no protected group, or one person
    "politicians always whine",
    "my kids always play the victim",
    "liberals always cry racism",
    "feminists always overreact",
    "my muslim friend always makes excuses to skip gym",
    "referees are never like us",
    "people like us",
    "such a dad thing to do",
    "such a kind thing to do",
    "typical of a dad",
    # the reader and the writer
    "you always play the victim",
    "i always overreact",
    "we muslims always overthink lol",
    "we women always overreact, i know",
    "im a black woman and that's such a black thing to say",
    # a neutral or kind habit, a kind word after
    "muslims always fast during ramadan",
    "immigrants always send money home",
    "muslims are just like us",
    "immigrants are more like us than we think",
    "such a muslim thing to do, so generous",
    # denied, asked, reported, countered
    "disabled people are not always asking for handouts",
    "refugees don't always ask for handouts, that's a myth",
    "do immigrants always cry racism?",
    "are muslims not like us?",
    "isn't that such a muslim thing to do?",
    "my uncle says black people always make excuses, smh",
    "it's a stereotype that muslims always whine",
    "saying immigrants always play the victim is racist",
    "stop saying women always overreact",
    "it's not true that muslims aren't like us",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck39_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck39_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
