"""A demonstrative after an exclamation is the sentence's subject, not an intensifier
(PersonRules._person): "damn that sucks" commiserates about a thing, and was read as a
name-call at the reader because "that" was skipped as in "are you really that stupid?".
The first five clean lines were written before the fix, the rest after it and never
tuned on; six of the ten fail without it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    "damn that sucks",
    "fuck that sucks",
    "shit that sucks",
    "damn that sucked",
    "oh damn that sucks",
    # after the fix
    "damn this sucks",
    "fuck this sucks so much",
    "shit that sucked, sorry man",
    "oh shit that sucks",
    "ugh damn that sucks",
)

HOSTILE = (
    "are you really that stupid?",
    "damn you are that stupid",
    "damn that guy sucks",
    "fuck that idiot",
    "damn u suck",
    # after the fix
    "damn you suck so much",
    "shit you are that dumb",
    "damn this loser sucks",
)


@pytest.mark.parametrize("text", CLEAN)
def test_a_thing_after_an_exclamation_is_commiserated_with(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", HOSTILE)
def test_the_reader_or_a_person_after_an_exclamation_stays_aimed(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text
