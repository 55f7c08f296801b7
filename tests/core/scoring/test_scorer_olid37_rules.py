"""Shapes of the olid37 round (targeting_olid37, olid37_words), at default settings: one
person shown up by their own doing ("he proved himself a total fraud", "she keeps making
a fool of herself") is aimed; the same words of praise, of the writer, of a thing, asked,
denied or reported stay clean. "what a loser he is" stays as the older rounds keep it
(test_scorer_precision, test_scorer_forum25_rules)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # shown up by their own doing
    "she has shown herself to be a spoilt narcissist",
    "he proved himself a total fraud",
    "he exposed himself as a liar",
    "she showed herself up as a hypocrite",
    "trump keeps making a fool of himself",
    "she made a complete fool of herself on tv",
)

CLEAN = (
    # shown up: praise, the writer, a denial, a condition, a report, a question
    "she has shown herself to be a great leader",
    "i made a fool of myself lol",
    "we made fools of ourselves at karaoke",
    "she showed herself to be no fool",
    "he hasn't shown himself to be a liar",
    "if he exposed himself as a liar he would resign",
    "they say he proved himself a fraud but i disagree",
    "has she shown herself to be a fraud?",
    "he is making a fool of the defense",
    "he exposed the scam as a fraud",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid37_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid37_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_olid37_shown_up_is_said_of_a_person(scorer: Scorer) -> None:
    assert scorer.score("he proved himself a total fraud").target is TargetKind.THIRD_PERSON
