"""The per-reporter sliding window used for "Report to moderators"."""

from __future__ import annotations

import pytest

from bot.core.moderation.rate_limit import GuardLevel, InvalidRequestGuard, SlidingWindowLimiter


def test_allows_limit_events_then_waits_for_the_oldest_to_expire() -> None:
    limiter = SlidingWindowLimiter(3, 600.0)
    for t in (0.0, 10.0, 20.0):
        assert limiter.retry_after("a", t) == 0.0
        limiter.record("a", t)
    assert limiter.retry_after("a", 30.0) == pytest.approx(570.0)
    assert limiter.retry_after("b", 30.0) == 0.0  # keys are independent
    assert limiter.retry_after("a", 600.0) == 0.0  # the first event left the window
    limiter.record("a", 600.0)
    assert limiter.retry_after("a", 601.0) == pytest.approx(9.0)


def test_expired_keys_are_dropped_and_forget_clears_a_key() -> None:
    limiter = SlidingWindowLimiter(1, 5.0)
    limiter.record("a", 0.0)
    limiter.record("b", 0.0)
    assert len(limiter) == 2
    assert limiter.retry_after("a", 10.0) == 0.0
    assert len(limiter) == 1
    limiter.forget("b")
    assert len(limiter) == 0
    assert limiter.retry_after("b", 1.0) == 0.0


def test_rejects_nonsense_limits() -> None:
    with pytest.raises(ValueError, match="limit"):
        SlidingWindowLimiter(0, 1.0)
    with pytest.raises(ValueError, match="window"):
        SlidingWindowLimiter(1, 0.0)


def test_invalid_request_guard_stops_optional_then_all_and_clears_with_the_window() -> None:
    guard = InvalidRequestGuard(limit=100, window=600.0, optional_share=0.2, all_share=0.5)
    assert guard.level(0.0) is GuardLevel.OPEN
    guard.record(0.0, 19)
    assert guard.level(0.5) is GuardLevel.OPEN
    guard.record(1.0)
    assert guard.count(1.0) == 20 and guard.level(1.0) is GuardLevel.ESSENTIAL_ONLY
    guard.record(300.0, 30)
    assert guard.level(300.0) is GuardLevel.CLOSED
    # once stopped, work resumes only when the count falls to half the threshold
    assert guard.count(600.5) == 31 and guard.level(600.5) is GuardLevel.CLOSED  # >= 25
    guard.record(700.0, 12)
    assert guard.count(900.5) == 12 and guard.level(900.5) is GuardLevel.ESSENTIAL_ONLY  # >= 10
    guard.record(1000.0, 5)
    assert guard.count(1300.5) == 5 and guard.level(1300.5) is GuardLevel.OPEN
    assert guard.count(1600.5) == 0 and guard.level(1600.5) is GuardLevel.OPEN


def test_invalid_request_guard_defaults_are_a_safe_share_of_discords_limit() -> None:
    guard = InvalidRequestGuard()
    assert guard.optional_limit == 2_000 and guard.all_limit == 5_000
    with pytest.raises(ValueError):
        InvalidRequestGuard(optional_share=0.6, all_share=0.5)
