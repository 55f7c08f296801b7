"""Shapes of the insults22 round (targeting_insults22, insults22_words, its lexicon lines,
the matcher's spaced run read with its tail), at default settings: a container name-call
run together or in CamelCase ("you are a PieceOfShit"), letters spaced out before the
rest of a name-call ("no you f u c k head"), "ass" name-calls spelled "azz", rarer
name-calls for the reader ("you boob", "turd breath") and praise opening a sentence that
a mock title closes after a comma ("excellent command of the english language, genius")
are aimed; the same words unaimed, self-directed, sincere, asked, quoted or reported stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a container name-call run together
    "you are a PieceOfShit",
    "you are such a sackofshit",
    "shut up you pieceofcrap",
    "you sonofabitch",
    "you are a wasteofspace",
    # letters spaced out before the rest of a name-call
    "no you f u c k head",
    "shut up you s h i t head",
    "you d u m b ass",
    # "azz" name-calls
    "you azz hat",
    "you are an azz",
    "what an azzclown you are",
    # rarer name-calls for the reader
    "quit it, you boob",
    "lick it clean, turd-breath",
    "go away turdbreath",
    # praise opening the sentence, a mock title closing it after a comma
    "excellent command of the english language, genius",
    "wonderful spelling, einstein",
    "wow, superb research there, sherlock",
    "impressive reading comprehension, genius lol",
)

CLEAN = (
    # the same words unaimed or kind
    "a piece of cake",
    "what a pieceofcake",
    "f u c k yeah we won",
    "s h i t happens",
    "the azz hat store",
    "what a boob job that was",
    "turd breath is my band",
    # self-directed
    "i'm such a boob",
    # sincere praise, a title claimed or describing
    "excellent command of english!",
    "excellent command of the english language, well done",
    "she is a genius",
    "excellent work, genius move",
    # asked, reported, quoted
    "excellent work, genius?",
    "he said excellent work, genius",
    'she wrote "wonderful spelling, einstein" under my post',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_insults22_mock_title_is_at_the_reader(scorer: Scorer) -> None:
    verdict = scorer.score("excellent command of the english language, genius")
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_insults22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
