"""Shapes of the gamechat55 round (targeting_gamechat55, gamechat55_words), at default
settings: a player in game chat put down as a child (the reader called a kid, a little
kid or a big baby outright, a player named by hero, role or pronoun called one, or the
reader waved off with "kid" closing the line) is aimed at the reader or the player; the
writer's own childhood, real children, generic you, denials, reports, questions, quotes
and gaming talk stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# An order beside the child ("stfu u little kid") may aim the line at the reader first.
AT_READER = (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)

HOSTILE_TO_READER = (
    # the reader called a child outright
    "ur a kid",
    "you're a kid lol",
    "u r such a little kid",
    "u r a fucking kid",
    "bro youre a kid",
    "you're such a big baby",
    "omg ur such a kid",
    # a vocative
    "u kid",
    "stfu u little kid",
    "shut up you little kid",
    # the reader waved off
    "bye kid",
    "calm down kid",
    "keep crying kid",
    "ggwp kid",
    "ok bye little kid",
    "rip kid lol",
    # the child alone the whole line
    "kid",
    "little kid lol",
)

HOSTILE_TO_PLAYER = (
    "our mid is a kid",
    "this pudge is such a kid",
    "their carry is a big baby",
    "he is a little kid",
    "he's a kid lol",
    "that jett is a kid",
    "the enemy support is such a kid",
    "this guy is a kid tbh",
)

CLEAN = (
    # reassurance after the call, and "kiddo" alone (the final review's lines)
    "he's a kid, go easy on him",
    "relax kid, you'll be fine",
    "our support is a kid, be patient with him",
    "kiddo",
    # the writer's own childhood, real children
    "i was a kid when this came out",
    "when i was a little kid i played this map",
    "my kid is crying brb",
    "my son is a little kid",
    "my sister is a big baby about spiders",
    "im a big baby when it comes to horror games",
    "i have a kid",
    "being a kid was great",
    # generic you, denials, reports
    "when ur a kid everything is fun",
    "he is not a kid",
    "you are just a kid",  # hatecheck17: reassurance as often
    "dont call him a kid",
    "he said ur a kid",
    "stop being such a baby about it",
    # questions and quotes
    "are you a kid?",
    "is he a kid?",
    "is this pudge a kid?",
    "he typed 'ur a kid' lol",
    # other words close to the shape
    "ur kid is cute",
    "u kidding?",
    "billy the kid",
    "karate kid is a good movie",
    "thanks kid",
    "kid, you did great",
    "kid?",
    "nice one kid",
    "the kid next door plays dota",
    "this hero is a kid favourite",
    # gaming talk
    "kill the tank first",
    "that guy is insane",
    "fucking nice shot",
    "our mid is a beast",
)


@pytest.mark.parametrize("text", HOSTILE_TO_READER)
def test_gamechat55_reader_called_a_child(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in AT_READER, text


@pytest.mark.parametrize("text", HOSTILE_TO_PLAYER)
def test_gamechat55_player_called_a_child(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat55_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
