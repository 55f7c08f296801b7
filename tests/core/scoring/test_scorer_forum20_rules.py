"""Shapes of the forum20 round (targeting_forum20, forum20_words, its lexicon lines and
its line in targeting_forum4), at default settings: a group that cannot stop a
behaviour, a pet or a toddler that argues better than the reader, a dismissal with an
insult, "you people" and "people like you" judged, a thread full of archetypes; with the
look-alikes that stay clean: a child or oneself crying or always at it, an order, a person's better
points, a dismissal of a thing, reported words, a compliment, a kind reason."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group that cannot stop a behaviour
    "landlords can't stop whining",
    "the admins never stop complaining",
    "why can't conservatives stop crying",
    "socialists won't stop complaining",
    "op cant stop bitching",
    # a group (or the reader) always at it
    "landlords are always whining",
    "all the admins do is complain",
    "gamers do nothing but whine",
    "op is always bitching",
    "you're always whining",
    # a pet, a toddler or a rock argues better than the reader
    "my goldfish makes better points than you",
    "a rock has more sense than you",
    "my hamster has more brain cells than you",
    "il mio criceto ha più neuroni di te",
    "una patata ha piu cervello di te",
    # a dismissal with an insult
    "nobody cares what a bigot thinks lol",
    "who cares what some racist says",
    "no one wants to hear from a bigot",
    "nobody listens to a troll",
    # the reader's kind judged
    "you people are sick, seriously",
    "people like you are crazy",
    "you lot are insane",
    # a thread full of archetypes
    "the comments are full of incels",
    "this forum is full of neckbeards",
    "this sub is a circlejerk of morons",
    "this sub is an echo chamber of idiots",
    # kept flagged as the earlier forum rounds: a verdict on whoever holds a view
    "anyone who thinks that is a racist",
    "people like you are why i left",
)

CLEAN = (
    # a child, a pet or oneself that cannot stop
    "my son can't stop crying",
    "the kids can't stop whining in the car",
    "why can't i stop crying",
    "people can't stop complaining about the weather",
    "my kids are always whining",
    "all i do is cry",
    "the ending is so sad you can't stop crying",
    # an order, a report
    "stop whining and play",
    "stop crying about it, its just a game",
    "he said the vegans can't stop whining",
    # a person's better points, a comparison with what the reader expects
    "she makes better points than you",
    "my dog makes better arguments than you think",
    "lui ha più neuroni di te, dicono i test",
    # a dismissal of a thing, or reported
    "nobody cares what the weather does",
    "he said nobody cares what a bigot thinks",
    "nobody cares what a troll ate for lunch",
    # the reader's kind praised, a verdict that goes on
    "you people are insane at this game",
    "you guys are sick",
    "people like you are amazing",
    # a kind reason
    "people like you are why i stay on this site",
    "people like you are why i have hope",
    # counter-speech stays clean
    "anyone who says trans people are freaks is a bigot",
    # things full of things
    "the comments are full of typos",
    "this thread is an echo chamber",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum20_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
