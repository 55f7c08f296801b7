"""Shapes of the olid43 round (targeting_olid43, olid43_words), at default settings: a
person's mind or brain belittled by an adjective ("your tiny brain", "such a feeble mind
you have", "he is so small minded", "that small minded woman", "small minded liberals")
is aimed at its owner; the writer's own, animals, medicine, sayings, negations,
questions, reports and kind words stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader's
    "@USER your tiny brain can't handle the truth",
    "@USER ur pea brain won't get this",
    "@USER you have such a weak mind",
    "@USER you're so small minded",
    "@USER you small minded fool",
    "@USER such a feeble mind you have",
    "@USER keep using that puny brain of yours",
    "@USER you really have a small mind",
    # a third person's
    "@USER his tiny brain is fried",
    "@USER her weak mind believes anything",
    "@USER he has a pea brain",
    "@USER she is so small minded",
    "@USER what a small mind he has",
    "@USER that small minded man should resign",
    "@USER the senator has the feeble mind of a child",
    # a group's
    "@USER their tiny brains cannot cope",
    "@USER liberals have such small minds",
    "@USER small minded conservatives again",
    "@USER those feeble minded people",
)

CLEAN = (
    # the writer's own
    "my tiny brain can't do math today",
    "@USER i have such a small brain lol",
    "@USER we're so small minded before coffee",
    "sorry, my feeble mind forgot",
    # animals, medicine, sayings and advice
    "flies have tiny brains",
    "the stegosaurus had a small brain for its size",
    "a small brain tumor was removed",
    "the cerebellum is called the little brain",
    "small minds discuss people, great minds discuss ideas",
    "a weak mind is easy to manipulate",
    "don't listen to small minded critics",
    "@USER small brain moment on my part",
    # negations, questions, reports, counter-speech
    "@USER you don't have a tiny brain, it's hard",
    "@USER he is not small minded",
    "@USER am i being small minded?",
    "@USER does he have a pea brain?",
    "@USER she said he has a feeble mind, but she was wrong",
    "@USER calling people pea brains is rude",
    # kind words
    "@USER you have a brilliant mind",
    "@USER her big brain solved it",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid43_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid43_aims_at_the_owner(scorer: Scorer) -> None:
    assert scorer.score("@USER your tiny brain can't cope").target is TargetKind.SECOND_PERSON
    assert scorer.score("@USER his pea brain is fried").target is TargetKind.THIRD_PERSON
    assert scorer.score("@USER small minded liberals again").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_olid43_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
