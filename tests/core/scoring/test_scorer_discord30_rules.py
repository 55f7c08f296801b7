"""Shapes of the discord30 round (targeting_discord30, discord30_words and its lexicon
lines), at default settings: a big L told to the reader who took it ("u took a massive
L lol", "bro u took a giant L", "u took a huge L"); with the look-alikes that stay clean
(the writer's or a team's L, no one named, asked, reported, quoted, the line going on
past the L with a kind word or consolation). English only: the shape is chat slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    "u took a massive L lol",
    "you took a massive L",
    "u took a giant L lmao",
    "you took a major L bro",
    "u took a big L 💀",
    "u just took a giant L",
    "you really took a massive L",
    "ya took a massive L lol",
    "u took such a massive L",
    "bro u took a giant L",
    "lol u took a massive L",
    "u took a huge L",
)

CLEAN = (
    # the writer's, a team's, no one's
    "i took a massive L today",
    "we took a massive L",
    "the lakers took a massive L",
    "took a massive L on my build lol",
    "that was a massive L",
    "massive L for me today",
    "big L",
    # asked, reported, quoted
    "did u take a massive L on the quiz?",
    "wow u took a massive L?",
    "he said u took a massive L lol",
    '"u took a massive L" lol',
    # the line goes on past the L
    "u took a massive L, it happens, next time",
    "u took a big L but ur still the goat",
    "you took a big L yesterday",
    "u didnt take a massive L at all",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
