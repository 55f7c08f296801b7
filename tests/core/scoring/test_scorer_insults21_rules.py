"""Shapes of the insults21 round (targeting_insults21, insults21_words), at default
settings: the reader sent back to the nursery ("get back to your crib", "go back to
sucking your thumb", "run along little boy") and the reader's brains measured low ("it
makes you sound smarter than you are", "you're not as smart as you think", "you have an
iq of about 40", "your last brain cell", "you must have been dropped on your head", "you
have the reading skills of a toddler") are aimed; the same words about oneself, a child,
a plan, a high number or a kindness, asked, negated or quoted, stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # sent back to the nursery, an order
    "get back to your crib",
    "go crawl back into your playpen",
    "sgboy, get back to your cot, your parents are calling",
    "back to your sandbox, toddler",
    "just go back in your crib",
    "why dont you head back to ur crib",
    "go back to sucking your thumb",
    "GO BACK TO SUCKING YOUR MOTHERS TEAT",
    "run along little boy",
    "run along now, sonny",
    "ok run along",
    "quit acting tough from your mommy's basement",
    # brains measured low
    "it makes you sound smarter than you really are",
    "you think you're smarter than you are",
    "you're not as smart as you think",
    "you aren't half as clever as you think you are",
    "you are nowhere near as funny as you think",
    "you have an iq of about 40",
    "you possess an iq of no higher than 20.",
    "your iq of 70 shows",
    "your last brain cell is lonely",
    "your only brain cell is fighting for its life",
    "you must have been dropped on your head as a baby",
    "your mother dropped you on your head",
    "you have the reading skills of a toddler",
    "you clearly have the maturity of a child",
)

CLEAN = (
    "the baby went back to her crib",
    "when you get back to your cot, text me",
    "did you get back in your crib ok?",
    "put the toy back in your crib",
    "the vacuum is back to sucking properly",
    "run along to the store for me, would you",
    "the kids ran along the beach",
    "i watched him run along the fence",
    "i finally moved out of my mom's basement",
    "you're smarter than you think you are",
    "you're smarter than you are given credit for",
    "i'm not as smart as you think",
    "you're not as old as you think you are",
    "it's not as hard as you think",
    "you have an iq of 140",
    "the iq of the average voter is 100",
    "my last brain cell is on strike today",
    "if you get dropped on your head, see a doctor",
    "you weren't dropped on your head, you're fine",
    "you have the heart of a child",
    "you have the energy of a toddler",
    "i have the attention span of a toddler",
    '"run along little boy" is a line from the film',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_insults21_nursery_is_an_order(scorer: Scorer) -> None:
    assert scorer.score("get back to your crib").target is TargetKind.IMPERATIVE


def test_insults21_brains_are_the_readers(scorer: Scorer) -> None:
    assert scorer.score("you have an iq of about 40").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_insults21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
