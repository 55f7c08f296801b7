"""Shapes of the olid32 round (targeting_olid32, olid32_words, en/insult.txt's plurals),
at default settings: plural name-calls ("you psychopaths", "these sellouts", "Bunch of
halfwits.") and a group of people by trade, office or following put down outright
("the media are scum", "his followers are brainwashed sheep", "congress is full of
crooks") are hostile; the name-call as a film's characters or a song, the group doing
something, negated, asked, quoted or reported, and lawyers and bankers (hate_probe3's
non-hateful controls) stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a group put down outright
    "the journalists are scum",
    "these reporters are all frauds",
    "honestly the press are a pack of liars",
    "the government is full of crooks",
    "his followers are brainwashed sheep",
    "her followers are mindless sheep",
    "critics are all psychos",
    "the elites are parasites",
    "officials are crooks and liars",
    "the media are scum, every one of them",
    "the senators are crooks",
    "the media are vultures",
    "journalists are vultures",
    # a plural name-call pointed at, a label, the reader
    "these sellouts will say anything",
    "those dirtbags again",
    "Bunch of halfwits.",
    "look at these nincompoops",
    "what a bunch of charlatans",
    "you psychopaths",
)

CLEAN = (
    "the crooks in this movie are great",
    "these crooks in the film were hilarious",
    "the crooks are back in season two",
    "lunatics is a great song",
    "the media covered it",
    "politicians should listen more",
    "sheep are cute",
    "pigs in the farm",
    "not all cops are pigs",
    "nobody said politicians are crooks",
    "i dont think the media are scum",
    "is congress full of crooks?",
    "are the media liars?",
    "he said the media are scum",
    '"the media are scum" is a bad take',
    "stop calling journalists frauds",
    "the weirdos in my friend group are the best",
    "the media are scummy about this story",
    "the press are scum for covering it",
    "the government is full of experts",
    "critics are psychos about this game lol",
    "reporters are vultures in a war zone",
    "Lawyers are vultures.",
    "bankers are greedy pigs",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid32_group_put_down_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("the media are scum").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_olid32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
