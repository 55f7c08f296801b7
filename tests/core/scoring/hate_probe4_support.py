"""Shared helpers of the fourth hate probe (issue 8, hateprobe4): run a case list, count.

Cases are (functionality, text). Hateful functionalities should be flagged; of the
non-hateful ones, HateCheck also counts abuse of non-protected targets (a person, a
profession) as non-hateful, but this bot flags abuse of people by design, so those two
classes are reported and never asserted clean. Friendly profanity must stay clean.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import pytest

from bot.core.scoring.scorer import Scorer

Case = tuple[str, str]
FRIENDLY = "friendly_prof"
# Abuse of people outside the protected groups: hostile to this bot, non-hateful to a suite.
NOT_PROTECTED = frozenset({"abuse_person", "abuse_nonprot"})


def flagged(scorer: Scorer, cases: Iterable[Case]) -> list[Case]:
    """The cases the scorer flags, at default settings."""
    return [case for case in cases if scorer.score(case[1]).hostile]


def missed(scorer: Scorer, cases: Iterable[Case]) -> list[Case]:
    """The cases the scorer leaves clean."""
    return [case for case in cases if not scorer.score(case[1]).hostile]


def controls(cases: Iterable[Case]) -> list[Case]:
    """The non-hateful cases a hate-speech suite and this bot agree must stay clean."""
    return [case for case in cases if case[0] not in NOT_PROTECTED]


def friendly(cases: Iterable[Case]) -> list[Case]:
    """The friendly-profanity cases ("fuck yeah", "cazzo che partita")."""
    return [case for case in cases if case[0] == FRIENDLY]


@dataclass(frozen=True)
class HateSuite:
    """One language's cases of a probe with the figures its round measured."""

    hateful: tuple[Case, ...]
    non_hateful: tuple[Case, ...]
    recall_floor: int  # measured; may only rise
    known_false_flags: frozenset[str]
    sizes: tuple[int, int]  # hateful, non-hateful: no case is dropped unnoticed


class HateSuiteChecks:
    """A suite's floor, its friendly profanity and its controls, written once: a module
    subclasses this and sets `SUITE`."""

    SUITE: ClassVar[HateSuite]

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "friendly_case" in metafunc.fixturenames:
            cases = friendly(self.SUITE.non_hateful)
            metafunc.parametrize("friendly_case", cases, ids=[text for _, text in cases])

    def test_sizes(self) -> None:
        assert (len(self.SUITE.hateful), len(self.SUITE.non_hateful)) == self.SUITE.sizes

    def test_recall_floor(self, scorer: Scorer) -> None:
        assert len(flagged(scorer, self.SUITE.hateful)) >= self.SUITE.recall_floor

    def test_friendly_profanity_stays_clean(self, scorer: Scorer, friendly_case: Case) -> None:
        assert not scorer.score(friendly_case[1]).hostile, friendly_case[0]

    def test_controls_flag_only_known_cases(self, scorer: Scorer) -> None:
        cases = controls(self.SUITE.non_hateful)
        assert {text for _, text in flagged(scorer, cases)} <= self.SUITE.known_false_flags


class KnownMissesChecks(HateSuiteChecks):
    """A studied suite also lists its misses, so any new one fails."""

    KNOWN_MISSES: ClassVar[frozenset[str]]

    def test_only_known_misses(self, scorer: Scorer) -> None:
        assert {text for _, text in missed(scorer, self.SUITE.hateful)} <= self.KNOWN_MISSES
