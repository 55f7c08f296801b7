"""What a hold-back experiment shows so far: each outcome in both groups, and the difference.

Pure: aggregate counts in (as the experiment store returns them), a comparison out.
A comparison is given only once there is enough data to say something honest:
at least `MIN_MEMBERS` members in each group, and at least `MIN_EVENTS` members
with the outcome and as many without it, both groups together. Before that the
result is "not enough data yet", never a rate on a handful of people.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.core.moderation.holdout import Arm
from bot.core.stats.proportions import Interval, difference, wilson

MIN_MEMBERS = 30
MIN_EVENTS = 10


class Outcome(StrEnum):
    FLAGGED_AGAIN = "flagged_again"
    """Flagged again within 7 days of the first would-be nudge (lower is better)."""
    CHANGED = "changed"
    """The flagged message edited or deleted within 10 minutes (higher is better)."""


@dataclass(frozen=True, slots=True)
class ArmCounts:
    """One group's aggregates; `closed` members finished their 7-day week, `watched` their
    10-minute window (the rest are still being followed)."""

    members: int = 0
    closed: int = 0
    again: int = 0
    watched: int = 0
    changed: int = 0

    def __add__(self, other: ArmCounts) -> ArmCounts:
        return ArmCounts(
            self.members + other.members,
            self.closed + other.closed,
            self.again + other.again,
            self.watched + other.watched,
            self.changed + other.changed,
        )

    def of(self, outcome: Outcome) -> tuple[int, int]:
        """(members with the outcome, members it is known for)."""
        if outcome is Outcome.FLAGGED_AGAIN:
            return self.again, self.closed
        return self.changed, self.watched


@dataclass(frozen=True, slots=True)
class Comparison:
    """One outcome: the rate in each group, and nudged minus held back with its 95% interval.

    `difference` is None while there is not enough data."""

    outcome: Outcome
    nudged: tuple[int, int]
    held_back: tuple[int, int]
    nudged_rate: Interval | None
    held_back_rate: Interval | None
    difference: Interval | None

    @property
    def ready(self) -> bool:
        return self.difference is not None

    @property
    def nudges_help(self) -> bool | None:
        """True/False once the interval excludes zero in the good/bad direction; else None."""
        if self.difference is None or not self.difference.excludes_zero:
            return None
        lower_is_better = self.outcome is Outcome.FLAGGED_AGAIN
        return (self.difference.high < 0) if lower_is_better else (self.difference.low > 0)


@dataclass(frozen=True, slots=True)
class ExperimentResult:
    """Both outcomes, and how many members each group holds so far."""

    arms: Mapping[Arm, ArmCounts]
    flagged_again: Comparison
    changed: Comparison

    @property
    def comparisons(self) -> tuple[Comparison, ...]:
        return (self.flagged_again, self.changed)

    @property
    def ready(self) -> bool:
        """True once at least one outcome can be compared."""
        return any(c.ready for c in self.comparisons)


def enough(nudged: tuple[int, int], held_back: tuple[int, int]) -> bool:
    """The rule for "we can tell": enough members per group, enough of both answers."""
    (events_a, total_a), (events_b, total_b) = nudged, held_back
    events = events_a + events_b
    non_events = total_a + total_b - events
    return min(total_a, total_b) >= MIN_MEMBERS and min(events, non_events) >= MIN_EVENTS


def compare(outcome: Outcome, nudged: ArmCounts, held_back: ArmCounts) -> Comparison:
    """One outcome compared; rates are shown once a group has anyone, the difference
    only when `enough` holds."""
    a, b = nudged.of(outcome), held_back.of(outcome)
    ready = enough(a, b)
    return Comparison(
        outcome=outcome,
        nudged=a,
        held_back=b,
        nudged_rate=wilson(*a) if a[1] else None,
        held_back_rate=wilson(*b) if b[1] else None,
        difference=difference(*a, *b) if ready else None,
    )


def experiment_result(arms: Mapping[Arm, ArmCounts]) -> ExperimentResult:
    """The comparison of both outcomes from each group's aggregates."""
    nudged = arms.get(Arm.NUDGED, ArmCounts())
    held_back = arms.get(Arm.HELD_BACK, ArmCounts())
    return ExperimentResult(
        arms={Arm.NUDGED: nudged, Arm.HELD_BACK: held_back},
        flagged_again=compare(Outcome.FLAGGED_AGAIN, nudged, held_back),
        changed=compare(Outcome.CHANGED, nudged, held_back),
    )
