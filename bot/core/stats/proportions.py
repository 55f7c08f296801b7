"""Confidence intervals for rates and for the difference of two rates.

Pure maths. Wilson's score interval for one proportion, and Newcombe's hybrid score
interval (his method 10, Statistics in Medicine 1998) for a difference of two
independent proportions: it stays inside [-1, 1], behaves near 0% and 100%, and
covers close to its nominal 95% even with small groups, where the textbook Wald
interval does not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959963984540054
"""The standard normal quantile for a two-sided 95% interval."""


@dataclass(frozen=True, slots=True)
class Interval:
    """An estimate with its lower and upper bound."""

    estimate: float
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    @property
    def excludes_zero(self) -> bool:
        return not self.contains(0.0)


def wilson(events: int, total: int, z: float = Z_95) -> Interval:
    """Wilson's score interval for `events` out of `total`."""
    _check(events, total)
    p = events / total
    z2 = z * z
    denominator = 1 + z2 / total
    centre = (p + z2 / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / denominator
    # at 0 or `total` events one bound is exactly 0 or 1; rounding must not move it
    low = 0.0 if events == 0 else max(0.0, centre - half)
    high = 1.0 if events == total else min(1.0, centre + half)
    return Interval(p, low, high)


def difference(
    events_a: int, total_a: int, events_b: int, total_b: int, z: float = Z_95
) -> Interval:
    """The rate of group a minus the rate of group b, with Newcombe's hybrid score interval."""
    a = wilson(events_a, total_a, z)
    b = wilson(events_b, total_b, z)
    estimate = a.estimate - b.estimate
    low = estimate - math.hypot(a.estimate - a.low, b.high - b.estimate)
    high = estimate + math.hypot(a.high - a.estimate, b.estimate - b.low)
    return Interval(estimate, max(-1.0, low), min(1.0, high))


def _check(events: int, total: int) -> None:
    if total <= 0:
        raise ValueError("a rate needs at least one member")
    if not 0 <= events <= total:
        raise ValueError("events must be between 0 and the total")
