"""Shapes of the olid34 round (targeting_olid34, olid34_words), at default settings: a
bigot noun the lexicon lacked (homophobe, xenophobe, antisemite) said of a person ("he is
a homophobe", "you xenophobe", "the governor is an antisemite") and a name-call closed by
a hashtag tail ("he is a racist #maga") are aimed; asked, denied, reported, past,
self-directed and word-about-the-word uses, and a hashtag after a clean line, stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a new bigot noun said of a person
    "he is a homophobe",
    "she's an antisemite",
    "hes a total xenophobe",
    "the governor is an antisemite",
    "that guy is a xenophobe lol",
    "he's nothing but a xenophobe",
    "trump is a homophobe and a liar",
    # to the reader: the lexicon lines
    "you xenophobe",
    "@USER you are such a homophobe",
    "@USER you're an antisemite",
    # a name-call closed by a hashtag tail
    "he is a racist #maga",
    "he's a bigot #gop",
    "she is a fascist #resist #nevertrump",
    "he is a homophobe #pride",
    "he is a liar #walkaway",
)

CLEAN = (
    "is he a homophobe?",
    "he is not a homophobe",
    "he is no xenophobe",
    "she called me a xenophobe",
    "i am not a homophobe",
    "people say he is an antisemite",
    "i dont think she is a xenophobe",
    "he was a homophobe in his youth",
    "the white supremacists marched downtown",
    "antisemitism is on the rise",
    "the word xenophobe gets thrown around a lot",
    "we marched against white supremacists",
    "calling everyone an antisemite helps no one",
    "homophobia hurts kids",
    # a hashtag after a clean line
    "he is a great guy #maga",
    "she is a hero #metoo",
    "he is not a racist #maga",
    "is he a racist? #maga",
    "he is a racist in the movie #netflix",
    "he is a fascist #sarcasm",
    "she is a bigot #not",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid34_bigot_noun_is_said_of_a_person(scorer: Scorer) -> None:
    assert scorer.score("he is a homophobe").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
