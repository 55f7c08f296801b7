"""A name-call closing its clause right after "your <thing>" calls the reader
(targeting_person's `_owned_then_named`), whether or not the thing's word anchors a lexicon
phrase ("keyboard", "pants" do); a person after "your" is someone else."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# Each but the last two was read as said of a third person before the rule.
HOSTILE = (
    "pull up your keyboard creep",
    "pull up your pants creep",
    "keep your dick in your pants creep",
    "clean your room slob",
    "take your meds psycho",
    "wash your car idiot",
    "do your homework idiot",
    "fix your hair loser",
    "turn on your mic idiot",
)
# The owner's thing is a person, or the name-call does not close its clause.
THIRD_PERSON = ("i met your brother idiot",)
CLEAN = (
    "your keyboard creep is weird",
    "i tuoi amici sono simpatici",
    "clean your room",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_name_call_after_your_thing_is_said_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_name_call_after_your_person_names_them(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_no_closing_name_call_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
