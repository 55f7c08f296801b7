"""Shapes of the forum21 round (targeting_forum21, forum21_words and its lexicon lines),
at default settings: a camp by a derogatory blend, mock praise of a commenter who fails
at something, a thread's members derided as a clown show or a circus, "these people"
derogated by a behaviour, the mods power tripping; with the look-alikes that stay clean:
reported or quoted labels, self-deprecation, a real compliment, snowflakes, circuses and
power as things, an event called a clown show, people who help or never give up."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a camp by a derogatory blend
    "republicunts did it again",
    "the republicunts voted no again",
    "classic republicunt behavior",
    "the snowflakes got offended again",
    # mock praise of a commenter who fails at something
    "another genius who can't do math",
    "lol another einstein that didn't read the post",
    "yet another genius who doesn't know what a percentage is",
    "un altro genio che non sa leggere",
    # a thread's members derided
    "the comments here are a total clown show",
    "this subreddit is a circus",
    "the moderators are a clown car",
    "this thread has become a circus",
    # "these people" by a behaviour
    "those people will fall for anything",
    "these folks never learn",
    "these people have zero shame",
    "vegans will believe anything",
    "these people can't even read",
    # the mods power tripping
    "the mods can't stop power tripping lol",
    "the moderators are on a power trip again",
)

CLEAN = (
    # reported, quoted, self
    "he called them sheeple and left",
    "he keeps calling everyone feminazis",
    "he called them republicunts and got banned",
    "i'm such a soyboy for crying at this",
    "someone said 'another genius who can't read' lol",
    "i'm the genius who can't find my keys",
    # a real compliment
    "another genius who built a rocket",
    "she is a genius who never gives up",
    "another einstein who never stops learning",
    # things
    "snowflakes are falling on the roof",
    "the snowflakes melted on the window",
    "the circus is in town",
    "what a circus that trial was",
    "the election was a clown show",
    "we hired a clown show for the party",
    # behaviours without a group
    "i'll never learn how to cook",
    "don't believe anything you read online",
    "these people will help you",
    "these people never give up",
    "she said the replies were a clown show",
    "i can't read this font",
    "my grandma can't read",
    # power as a thing
    "son of a bitch, the power went out",
    "power tripping is a real problem online",
    "what a power trip that boss fight was",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
