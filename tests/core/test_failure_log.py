"""FailureLog: one report per kind per window, with the count of what it swallowed."""

from __future__ import annotations

import pytest

from bot.core.failure_log import MAX_KINDS, FailureLog, FailureReport, Recovery


def test_first_failure_is_reported_then_the_window_is_quiet() -> None:
    log = FailureLog(600)
    assert log.failed("SQLITE_BUSY", 0.0) == FailureReport("SQLITE_BUSY", 1, first=True)
    assert [log.failed("SQLITE_BUSY", float(t)) for t in range(1, 600)] == [None] * 599
    assert log.failing


def test_after_the_window_the_next_report_carries_the_count() -> None:
    log = FailureLog(600)
    log.failed("SQLITE_BUSY", 0.0)
    for t in range(1, 100):
        log.failed("SQLITE_BUSY", float(t))
    assert log.failed("SQLITE_BUSY", 600.0) == FailureReport("SQLITE_BUSY", 100, first=False)
    assert log.failed("SQLITE_BUSY", 601.0) is None


def test_each_kind_has_its_own_window() -> None:
    log = FailureLog(600)
    assert log.failed("SQLITE_BUSY", 0.0) is not None
    assert log.failed("SQLITE_FULL", 1.0) == FailureReport("SQLITE_FULL", 1, first=False)
    assert log.failed("SQLITE_BUSY", 2.0) is None


def test_recovery_is_reported_once_with_the_totals() -> None:
    log = FailureLog(600)
    assert log.succeeded(0.0) is None
    for t in range(30):
        log.failed("SQLITE_BUSY", 10.0 + t)
    assert log.succeeded(41.0) == Recovery(failures=30, seconds=31.0)
    assert log.succeeded(42.0) is None
    assert not log.failing
    # a new outage starts a fresh report
    assert log.failed("SQLITE_BUSY", 50.0) == FailureReport("SQLITE_BUSY", 1, first=True)


def test_memory_is_bounded_by_the_number_of_kinds() -> None:
    log = FailureLog(600)
    for i in range(MAX_KINDS * 3):
        log.failed(f"kind-{i}", 0.0)
    assert len(log._kinds) == MAX_KINDS


def test_window_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        FailureLog(0)
