"""Shapes of the forum27 round (targeting_forum27 and forum27_words), at
default settings: a superlative put-down of the comment being answered ("this is the
dumbest take i've read all week", "worst argument on this sub", "the most idiotic post i
have ever read"), with the look-alikes that stay clean (praise, the writer's own, things
and news, denied, reported, quoted, asked, a kind word after). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # an older superlative before a commenter's word, then its measure
    "this is the dumbest take i've read all week",
    "stupidest comment i have ever seen",
    "that's the dumbest argument ever",
    "one of the stupidest replies i've read today",
    "dumbest post on this sub",
    "your reply is the stupidest thing i've heard all day",
    "congrats, dumbest comment of the week",
    "the dumbest comment you've ever made",
    # "most" before an older adjective
    "the most idiotic post i have ever read",
    "most ignorant comment in this thread",
    # the older "worst" and "the worst"
    "worst argument on this sub",
    "worst take of the year",
    "absolute worst opinion on the internet",
    "the worst reply i've seen in a while",
    "by far the worst take in this thread",
)

CLEAN = (
    # praise
    "best take i've read all week",
    "the smartest comment on this sub",
    # the writer's own
    "dumbest thing i've done all week",
    "the stupidest comment i ever posted",
    "my dumbest take ever was about the playoffs",
    "my worst post of the year",
    # things and news, political talk
    "the dumbest law passed this year",
    "the stupidest trade of the season",
    "the worst game i've seen all season",
    "the dumbest thing i've ever bought",
    # denied, reported, quoted, asked
    "not the dumbest take i've read today",
    "far from the worst argument on this sub",
    "he said it was the stupidest comment he had ever read",
    "she called it the dumbest argument she'd ever heard",
    '"worst take of the year" was the headline',
    "what's the dumbest comment you've seen on this sub?",
    # a kind word after it, and no measure after it
    "not the worst take on here, it's actually smart",
    "the stupidest comments are about the weather",
    # "thing" without a reply's word before it (insprec's clean line)
    "this is the dumbest thing i've read all week",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum27_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
