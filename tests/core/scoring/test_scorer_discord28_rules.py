"""Shapes of the discord28 round (targeting_discord28, discord28_words and its lexicon
lines), at default settings: the reader called a social flop ("ur so corny", "bro ur so
dry", "you're unbearable", "stop being so corny") and the reader's jokes, humor or voice
put down ("ur jokes are so corny", "ur humor is trash"); with the look-alikes that stay
clean (the same words at no one, the writer or a thing, denied, asked, reported, a kind
word after, a typo's reading). English only: Italian's "sei così noioso" is discord21's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader called a social flop
    "ur so corny",
    "bro ur literally so corny",
    "you're so dry",
    "u r so dry lol",
    "your so dry",
    "ur dry af",
    "ur corny asf",
    "you're unbearable",
    "ur lowkey unbearable",
    "you are so unbearable",
    "ur the corniest",
    "nah ur so dry",
    # told to stop
    "stop being so corny",
    "pls stop being so dry",
    # the reader's part put down
    "ur jokes are so corny",
    "your humor is so dry",
    "ur texts are dry af",
    "your laugh is unbearable",
    "ur humor is so bad",
    "your jokes are trash",
    "ur jokes are so lame",
    "ur humour is garbage lol",
)

CLEAN = (
    # no reader
    "that joke was so corny",
    "this chat is so dry today",
    "i'm so dry lol",
    "the server is dry af rn",
    "the heat is unbearable",
    "this lag is so unbearable",
    "the corniest movie ever",
    # the writer's or someone else's
    "my humor is so dry",
    "his jokes are so corny",
    "my jokes are trash lol",
    "i need to stop being so dry",
    # denied, asked, reported, quoted
    "ur not corny at all",
    "ur jokes arent corny",
    "ur so dry?",
    "is ur humor so dry?",
    "he said ur so dry",
    '"ur so corny" is what she typed',
    # a kind word after it
    "ur so corny lol ily",
    "ur jokes are so bad theyre good",
    # a typo's reading, and the words elsewhere
    "ur so corn",
    "i love candy corn",
    "your dry humor is the best",
    "ur so funny",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
