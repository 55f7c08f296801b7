"""Shapes of the forum31 round (targeting_forum31, forum31_words), at default settings:
a faculty of the thread's people or the reader judged through a possessive, possession of
a brain, sense, a clue or a life denied, a send-off said of them, no clue how things work,
and a light name-call of them lifted to the floor are aimed; ideas, things, the writer,
news not known yet, other meanings, denials, questions and reported speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a faculty judged through a possessive
    "op's brain is clearly empty",
    "the author's reading comprehension is nonexistent",
    "your common sense is clearly zero",
    "this dude's brain is obviously smooth",
    "your brain seems to be broken",
    "the author's logic is brain dead",
    "op's brain cells are clearly dead lol",
    # possession denied, a clue lacked
    "op clearly doesn't have a clue",
    "the mods obviously don't have a life",
    "this guy doesn't have any common sense",
    "op obviously does not have a single brain cell",
    "whoever wrote this doesn't have a clue",
    "you clearly don't have a brain",
    "this guy obviously lacks a clue",
    # a send-off said of the thread's people
    "op really needs to get a life",
    "the mods need to get a life outside reddit lol",
    "this guy seriously needs to grow up",
    "people in this sub really need to touch grass",
    "the author should touch grass",
    # no clue of a clause of knowing
    "op really has no clue how this works",
    "the author's reading comprehension is clearly zero",
    "the mods have no clue what they're doing",
    # a light name-call lifted to the floor
    "the author obviously is a hack",
    "op is clearly a hack",
)

CLEAN = (
    # ideas, things
    "op's argument is clearly flawed",
    "the tank is clearly empty",
    "op's inbox is clearly empty",
    "op's brain is clearly working overtime today",
    "the brain is an organ",
    "your logic is sound",
    # the writer
    "my brain is empty today lol",
    "i clearly don't have a clue about cars",
    "i really need to get a life lol",
    "i have no clue how this works",
    "i have no idea what i'm doing lol",
    # news not known yet, other meanings
    "op doesn't have a clue yet, the patch isn't out",
    "op clearly doesn't have a car",
    "op needs to get a life jacket before the trip",
    "the kids need to grow up fast in that town",
    "you have no idea how happy this makes me",
    "op has no idea how much we appreciate him",
    "the detective has no clue who the killer is",
    "this life hack is clearly genius",
    # denials, questions, reported speech
    "is op's brain empty?",
    "does op not have a clue?",
    "my friend said op needs to get a life",
    "op's brain isn't empty, he's just tired",
    "op clearly isn't a hack",
    "the mods don't need to get a life, they're volunteers",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum31_targets(scorer: Scorer) -> None:
    assert scorer.score("op's brain is clearly empty").target is TargetKind.THIRD_PERSON
    assert scorer.score("the mods obviously don't have a life").target is TargetKind.GROUP
    assert scorer.score("your brain seems to be broken").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_forum31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
