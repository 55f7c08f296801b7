"""The OLID round's rules (issue 8, seventh session: targeting_olid4.py) as their
specification: each shape with fresh lines, English and Italian where the rule reads
Italian, and the clean near-misses beside it (a thing judged, a likeness, a denial,
reported speech, a curse at a thing, a group named without a judgement)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Severity, TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a name-call said outright of a person counts at least at the floor
    ("@USER he is a troll", TargetKind.THIRD_PERSON),
    ("@USER she is unhinged", TargetKind.THIRD_PERSON),
    ("@USER she is a crook", TargetKind.THIRD_PERSON),
    ("@USER he is a troll, always was", TargetKind.THIRD_PERSON),
    ("@USER he is a scummy human being", TargetKind.THIRD_PERSON),
    ("@USER she has no shame", TargetKind.THIRD_PERSON),
    ("he is a troll and everyone knows it", TargetKind.THIRD_PERSON),
    # a name-call heading a noun phrase a relative clause or an exclamation gives a person
    ("@USER and this from the clown that should be in prison?", TargetKind.THIRD_PERSON),
    ("@USER the moron who wrote this article should be fired", TargetKind.THIRD_PERSON),
    ("@USER the hypocrite who lectures us on ethics", TargetKind.THIRD_PERSON),
    ("@USER what a clown this governor is", TargetKind.THIRD_PERSON),
    ("@USER what a loser he is", TargetKind.THIRD_PERSON),
    # a judging word said of a political group, as its subject or its noun
    ("@USER liberals are so clueless", TargetKind.GROUP),
    ("@USER silly unhinged liberals", TargetKind.GROUP),
    ("@USER democrats have no shame", TargetKind.GROUP),
    ("@USER liberals are kinda the worst", TargetKind.GROUP),
    ("@USER all these maga morons", TargetKind.GROUP),
    ("@USER i leghisti sono proprio incapaci", TargetKind.GROUP),
    # words the hate probes read only of an identity group, said of a political one
    ("@USER these democrats are all crooks", TargetKind.GROUP),
    ("@USER the far right are lunatics", TargetKind.GROUP),
    ("@USER liberals are frauds", TargetKind.GROUP),
    # a curse verb opening its clause with a person as its object
    ("@USER fuck him", TargetKind.THIRD_PERSON),
    ("@USER fuck em", TargetKind.THIRD_PERSON),
    ("@USER screw her", TargetKind.THIRD_PERSON),
    ("@USER fuck this guy", TargetKind.THIRD_PERSON),
    ("@USER and fuck them", TargetKind.THIRD_PERSON),
)

CLEAN: tuple[str, ...] = (
    # a thing judged, a likeness, a denial, a question, reported speech
    "@USER the plan is a joke", "@USER this policy is stupid", "@USER he looks like a joke",
    "@USER he is not a troll", "@USER I don't think she is a troll",
    "@USER is she a troll? the fact check says no", "@USER he called her a troll on tv",
    "@USER he is a troll of the old internet kind",
    # a name-call of a thing, or with no person in its clause
    "@USER the joke that everyone told at the rally", "@USER what a joke of a movie",
    "@USER the clown costume that my kid wore", "@USER what a mess this is",
    # a group named with no judgement, its feelings, what some did
    "@USER liberals and conservatives both want safer schools",
    "@USER conservatives are meeting in dallas", "@USER liberals are sick of the ads",
    "@USER liberals hate the new bill", "@USER the left lane is closed",
    "@USER violent protesters were arrested", "@USER liberals are not idiots",
    "@USER i leghisti hanno votato contro", "@USER democrats and crooks",
    "@USER the far right lane is closed", "@USER so corrupt",
    # a curse at a thing, at nobody, or not opening its clause
    "@USER fuck it", "@USER fuck this weather", "@USER fuck yeah we won",
    "@USER oh fuck, I forgot to vote", "@USER they fuck him over every time",
    "@USER screw this traffic",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_political_groups_are_low_severity(scorer: Scorer) -> None:
    """A political group is no identity group: hostile, at the lowest severity."""
    verdict = scorer.score("@USER liberals are so clueless")
    assert verdict.severity is Severity.LOW
    assert "political group" in verdict.explanation


def test_the_floor_stays_below_a_raised_threshold() -> None:
    """The floor is the default threshold: a server that asks for more leaves a faint
    name-call said of someone else alone, and still flags a strong one."""
    strict = Scorer(ScorerConfig(threshold=0.6))
    assert not strict.score("@USER she is a troll").hostile
    assert strict.score("@USER she is a moron").hostile


@pytest.mark.parametrize(
    ("said_of", "direct"),
    [
        ("@USER he is a troll", "@USER you are a troll"),
        ("@USER she is unhinged", "@USER you are unhinged"),
        ("@USER he is a liar", "@USER you are a liar"),
    ],
)
def test_said_of_never_outweighs_said_to_the_reader(
    scorer: Scorer, said_of: str, direct: str
) -> None:
    """Lifted to the floor, a name-call said of someone still weighs no more than the
    same call said to the reader; a word too faint to flag said to the reader ("you're a
    shill") does not flag said of someone else. (olid6 lifts "a fraud" with its article,
    "she is a fraud", so the faint word here is "shill".)"""
    assert scorer.score(said_of).score <= scorer.score(direct).score
    assert not scorer.score("@USER she is a shill").hostile


def test_a_server_can_allow_the_word() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"troll"})))
    assert not allowed.score("@USER he is a troll").hostile
