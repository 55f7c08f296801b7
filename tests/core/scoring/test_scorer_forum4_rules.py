"""The forum4 rules (issue 8, targeting_forum4.py and the "forum4" lexicon lines) as their
specification: each shape with fresh lines (written after its rule, never tuned on) and
the clean near-misses beside it (a negated or reported claim, the writer's own, no one
named, praise, a thing). English only: the shapes are Reddit's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a plural people subject summed up; a place full of them
    ("landlords are vultures, every one of them", TargetKind.GROUP),
    ("crypto bros are a bunch of leeches", TargetKind.GROUP),
    ("those tourists are absolute vermin", TargetKind.GROUP),
    ("this forum is full of lowlifes and trolls", TargetKind.GROUP),
    ("homeless people are human trash", TargetKind.GROUP),
    # a said-of idiom, aimed by the clause's subject
    ("he has the attention span of a toddler", TargetKind.THIRD_PERSON),
    ("you have the emotional maturity of a twelve year old", TargetKind.SECOND_PERSON),
    ("my landlord has two brain cells", TargetKind.THIRD_PERSON),
    ("OP has zero self awareness", TargetKind.THIRD_PERSON),
    ("your boss is compensating for something", TargetKind.THIRD_PERSON),
    # a basic skill sneered away with "even"
    ("the average voter can't even read a ballot", TargetKind.THIRD_PERSON),
    ("you can't even spell your own username", TargetKind.SECOND_PERSON),
    ("tiktokers can't even form a sentence", TargetKind.GROUP),
    ("my coworker can't even count to ten", TargetKind.THIRD_PERSON),
    ("he can't even tie his shoes lol", TargetKind.THIRD_PERSON),
    # sneering questions (lexicon lines)
    ("lol do you even have a job", TargetKind.SECOND_PERSON),
    ("did you even finish high school bro", TargetKind.SECOND_PERSON),
    ("were you dropped on your head or something?", TargetKind.SECOND_PERSON),
    ("does anyone even like you?", TargetKind.SECOND_PERSON),
    ("who let you on the internet lmao", TargetKind.SECOND_PERSON),
    # "imagine being this", "the absolute state of"
    ("imagine being this salty over a game", TargetKind.SECOND_PERSON),
    ("the absolute state of OP", TargetKind.SECOND_PERSON),
    ("the absolute state of this guy", TargetKind.THIRD_PERSON),
    # a group blamed
    ("men like him are the reason I stopped dating", TargetKind.GROUP),
    ("people like you are why this site sucks", TargetKind.GROUP),
)
CLEAN: tuple[str, ...] = (
    "not all landlords are vultures",
    "these apps are leeches on battery life",
    "stop saying tourists are vermin",
    "Sometimes we Americans are leeches on the world, honestly",
    "I have the attention span of a toddler today",
    "my cat has the personality of a potato",
    "the brain of a crow is surprisingly large",
    "I'm compensating for something, clearly",
    "I can't even read my own handwriting",
    "can't even think straight after that movie",
    "my grandma can't even read without glasses",
    "we can't even count how many times it flooded",
    "do you have a job interview tomorrow?",
    "have you ever been to Lisbon?",
    "who hurt your dog?",
    "imagine being this happy on a monday",
    "the absolute state of this economy",
    "saying women like her are the problem is wrong",
    "go creeps, push mid",
    "honestly this country is racist, it needs to change",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
