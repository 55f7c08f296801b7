"""Shapes of the precision36 round (targeting_precision36, precision36_words), at default
settings: a slur talked about as a word, named bare, stays clean when it is judged as a
word past a verb ("retard used to be a medical term"), set beside another word after
"between" ("the difference between nigga and nigger") or listed as words after a verb of
hearing, saying or banning ("these slurs include retard faggot tranny spic chink"); the
same words with an article, a pointer, a quantifier or the reader before them, endorsed
for someone, in a joke's "a X and a Y", in a plural list or a list that goes on as people
stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a person: an article, a pointer, an owner or the reader before the word
    "the retard at work broke it again",
    "that nigger is the worst neighbour",
    "you are a retard and that is the right word for you",
    # the word endorsed for, or applied to, someone
    "retard is the only word for you",
    "i think retard is a fitting word for you",
    "negro is the word for what you are",
    "dyke is the best word for that ugly woman",
    "faggot will always be the word i use for my brother",
    "kike is a word that describes you",
    "retard has always been a word for people like you",
    "retards are an insult to humanity",
    "faggot is an insult to every real man",
    # a joke comparing people, or the reader compared
    "what is the difference between a nigger and a park bench",
    "the difference between you and a retard is nothing",
    "the difference between retard and you is small",
    # lists thrown at people, plural, after no naming verb, or going on as people
    "kill every faggot dyke and tranny",
    "you retard faggot tranny spic",
    "i hate niggers kikes and faggots",
    "they look like retarded jerk offs",
    "i say nigger kike and spic out of my country",
    "we banned nigger kike and spic from the club",
    "i heard faggot dyke and tranny get beaten up last night",
    "i yell nigger kike and spic at them every day",
    "shut up retard faggot",
)

CLEAN = (
    # judged as a word past a verb
    "retard used to be a medical term",
    "can faggot stop being a derogatory term for gays",
    "negro was the polite word back then",
    "chink has always been a hateful word",
    "nigga and nigger are not the same word",
    "paki started out as a short word for pakistani",
    # set beside another word after "between"
    "the difference between faggot and fag is one syllable",
    "teachers should explain the difference between negro and black",
    # listed as words
    "these slurs include retard faggot tranny spic chink",
    "i grew up hearing kike spic wop and dago at the dinner table",
    "kids used to yell retard spaz and mong at recess",
    "slurs such as paki kike and chink should be auto muted",
    "the bot deletes faggot dyke and tranny before anyone sees them",
    "use slurs? these slurs include retard faggot tranny spic chink and other offensive words",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_precision36_mention_is_reported(scorer: Scorer) -> None:
    verdict = scorer.score("retard used to be a medical term")
    assert verdict.target is TargetKind.REPORTED
    assert "mentioned as a word" in verdict.explanation
