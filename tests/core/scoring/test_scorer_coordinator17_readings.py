"""Readings the coordinator of the seventeenth session added (issue 8), from a near-miss
set scored before reading the rounds' code and the rounds' own notes of what they left,
the lines written after the rule and checked once:

- a group sent away after a modal, the words closing their clause ("immigrants should go
  back", "gay people should leave the country"), read in hatecheck22's shape of a group
  told to keep out; going back to a place, being able or wanting to go, a person who is
  no group, a denial and counter-speech stay clean;
- exclusion wished on an identity group counts like a name-call said outright of it
  (weighing.py): "i wish jews would just go away" reaches the floor that "immigrants
  are clueless" does, while "go away" at a thing stays clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    "immigrants should go back",
    "muslims should all go back home",
    "gay people should leave the country",
    "refugees must leave our country",
    "jews should be kicked out",
    "trans people should be thrown out",
    "i think immigrants should just go back.",
    "i wish jews would just go away",
    "muslims should just go away",
)
CLEAN = (
    "the kids should go back to school",
    "refugees should go back home when the war ends",
    "refugees want to go back home",
    "muslims should be able to go back home",
    "we should go back",
    "i should leave the country for a while",
    "the players should be kicked out",
    "saying immigrants should go back is racist",
    "no, refugees should not be sent back",
    "i wanna go back home",
    "i wish my headache would just go away",
    "i wish the lag would go away",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
