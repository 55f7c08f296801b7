"""Shapes of the olid39 round (targeting_olid39, olid39_words), at default settings: a
person rated as bad at a role ("ur a shitty teammate", "he's a crappy dad", "ramos
sounds like a shitty ump", "what a shit coach", "she is a lousy senator") and a
superlative put-down of a person in a role ("obama was the most corrupt president",
"worst president in history", "a reputation as the most dishonest senator") are
hostile; things rated, the writer's own role, negations, questions and reports stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a vulgar rating before a role, the reader or a third person as the subject
    "ur a shitty teammate",
    "you're a crappy friend",
    "u r a crap player",
    "you're such a shitty boyfriend",
    "he's a shitty dad",
    "she is a crappy mother",
    "that guy is a crap ref",
    "his wife is a shitty person",
    "he's a crappy human being",
    "ramos sounds like a shitty ump",
    "@USER you're a shitty excuse for a journalist",
    # "lousy" before a role
    "@USER she is a lousy senator",
    # an exclamation
    "what a shitty person",
    "what a crappy teammate",
    # superlatives of a person in a role
    "obama was the most corrupt president",
    "@USER kamala harris is the most dishonest senator",
    "@USER worst president in history",
    "@USER the dumbest senator alive",
    "the most incompetent mayor this city has seen",
    "she is gaining a reputation as the most dishonest senator",
    "he is competing for worst president again",
)

CLEAN = (
    # things
    "this is a shitty phone",
    "what a crappy day",
    "a shitty player model in this patch",
    "it's a shit coach bus",
    "that's a shitty excuse",
    "the worst game in history",
    "the most corrupt file on my drive",
    "the worst coach gets fired first",
    # the writer's own role
    "i'm a shitty friend sometimes",
    "im such a shitty teammate today sorry",
    "what a shit player i am today",
    "what a crappy player lol my bad",
    "i was voted as the worst player",
    # negated, asked, reported, a condition, an order
    "you're not a shitty friend",
    "he isn't a shitty dad",
    "is he a shitty coach?",
    "who is the worst president?",
    "she said i'm a lousy father",
    "he thinks he's a crappy player",
    "nobody thinks you're a shitty teammate",
    "if you are a shitty friend people notice",
    "dont be a shitty teammate",
    "the most corrupt president in history is a myth",
    # praise slang, a tease
    "he is a shit hot player",
    "you're a shitty friend lmao jk love you",
    # swearing alone
    "crappy wifi again",
    "my crappy laptop died",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid39_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid39_reader_rated(scorer: Scorer) -> None:
    assert scorer.score("ur a shitty teammate").target is TargetKind.SECOND_PERSON


def test_olid39_third_person_rated(scorer: Scorer) -> None:
    assert scorer.score("he's a shitty dad").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid39_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
