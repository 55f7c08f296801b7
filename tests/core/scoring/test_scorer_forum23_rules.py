"""Shapes of the forum23 round (targeting_forum23, forum23_words and its fix of
targeting_forum22), at default settings: the reader's comment, post, opinion, take,
argument or logic called stupid or worthless; with the look-alikes that stay clean: the
same words about a thing or an idea, the writer's own words, a negated, asked or
reported judgement, a quoted line, the reader's plan or question, and the
abstract-noun sayings that blame no one ("stupidity is dangerous")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader's words in the thread judged stupid or worthless
    "your comment is idiotic",
    "your posts are moronic",
    "your opinion is garbage",
    "your opinions are trash",
    "your argument is truly pathetic",
    "your logic is absolutely braindead",
    "your whole comment is stupid",
    "your entire take is worthless",
    "your reply was stupid",
    "lmao your reasoning is dumb",
    "honestly your rant is ridiculous",
    "dude your statement is so moronic",
    "your comment is stupid, your name is funny though",
    # Italian
    "il tuo commento è ridicolo",
    "la tua risposta è stupida",
    "le tue opinioni sono patetiche",
    "il tuo discorso è proprio stupido",
)

CLEAN = (
    # a thing or an idea, no reader's words
    "the argument is worthless without data",
    "this take is pathetic",
    "the comments section is garbage today",
    "that response is moronic",
    "questo discorso è stupido",
    # the writer's own words
    "my comment was dumb lol",
    "my whole post is garbage, sorry",
    "my take was stupid, you are right",
    "il mio commento era stupido",
    # negated, asked, reported, quoted
    "your comment is not stupid",
    "your opinion is never worthless",
    "i don't think your argument is stupid",
    "they said your post is garbage, ignore them",
    "so your argument is dumb?",
    'he wrote "your take is moronic" and left',
    # the reader's plan, question or work: left as it was
    "your plan is stupid but it might work",
    "your question is dumb in the best way",
    # no judgement term
    "your comment is fucking gold",
    "your take is spot on",
    # the abstract nouns, aimed at no one
    "stupidity is dangerous",
    "stupidity is dangerous in a crowd",
    "idiocy is contagious",
    "human stupidity is a constant",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
