"""Shapes of the olid47 round (targeting_olid47, olid47_words), at default settings:
contempt for one person through a vice noun without olid46's verdict, "the <vice> of" a
person said whole, a vice "from" a person after "such" or "peak", a vice of theirs on
show, and a possessive vice that never ends; the same words about things, companies,
sayings, the body, the writer, game chat's praise, quotes, reports and stories stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "the <vice> of" a person, said whole over chat's tails
    "the arrogance of this woman lmao",
    "the nerve of that guy",
    "the audacity of this dude smh",
    "the hypocrisy of mcconnell, wow",
    "the stupidity of that man",
    # a vice "from" a person
    "such dishonesty from him",
    "peak incompetence from the governor",
    "more lies from that man",
    "such idiocy from this guy lol",
    # on show
    "showing his bigotry again",
    "she keeps displaying her ignorance",
    # never ending
    "his lies never stop",
    "her greed knows no limits",
    "his cowardice has no end smh",
)

CLEAN = (
    # things, companies, sayings and the body
    "the hypocrisy of this law, wow",
    "such greed from activision",
    "the arrogance of youth",
    "the nerve damage is permanent",
    "the nerve of my tooth hurts",
    "peak stupidity from this update",
    # game chat's praise
    "the insanity of faker is unreal",
    "the insanity of that flash is insane",
    "the nerve of this dude, love it",
    # the writer's own
    "my ignorance showed, sorry",
    "sorry for my stupidity earlier",
    # quoted, reported, asked, stories
    '"the nerve of this guy" is my favourite meme',
    "he said her lies never stop",
    "in the film his lies never stop",
    "is this the nerve of that guy?",
    # the vice going on into more words, and virtues
    "showing his ignorance of the offside rule",
    "his lies were exposed in court",
    "his patience never ends",
    "such kindness from that man",
    "fuck yeah what a game",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid47_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid47_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_olid47_aims_at_the_person(scorer: Scorer) -> None:
    assert scorer.score("such arrogance from that man").target is TargetKind.THIRD_PERSON


def test_olid46_scorn_still_flags_a_praised_vice(scorer: Scorer) -> None:
    assert scorer.score("his insanity is disgusting").hostile


def test_olid46_keeps_a_pointed_persons_insanity(scorer: Scorer) -> None:
    assert scorer.score("the insanity of this governor is next level").hostile
