"""Shapes of the precision29 round (targeting_precision29, precision29_words), at default
settings: friendly profanity said at no one stays clean ("fuck me" exclaimed about a bad
situation, "fuck me what a terrible game"; "kiss my ass goodbye, lag is back"; a sexual
curse told to a thing, "suck my balls, lag"); the same words said to the reader, a
person or a group, a mention, or with another name-call stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader, a person or a name-call in the line
    "fuck you",
    "fuck me? no, fuck you",
    "fuck me you dumb bitch",
    "fuck me what an idiot you are",
    "fuck me slut",
    "fuck me daddy",
    "fuck me this guy is a moron",
    "@sam fuck me what a terrible game",
    # "kiss my ass" as a send-off, or with someone named
    "kiss my ass",
    "kiss my ass, idiot",
    "kiss my ass, goodbye",
    "kiss my ass goodbye you moron",
    "kiss my ass goodbye @sam",
    "you can kiss my ass goodbye, idiot",
    # a sexual curse at a person, or with a name-call after the thing
    "suck my dick",
    "suck my dick you loser",
    "suck my dick ref",
    "suck my balls jake",
    "suck my dick windows users",
    "suck my dick lag, you noob",
    "suck my balls, lag, you idiot",
)

CLEAN = (
    "fuck me what a terrible game",
    "oh fuck me, this queue is awful",
    "fuck me sideways that patch is trash",
    "fuck me how stupid is this bug",
    "kiss my ass goodbye, lag is back",
    "well, kiss my ass goodbye",
    "suck my balls, lag",
    "suck my dick windows",
    "ugh suck my dick autocorrect",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
