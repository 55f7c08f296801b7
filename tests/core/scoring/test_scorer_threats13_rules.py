"""Shapes of the threats13 round (targeting_threats13, threats13_words), at default
settings: the dare to meet and say it in person ("meet me irl and say that", "pull up and
say that", "say it in person", "dillo in faccia se hai il coraggio", "vieni a dirmelo in
faccia") is aimed at the reader; friendly meetups, a request to repeat, the words going on
to someone else, the writer or another subject, reports, quotes, questions, jokes and the
round's lines alone stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a meeting ordered, then the words said again
    "meet me irl and say that to me",
    "pull up then say it again",
    "come to my job and say that",
    "step outside and say that bro",
    "meet me by the bus stop n say it",
    # an in-person mark after the words
    "say that again irl coward",
    "go on say it in person",
    "repeat that irl i dare u",
    "tell me that in person kid",
    # Italian: the order opening its sentence, or a dare right after it
    "dimmelo in faccia se hai le palle",
    "vieni a ripetermelo in faccia",
    "dirmelo di persona, dai",
    "vieni qua a dirlo",
    "dillo se ne hai il coraggio",
)

CLEAN = (
    # friendly meetups, a request to repeat, an urging
    "meet me irl and say hi to everyone",
    "pull up to the game tonight",
    "say that again pls i missed it",
    "come on and say it",
    "just say it",
    # the words going on to someone else, or a time
    "say that in person to your dad",
    "come and say it to everyone",
    "dillo in faccia a tuo fratello che gli vuoi bene",
    "dimmelo di persona stasera",
    "dimmelo in faccia, se ti piace",
    "se hai il coraggio iscriviti",
    # the writer or someone else the subject
    "i would say that irl",
    "you should say that irl",
    "glielo dico in faccia se hai il coraggio",
    # reports, quotes, questions, jokes
    "she said pull up and say that lol",
    "lei ha detto dimmelo in faccia",
    '"meet me irl and say that" is such a boomer line',
    "would u say it in person?",
    "meet me irl and say that jk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats13_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats13_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("pull up and say that").target is TargetKind.SECOND_PERSON
    assert scorer.score("dillo in faccia se hai il coraggio").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats13_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
