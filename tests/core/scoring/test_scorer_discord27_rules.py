"""Shapes of the discord27 round (targeting_discord27, discord27_words and its lexicon
lines), at default settings: "skill issue" pinned on the reader ("ur skill issue is
showing", "u have a skill issue", "skill issue on ur part", "skill issue kid") and the
reader likened to a dull thing ("ur as smart as a brick", "you have the brains of a
rock"); with the look-alikes that stay clean (a bare "skill issue" meme, the writer's or
a thing's, asked, denied, reported; a praised comparison, the writer or a thing likened).
English only: neither shape has an Italian twin in chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader's own
    "ur skill issue is showing",
    "your massive skill issue is the problem",
    "lol ur skill issue",
    # the reader having it
    "u have a skill issue",
    "you've got a huge skill issue",
    "sounds like you just have a skill issue",
    "ya got a skill issue",
    # the reader as it
    "ur the skill issue",
    "you're the real skill issue",
    "u r the skill issue",
    # the reader's part after it
    "skill issue on ur part",
    "skill issue on your end tbh",
    "that's a skill issue from you",
    # a put-down after it
    "skill issue kid",
    "skill issue lil bro",
    "skill issue lmao bozo",
    # the reader likened to a dull thing
    "ur as smart as a brick",
    "you're about as sharp as a spoon",
    "u r as bright as a potato",
    "bro ur as smart as a bag of rocks",
    "you are literally as clever as a doorknob",
    "you have the brains of a rock",
    "u got the brains of an ant",
)

CLEAN = (
    # a bare "skill issue": a meme or a shrug, as older probes keep it
    "skill issue",
    "skill issue tbh",
    "skill issue bro",
    "skill issue lol",
    # the writer's or a thing's
    "my skill issue is showing",
    "skill issue on my part",
    "i have a skill issue with this boss",
    "we all have a skill issue sometimes",
    "skill issue on the devs part",
    "skill issue from me lol",
    # asked, denied, reported, quoted
    "do u have a skill issue or is it ping?",
    "you don't have a skill issue, the boss is bugged",
    "ur not the skill issue, the lag is",
    "he said ur skill issue is showing",
    '"skill issue on ur part" lmao thats what he typed',
    "skill issue, kid gloves off now",
    # comparisons of no reader, praised, or asked
    "ur as smart as a fox",
    "you're as sharp as a tack",
    "i'm as smart as a rock lol",
    "this bot is as smart as a brick",
    "is ur cat as smart as a dog?",
    "ur not as smart as a brick lol ur a genius",
    "i have the brains of a potato rn",
    "you have the brains of a genius",
    "as smart as a brick is a funny phrase",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord27_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
