"""Shapes of the olid26 round (targeting_olid26, olid26_words and its lexicon lines), at
default settings: the reader or one person called a bad kind of person with an adjective
the lexicon lacked ("@USER you are a bad person", "he is a shady man", "you are a sorry
little man") or a heap of filth ("you are a pile of garbage", "he is a lying stack of trash",
"you are a silly old fart"); with the look-alikes that stay clean (the same words at no
one, the writer or a thing, denied, asked, reported, quoted, a condition, a kind word
after, a role or a film's part). English only: the shapes are OLID's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a bad kind of person, said to the reader
    "@USER you are a bad person",
    "you're a mean person",
    "ur such a toxic person",
    "@USER u r a shady individual",
    "you are one spiteful woman",
    "@USER you are a sorry little man",
    "you are just a manipulative human being",
    # said outright of one person
    "@USER he is a shady man",
    "she's a shallow person",
    "@USER i think he is a bad man",
    "@USER she is a vindictive old woman #MAGA",
    "@USER he is a sleazy guy",
    # a heap of filth
    "@USER you are a pile of garbage",
    "you're a steaming pile of garbage",
    "@USER He is a lying stack of trash too.",
    "@USER she is a bag of trash",
    "@USER you are a silly old fart",
    "@USER you are nothing but a heap of dung",
)

CLEAN = (
    # no one, the writer, a thing, a part
    "@USER bad people don't obey the law",
    "@USER I am a bad person for eating the pizza",
    "@USER he plays a bad man in the movie",
    "@USER he is the bad guy in the show",
    "@USER this game is a pile of shit",
    "@USER the bill is a steaming pile of garbage",
    "@USER I stepped in a pile of shit",
    "@USER I'm an old fart now haha",
    "Trump is a bad man",
    # denied, asked, reported, quoted, a condition
    "@USER you are not a bad person",
    "@USER i don't think he is a bad man",
    "@USER Am I a bad person?",
    "@USER is he a shady man?",
    "@USER he said you are a bad person",
    '@USER "you are a toxic person" is what she wrote',
    "@USER If you are a bad person you will be judged",
    "@USER She told me I was a pile of shit",
    # a kind word after it, a role, praise
    "@USER you are a mean man jk ily",
    "@USER you're a mean cook, that lasagna was amazing",
    "@USER you are a good person",
    "@USER you are the shit",
    "@USER you are a bad ass",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
