"""Shapes of the chat11 round (targeting_chat11, chat11_words), at default settings: the
reader told they are a nuisance to the writer ("you're annoying me", "you get on my
nerves", "stop bugging me", "you're wasting my time"), time with the reader called wasted
("talking to you is a waste of time") or the writer fed up with the reader ("i'm sick of
you", "i hate talking to you") is aimed at the reader; a thing or a third person annoying
the writer, the writer asking or sorry, negations, reports, chores and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader a nuisance
    "you're annoying me so much",
    "u are annoying me",
    "your annoying me",
    "you're seriously boring me",
    "you always bore me",
    "you keep bugging me",
    "you're starting to annoy me",
    "you are really getting on my nerves",
    "you're driving me nuts",
    "ugh you're pestering me",
    "because you're bothering me",
    "stop irritating me bot",
    "please stop wasting my time",
    "you're wasting my time again",
    # time with the reader wasted
    "talking to you is such a waste of time",
    "speaking with you is pointless",
    "u r a waste of my time",
    "you are a total waste of time lol",
    # the writer fed up
    "i'm really sick of you",
    "im sick of you bot",
    "i'm sick and tired of you already",
    "i really hate talking to you",
    "i hate chatting to you",
)

CLEAN = (
    # questions (the final review's lines)
    "i'm sick of you?",
    "you are a waste of time?",
    # a thing or a third person
    "the wifi is annoying me",
    "my neighbour keeps bugging me",
    "this heat is driving me nuts",
    "work gets on my nerves",
    "that meeting was a complete waste of time",
    "it's pointless to argue about it",
    "your pointless questions",
    "i'm sick of this rain",
    "i'm done with my chores",
    "i hate talking to strangers",
    # the writer asking or sorry, questions
    "am i bugging you?",
    "sorry if i'm wasting your time",
    "are you annoying me on purpose?",
    # negations, reports, chores, quotes
    "you're not boring me at all",
    "you never get on my nerves",
    "talking to you is never pointless",
    "i'm not sick of you",
    "she said he was driving her crazy",
    "he told me you were annoying me",
    "i'll be done with you in five minutes",
    "i'm sick of you always winning",
    "i hate talking to you about money because it stresses me out",
    'he yelled "stop annoying me" at his brother',
    "you're annoying me lol love you",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_chat11_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_chat11_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("you're annoying me").target is TargetKind.SECOND_PERSON
    assert scorer.score("talking to you is a waste of time").target is TargetKind.SECOND_PERSON
    assert scorer.score("i'm sick of you").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_chat11_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
