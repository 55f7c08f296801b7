"""Shapes of the threats10 round (targeting_threats10, threats10_words), at default
settings: a veiled threat at the reader said with the screen or the distance that
protects them, the reader held lucky for it ("consider yourself lucky we're online",
"you're lucky there's a screen between us", "ur lucky u live so far away", "ringrazia che
siamo online") is aimed at the reader; the screen or the distance as a convenience, no
luck, the writer or others held lucky, reports, quotes, questions and game talk stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader held lucky, the screen protecting them
    "consider yourself lucky we're online",
    "ur so lucky there's a screen between us",
    "you're lucky this is just the internet lmao",
    "count yourself lucky this is only online",
    "lucky for u we're on the internet",
    "good thing for you there's a screen between us",
    "thank god for u this is online",
    "thank your lucky stars there's a screen between us",
    "be glad we're online",
    "you should be thankful this is the internet",
    "u lucky we're online or you'd be done",
    # the reader held lucky, the distance protecting them
    "ur lucky u live so far away from me",
    "you're lucky you live 300 miles away",
    "youre lucky u live on the other side of the world",
    # Italian
    "ringrazia che siamo su internet",
    "sei fortunato che c'è uno schermo",
    "fortuna tua che vivi lontano",
    "ti è andata bene che siamo online",
    "sei fortunata che abiti a 300 km",
)

CLEAN = (
    # the screen or the distance as a convenience, the sentence going on
    "you're lucky we're online, the store is closed today",
    "ur lucky this is online, the venue is tiny",
    "you're lucky you live far from the stadium, parking is hell",
    "good thing for you we're online, you can join from bed",
    "lucky for you this is the internet, the answer is one search away",
    # no luck, or the writer or others held lucky
    "we're online now",
    "this is the internet, people post anything",
    "stai lontano da me",
    "i'm lucky we're online, my car broke down",
    "we're so lucky there's a screen between us and the storm",
    "lucky we're online, the office is flooded",
    "they're lucky they live miles away",
    "sono fortunato che siamo online",
    "siamo fortunati che c'è uno schermo",
    # reports, quotes, questions, games
    "he said you're lucky we're online",
    "mi ha detto che sei fortunato che siamo su internet",
    '"ur lucky theres a screen between us" is so cringe',
    "aren't you lucky this is online?",
    "you're lucky we're online in ranked lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats10_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats10_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("consider yourself lucky we're online").target is TargetKind.SECOND_PERSON
    assert scorer.score("ringrazia che siamo su internet").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats10_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
