"""Shapes of the olid42 round (targeting_olid42, olid42_words), at default settings:
"lying" said before the person or group it calls a liar, after a pointer or opening its
sentence ("the lying media", "a corrupt lying senator", "lying democrats again", "your
lying mouth") is aimed at them; lying down, around or somewhere, the act, the writer's
own, reported namings, questions, quotes and denials stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a pointer, maybe judging words, a person's or a group's noun
    "the lying media will spin this too",
    "that lying senator voted no again",
    "a crooked lying mayor runs this town",
    "another lying reporter on the evening news",
    "these lying dems want another delay",
    "their lying governor cut the budget",
    "the lying fake news media buried the story",
    # opening its sentence
    "lying liberals again, nothing new",
    "@USER lying politicians, every last one",
    # at the reader
    "shut your lying mouth already",
    "you and your lying cronies lost",
    # a part or a heap
    "his lying ass needs to resign",
    "she is a lying sack of crap",
)

CLEAN = (
    # lying down, around, somewhere
    "there is cash lying around in the car",
    "the dog was lying by the door all morning",
    "i spent sunday lying in bed",
    "a reporter lying on the ground after the blast",
    "the lying down stretch is my favourite",
    "found him lying face down in the yard",
    "that lying position hurts my neck",
    # the act
    "lying is wrong, full stop",
    "the lying game was a good tv show",
    # the writer's own, a saying
    "my lying eyes again lol",
    "im such a lying piece of crap lol",
    "a lying man tells no tales",
    # a naming reported, questions, quotes and denials
    "she called him a lying senator on air",
    "stop calling reporters the lying media",
    "is he a lying politician or just wrong?",
    "who are the lying politicians in this thread?",
    '"the lying press" is his favourite phrase',
    "he is not a lying politician, he made an error",
    "no lying politician got elected here",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid42_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid42_aims_at_whom_it_calls(scorer: Scorer) -> None:
    assert scorer.score("the lying media will spin this too").target is TargetKind.GROUP
    assert scorer.score("that lying senator voted no again").target is TargetKind.THIRD_PERSON
    assert scorer.score("shut your lying mouth already").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid42_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
