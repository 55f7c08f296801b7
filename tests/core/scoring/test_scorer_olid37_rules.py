"""Shapes of the olid37 round (targeting_olid37, olid37_words), at default settings: one
person put down in an exclamation with the person after the put-down ("what a sore loser
she is", "what a fraud that man is") or shown up by their own doing ("he proved himself a
total fraud", "she keeps making a fool of herself") is aimed; the same words of praise, of
a thing, of the writer, asked, denied, quoted or reported stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the exclamation, the person after the put-down
    "what an idiot he is",
    "what a sore loser she is lol",
    "what a fraud that man is",
    "what a lying snake this guy is",
    "what a joke of a senator he is",
    "what a coward hes",
    "the debate showed what a liar she is.",
    "@USER wow, what a hypocrite he is",
    # shown up by their own doing
    "she has shown herself to be a spoilt narcissist",
    "he proved himself a total fraud",
    "he exposed himself as a liar",
    "she showed herself up as a hypocrite",
    "trump keeps making a fool of himself",
    "she made a complete fool of herself on tv",
)

CLEAN = (
    # praise, a thing, the writer
    "what a legend he is",
    "what a beautiful person she is",
    "what a joke this season is",
    "what a mess that game was",
    "what an idiot i am lol",
    "what a fool i was",
    # a definition, a question, a clause that goes on, quoted
    "do you know what a liar is?",
    "i looked up what a narcissist is",
    "is that what a fraud he is?",
    'he said "what a liar she is" as a joke',
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


def test_olid37_exclamation_is_said_of_a_person(scorer: Scorer) -> None:
    assert scorer.score("what a fraud that man is").target is TargetKind.THIRD_PERSON
