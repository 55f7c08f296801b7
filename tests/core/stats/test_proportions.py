"""Wilson and Newcombe intervals against published values, and their coverage."""

from __future__ import annotations

import random

import pytest

from bot.core.stats.proportions import Z_95, Interval, difference, wilson


@pytest.mark.parametrize(
    ("events", "total", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),  # Newcombe 1998, Table I
        (10, 10, 0.7225, 1.0),
        (1, 29, 0.0061, 0.1718),
        (81, 263, 0.2553, 0.3662),  # the worked example of Newcombe (Stat Med 1998, 17:857)
        (15, 148, 0.0624, 0.1605),
    ],
)
def test_wilson_matches_published_values(events: int, total: int, low: float, high: float) -> None:
    interval = wilson(events, total)
    assert interval.estimate == pytest.approx(events / total)
    assert interval.low == pytest.approx(low, abs=5e-5)
    assert interval.high == pytest.approx(high, abs=5e-5)


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        # Newcombe, Statistics in Medicine 1998, 17:873-890, Table II, method 10
        ((56, 70), (48, 80), 0.0524, 0.3339),
        ((9, 10), (3, 10), 0.1705, 0.8090),
        ((6, 7), (2, 7), 0.0582, 0.8062),
        ((5, 56), (0, 29), -0.0381, 0.1926),
        ((0, 10), (0, 20), -0.1611, 0.2775),
        ((0, 10), (0, 10), -0.2775, 0.2775),
        ((10, 10), (0, 20), 0.6791, 1.0),
        ((10, 10), (0, 10), 0.6075, 1.0),
    ],
)
def test_newcombe_difference_matches_his_table(
    a: tuple[int, int], b: tuple[int, int], low: float, high: float
) -> None:
    interval = difference(*a, *b)
    assert interval.estimate == pytest.approx(a[0] / a[1] - b[0] / b[1])
    assert interval.low == pytest.approx(low, abs=5e-5)
    assert interval.high == pytest.approx(high, abs=5e-5)


def test_difference_is_antisymmetric_and_bounded() -> None:
    ab, ba = difference(3, 40, 17, 35), difference(17, 35, 3, 40)
    assert ab.low == pytest.approx(-ba.high) and ab.high == pytest.approx(-ba.low)
    for events_a, total_a, events_b, total_b in [(0, 1, 1, 1), (1, 1, 0, 1), (5, 5, 0, 9)]:
        interval = difference(events_a, total_a, events_b, total_b)
        assert -1.0 <= interval.low <= interval.estimate <= interval.high <= 1.0


def test_a_wider_confidence_gives_a_wider_interval() -> None:
    narrow, wide = difference(30, 100, 45, 100, z=1.0), difference(30, 100, 45, 100, z=Z_95)
    assert wide.low < narrow.low and wide.high > narrow.high


@pytest.mark.parametrize(("events", "total"), [(1, 0), (-1, 5), (6, 5)])
def test_impossible_counts_are_refused(events: int, total: int) -> None:
    with pytest.raises(ValueError):
        wilson(events, total)


def test_interval_helpers() -> None:
    assert Interval(-0.1, -0.15, -0.05).excludes_zero
    assert not Interval(0.01, -0.02, 0.04).excludes_zero
    assert Interval(0.0, -0.1, 0.1).contains(0.1)


@pytest.mark.parametrize(("p_a", "p_b"), [(0.2, 0.3), (0.25, 0.25), (0.05, 0.1)])
def test_the_difference_interval_covers_the_truth_about_95_percent_of_the_time(
    p_a: float, p_b: float
) -> None:
    """1,000 simulated experiments (seeded): the true difference falls inside the interval
    in close to 95% of them (binomial noise of 1,000 draws is about 0.7 points)."""
    rng = random.Random(20261130)
    size_a, size_b, runs = 300, 60, 1000
    covered = 0
    for _ in range(runs):
        events_a = sum(rng.random() < p_a for _ in range(size_a))
        events_b = sum(rng.random() < p_b for _ in range(size_b))
        covered += difference(events_a, size_a, events_b, size_b).contains(p_a - p_b)
    assert 0.925 <= covered / runs <= 0.975
