"""Shapes of the threats12 round (targeting_threats12, threats12_words), at default
settings: the writer's blow at the reader promised under a condition of being together
("if u were here rn id punch u", "if i was there id smack you", "se fossi qui ti
prenderei a pugni") is aimed at the reader; a friendly act, a blow at a thing or at
someone else, the reader as the doer, a blow going on into a game, game talk, reports,
quotes, questions and the round's lines alone stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # being together as a condition, then the writer's blow at the reader
    "if you were here now i'd punch u",
    "if u were here id slap you",
    "if i was right there id smack u so hard",
    "if we were in the same place id knock you out",
    "if you were in front of me rn i would punch ya",
    "if i was next to u i swear id punch you",
    "if u were here id knock ur teeth in",
    # Italian: the reader's clitic before the blow
    "se fossi qui ti darei uno schiaffo",
    "se eri qua ti spaccavo la faccia",
    "se fossi davanti a me ti prenderei a pugni",
    "se fossimo vicini ti davo un pugno",
)

CLEAN = (
    # no blow, or a blow at a thing or at someone else
    "if you were here id give u a hug",
    "if i was there id punch a hole in the wall",
    "if u were here id slap the desk laughing",
    "if i was there i'd punch him for you",
    # the reader as the doer
    "if you were here you'd punch me",
    # the blow going on, game talk
    "if u were here id beat u at smash",
    "if you were here id punch you in the ranked match",
    # no condition of being together: the round's lines alone
    "id punch you",
    "i want to punch you",
    "did she punch you?",
    "ti darei un pugno di riso",
    "se fossi qui ti darei una mano",
    # reports, quotes, questions, jokes
    "he said if i was there he'd punch you",
    "mi ha detto se fossi qui ti darei un pugno",
    '"if u were here id punch u" is a wild thing to text someone',
    "if you were here would you punch me?",
    "if u were here id punch u jk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats12_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats12_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("if u were here id slap you").target is TargetKind.SECOND_PERSON
    assert scorer.score("se fossi qui ti darei uno schiaffo").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats12_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
