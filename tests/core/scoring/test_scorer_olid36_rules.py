"""Shapes of the olid36 round (targeting_olid36, olid36_words), at default settings:
"they" put down after the writer's opinion frame ("i think they suck", "honestly i
think they are trash", "i believe they're frauds") and a name-call after "and" in a
person's predicate ("he is pure evil and a liar") are aimed; play judged, denials,
questions, reported speech, the writer's own failings, things named first, praise and
a turned predicate stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the writer's frame, then "they" put down
    "i think they suck",
    "@USER i think they suck lol",
    "i feel like they suck",
    "i think that they suck",
    "i really think they suck so bad",
    "honestly i think they're garbage",
    "i think they're liars",
    "i believe they are all frauds",
    "tbh i feel like they are hypocrites",
    "i think they are idiots and frauds",
    # a name-call after "and" in a person's predicate
    "he is pure evil and a liar",
    "@USER she is nasty and a liar",
    "honestly she's lazy and a coward lol",
    "i think he is evil and a liar",
    "he was greedy and a crook",
)

CLEAN = (
    # play judged, not a put-down
    "i think they suck at defense this season",
    "honestly i think they are garbage at defense",
    "i think they are trash talkers",
    # denied, asked, reported, thought by others
    "i don't think they suck",
    "i dont think they are liars",
    "do you think they suck?",
    "he said they suck",
    "they think they suck",
    "i think they suck, but i love them",
    # the writer's own side or self
    "i think we suck",
    "i think i suck at this",
    # the message names things first
    "got new shoes. i think they are trash",
    # no frame, only a likeness
    "like they suck",
    # the predicate turned, asked, conditional or reported; praise; a tail that goes on
    "he is not evil and a liar",
    "is he evil and a liar?",
    "if he is evil and a liar then why vote",
    "she said he is evil and a liar",
    "he is pure gold and a legend",
    "he is smart and a fool for her",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
