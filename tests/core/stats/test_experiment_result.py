"""The experiment's comparison: when it can tell, and which way the difference points."""

from __future__ import annotations

import pytest

from bot.core.moderation.holdout import Arm
from bot.core.stats.experiment_result import (
    MIN_EVENTS,
    MIN_MEMBERS,
    ArmCounts,
    Outcome,
    compare,
    enough,
    experiment_result,
)


def arm(closed: int, again: int, watched: int = 0, changed: int = 0) -> ArmCounts:
    return ArmCounts(
        members=max(closed, watched), closed=closed, again=again, watched=watched, changed=changed
    )


@pytest.mark.parametrize(
    ("nudged", "held_back", "ready"),
    [
        ((20, 100), (9, MIN_MEMBERS), True),
        ((20, 100), (9, MIN_MEMBERS - 1), False),  # too few held back
        ((3, 100), (2, 40), False),  # too few events
        ((97, 100), (38, 40), False),  # too few non-events
        ((5, 100), (5, 40), True),  # exactly MIN_EVENTS events
    ],
)
def test_the_rule_for_enough_data(
    nudged: tuple[int, int], held_back: tuple[int, int], ready: bool
) -> None:
    assert enough(nudged, held_back) is ready
    assert MIN_EVENTS == 10


def test_no_interval_until_enough_data_but_rates_as_soon_as_there_are_members() -> None:
    c = compare(Outcome.FLAGGED_AGAIN, arm(50, 10), arm(5, 2))
    assert not c.ready and c.difference is None and c.nudges_help is None
    assert c.nudged_rate is not None and c.nudged_rate.estimate == pytest.approx(0.2)
    empty = compare(Outcome.CHANGED, arm(50, 10), arm(5, 2))
    assert empty.nudged_rate is None and empty.held_back_rate is None


def test_direction_depends_on_the_outcome() -> None:
    fewer_repeats = compare(Outcome.FLAGGED_AGAIN, arm(2000, 400), arm(500, 150))
    assert fewer_repeats.difference is not None
    assert fewer_repeats.difference.estimate == pytest.approx(0.2 - 0.3)
    assert fewer_repeats.nudges_help is True
    more_repeats = compare(Outcome.FLAGGED_AGAIN, arm(500, 150), arm(2000, 400))
    assert more_repeats.nudges_help is False
    more_edits = compare(Outcome.CHANGED, arm(0, 0, 2000, 400), arm(0, 0, 500, 50))
    assert more_edits.nudges_help is True
    unclear = compare(Outcome.FLAGGED_AGAIN, arm(100, 20), arm(40, 9))
    assert unclear.ready and unclear.nudges_help is None


def test_result_of_both_outcomes_with_missing_arms() -> None:
    result = experiment_result({Arm.NUDGED: arm(100, 20, 100, 30)})
    assert result.arms[Arm.HELD_BACK] == ArmCounts()
    assert not result.ready
    assert [c.outcome for c in result.comparisons] == [Outcome.FLAGGED_AGAIN, Outcome.CHANGED]
    ready = experiment_result({Arm.NUDGED: arm(100, 20, 100, 30), Arm.HELD_BACK: arm(30, 9)})
    assert ready.ready and ready.flagged_again.ready and not ready.changed.ready


def test_arm_counts_add_up() -> None:
    assert ArmCounts(1, 2, 3, 4, 5) + ArmCounts(10, 20, 30, 40, 50) == ArmCounts(11, 22, 33, 44, 55)
