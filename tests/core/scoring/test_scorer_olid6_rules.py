"""The olid6 round's rules (issue 8, ninth session: targeting_olid6.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a thing, a question, a denial, a report, a condition,
laughter, a clause that goes on, part of a group). The rules read English only; Italian
lines check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a faint name-call noun with its article, said of the reader or one person
    ("@USER Warren is a complete fraud", TargetKind.THIRD_PERSON),
    ("@USER this senator is a disgrace to the state", TargetKind.THIRD_PERSON),
    ("@USER she is an embarrassment to her family", TargetKind.THIRD_PERSON),
    ("@USER he's just a tool", TargetKind.THIRD_PERSON),
    ("@USER you are a sorry excuse for a senator", TargetKind.SECOND_PERSON),
    ("@USER he is a poor excuse for a father", TargetKind.THIRD_PERSON),
    ("@USER you're such a fraud", TargetKind.SECOND_PERSON),
    # what the reader is told they are, with no classic insult word
    ("@USER you are the problem with this city", TargetKind.SECOND_PERSON),
    ("@USER you're part of the problem", TargetKind.SECOND_PERSON),
    ("@USER you are incapable of honesty", TargetKind.SECOND_PERSON),
    # a political group said to be sick, insane, out of control, terrorists
    ("@USER republicans are insane", TargetKind.GROUP),
    ("@USER the GOP is out of control", TargetKind.GROUP),
    ("@USER leftists are sick people", TargetKind.GROUP),
    ("@USER antifa is a domestic terrorist group", TargetKind.GROUP),
    ("@USER these liberals are nuts", TargetKind.GROUP),
    ("@USER democrats are the enemy of the people", TargetKind.GROUP),
)

CLEAN: tuple[str, ...] = (
    # called: a thing, a question, a denial, a report, a noun that goes on
    "@USER the hammer is a tool", "@USER the fraud unit is a tool for justice",
    "@USER is he a fraud?", "@USER he is not a fraud", "@USER my lawyer said he was a fraud",
    "@USER he is a fraud investigator", "@USER that's a poor excuse for missing class",
    "@USER she reported a fraud to the bank",
    # told: a noun that goes on, good at something, a condition, laughter, a question
    "@USER you are the problem solver we needed", "@USER you're crazy good at this",
    "@USER if you are the problem, say so", "@USER you are the problem lol jk",
    "@USER do you think you are the problem?", "@USER you are sick of it, I get it",
    # game chat's praise: "you're insane", "ur sick", "these guys are nuts"
    "dude you're insane", "ur sick at this game", "you're crazy good",
    "these guys are nuts, what a team",
    # group: part of a group, denied, a thing, one's own kids, tired of something
    "@USER some democrats are sick of it", "@USER not all liberals are insane",
    "@USER gas prices are insane", "@USER my kids are sick",
    "@USER conservatives are sick of taxes", "@USER the traffic is out of control",
    # Italian chat the English words must not reach
    "@USER sei un genio", "@USER i prezzi sono pazzeschi", "@USER è un attrezzo utile",
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


def test_said_of_never_outweighs_said_to_the_reader(scorer: Scorer) -> None:
    """A name-call said of someone weighs less than said to the reader."""
    assert scorer.score("@USER he is a fraud").score < scorer.score("@USER you are a fraud").score


def test_a_server_can_allow_the_phrases() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"a fraud", "are insane"})))
    assert not allowed.score("@USER he is a fraud").hostile
    assert not allowed.score("@USER liberals are insane").hostile
