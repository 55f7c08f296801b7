"""Shapes of the forum26 round (targeting_forum26, forum26_words and its lexicon lines),
at default settings: the commenter's words likened to an insult's ("sounds like
something a loser would say", "that's exactly what a troll would say", "said every
moron ever") and "seek help" told as a put-down ("yikes, seek help", "seek help lmao",
"seek help for your delusions"); with the look-alikes that stay clean (no insult,
the writer's own, denied, reported, asked, quoted, sincere care). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the commenter's words likened to an insult's
    "sounds like something a loser would say",
    "sounds like something a total moron would write",
    "that sounds like something an idiot would post",
    "thats exactly what a loser would say",
    "sounds like what an idiot would say",
    "sounds like something a stupid person would write",
    "said every loser ever",
    "lol said every incel ever",
    "says every moron ever",
    # "seek help" told as a put-down
    "yikes, seek help",
    "seek help lmao",
    "bro seek help",
    "seek therapy bro",
    "seek help for your hate",
    "get therapy for your delusions",
    "jfc get therapy",
)

CLEAN = (
    # no insult, the writer's own, denied
    "sounds like something a lawyer would say",
    "sounds like something i would say lol",
    "said every parent ever",
    "i said something a loser would say lol",
    "that doesn't sound like something a moron would say",
    "what a loser would say is irrelevant",
    "a loser would say that",
    # reported, asked, quoted
    "he said it sounds like something a loser would say",
    "does this sound like something an idiot would say?",
    '"said every loser ever" is such a tired meme',
    # sincere care and help sought
    "seek help",
    "please seek help",
    "please seek help if you feel unsafe",
    "if you're struggling please seek help, you matter",
    "seek help for your anxiety, it really works",
    "i need to seek help",
    "he told me to seek help and i laughed",
    "is it time to seek help?",
    '"seek help" lol',
    "there's no shame in seeking help",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
