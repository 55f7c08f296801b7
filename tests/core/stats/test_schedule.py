"""When weekly summaries are due: local time, DST, catch-up and week keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.core.stats.schedule import (
    current_window,
    decide_summary_post,
    latest_window,
    parse_week_key,
    parse_weekday,
    validate_hour,
    validate_timezone,
    week_key,
    window_for_due_date,
    window_for_week,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Europe/Rome", "Europe/Rome"),
        ("europe/rome", "Europe/Rome"),
        (" America/New_York ", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("UTC", "UTC"),
    ],
)
def test_validate_timezone_accepts_iana_names(name: str, canonical: str) -> None:
    assert validate_timezone(name) == canonical


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "CEST+1", "../etc/passwd"])
def test_validate_timezone_rejects_unknown_names(name: str) -> None:
    with pytest.raises(ValueError, match="IANA"):
        validate_timezone(name)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Monday", 0), ("mon", 0), ("tu", 1), ("SUNDAY", 6), ("4", 4), (6, 6)],
)
def test_parse_weekday(value: str | int, expected: int) -> None:
    assert parse_weekday(value) == expected


@pytest.mark.parametrize("value", ["t", "s", "funday", 7, -1, "9"])
def test_parse_weekday_rejects_ambiguous_or_unknown(value: str | int) -> None:
    with pytest.raises(ValueError):
        parse_weekday(value)


def test_validate_hour() -> None:
    assert validate_hour(0) == 0
    assert validate_hour(23) == 23
    with pytest.raises(ValueError):
        validate_hour(24)


def test_week_keys_round_trip_and_reject_garbage() -> None:
    assert week_key(date(2026, 11, 15)) == "2026-W46"
    assert week_key(date(2027, 1, 1)) == "2026-W53"  # ISO year, not calendar year
    assert parse_week_key("2026-W07") == (2026, 7)
    for bad in ("2026-07", "2026-W54", "W07", "2026-Wxx"):
        with pytest.raises(ValueError):
            parse_week_key(bad)


def test_monday_summary_covers_the_previous_iso_week_at_local_time() -> None:
    window = window_for_due_date(date(2026, 11, 16), 9, "Europe/Rome")
    assert window.week == "2026-W46"
    assert window.first_day == date(2026, 11, 9)
    assert window.last_day == date(2026, 11, 15)
    assert window.due_at == utc(2026, 11, 16, 8)  # 09:00 CET


def test_due_instant_follows_dst_end_in_rome() -> None:
    # Rome leaves summer time on Sunday 25 October 2026
    before = window_for_due_date(date(2026, 10, 19), 9, "Europe/Rome")
    after = window_for_due_date(date(2026, 10, 26), 9, "Europe/Rome")
    assert before.due_at == utc(2026, 10, 19, 7)  # 09:00 CEST
    assert after.due_at == utc(2026, 10, 26, 8)  # 09:00 CET
    assert after.due_at - before.due_at == timedelta(days=7, hours=1)


def test_due_instant_follows_dst_start_in_new_york() -> None:
    # New York springs forward on Sunday 8 March 2026
    before = window_for_due_date(date(2026, 3, 2), 9, "America/New_York")
    after = window_for_due_date(date(2026, 3, 9), 9, "America/New_York")
    assert before.due_at == utc(2026, 3, 2, 14)  # 09:00 EST
    assert after.due_at == utc(2026, 3, 9, 13)  # 09:00 EDT


def test_hour_inside_a_dst_gap_posts_just_after_the_gap() -> None:
    # 02:00 does not exist in New York on 8 March 2026; 03:00 EDT is 07:00 UTC
    window = window_for_due_date(date(2026, 3, 8), 2, "America/New_York")
    assert window.due_at == utc(2026, 3, 8, 7)


def test_repeated_hour_posts_at_its_first_occurrence() -> None:
    # 01:00 happens twice in New York on 1 November 2026; the first is EDT (05:00 UTC)
    window = window_for_due_date(date(2026, 11, 1), 1, "America/New_York")
    assert window.due_at == utc(2026, 11, 1, 5)


@pytest.mark.parametrize("weekday", range(7))
def test_window_for_week_inverts_the_due_date(weekday: int) -> None:
    start = date(2026, 12, 21)
    for offset in range(21):
        due = start + timedelta(days=offset)
        if due.weekday() != weekday:
            continue
        window = window_for_due_date(due, 9, "Europe/Rome")
        assert window_for_week(window.week, weekday, 9, "Europe/Rome") == window


def test_latest_window_before_and_after_the_due_instant() -> None:
    due = utc(2026, 11, 16, 8)
    assert latest_window(0, 9, "Europe/Rome", due - timedelta(seconds=1)).week == "2026-W45"
    assert latest_window(0, 9, "Europe/Rome", due).week == "2026-W46"


def test_due_exactly_at_local_time_and_not_before() -> None:
    due = utc(2026, 11, 16, 8)
    early = decide_summary_post(0, 9, "Europe/Rome", due - timedelta(minutes=1), "2026-W45")
    assert not early.due
    on_time = decide_summary_post(0, 9, "Europe/Rome", due, "2026-W45")
    assert on_time.due
    assert not on_time.late
    assert on_time.week == "2026-W46"


def test_already_posted_week_is_not_due_again() -> None:
    later = utc(2026, 11, 18, 12)
    assert not decide_summary_post(0, 9, "Europe/Rome", later, "2026-W46").due


def test_catch_up_after_downtime_is_due_once_and_late() -> None:
    back = utc(2026, 11, 16, 20)  # bot was down at 08:00 UTC
    decision = decide_summary_post(0, 9, "Europe/Rome", back, "2026-W45")
    assert decision.due
    assert decision.late
    assert decision.week == "2026-W46"
    assert not decide_summary_post(0, 9, "Europe/Rome", back, decision.week).due


def test_a_few_minutes_after_the_due_instant_is_not_late() -> None:
    decision = decide_summary_post(0, 9, "UTC", utc(2026, 11, 16, 9, 10), "2026-W45")
    assert decision.due
    assert not decision.late


def test_long_downtime_only_catches_up_the_most_recent_week() -> None:
    back = utc(2026, 12, 9, 12)  # down since early November
    decision = decide_summary_post(0, 9, "UTC", back, "2026-W44")
    assert decision.due
    assert decision.late
    assert decision.week == "2026-W49"


def test_first_summary_is_never_posted_late() -> None:
    mid_week = utc(2026, 11, 18, 12)
    assert not decide_summary_post(0, 9, "UTC", mid_week, None).due
    assert decide_summary_post(0, 9, "UTC", utc(2026, 11, 23, 9), None).due


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        decide_summary_post(0, 9, "UTC", datetime(2026, 11, 16, 9), None)


def test_current_window_is_the_week_so_far() -> None:
    wednesday = utc(2026, 11, 18, 12)
    window = current_window(0, 9, "Europe/Rome", wednesday)
    assert window.first_day == date(2026, 11, 16)
    assert window.days_covered == 3
    assert window.last_day == date(2026, 11, 18)
    assert window.week == "2026-W47"
    assert window.due_at == utc(2026, 11, 23, 8)


def test_current_window_before_the_due_hour_is_today_not_last_week() -> None:
    monday_early = utc(2026, 11, 16, 6)
    window = current_window(0, 9, "Europe/Rome", monday_early)
    assert window.first_day == date(2026, 11, 16)
    assert window.days_covered == 1
    assert window.last_day == date(2026, 11, 16)
    assert window.week == "2026-W47"
    assert window.due_at == utc(2026, 11, 23, 8)


def test_current_window_on_the_last_day_covers_seven_days() -> None:
    sunday_night = utc(2026, 11, 22, 22, 30)  # 23:30 in Rome
    window = current_window(0, 9, "Europe/Rome", sunday_night)
    assert (window.first_day, window.days_covered) == (date(2026, 11, 16), 7)
    # the local date decides: 00:30 Monday in Rome is already the next week
    monday = current_window(0, 9, "Europe/Rome", utc(2026, 11, 22, 23, 30))
    assert (monday.first_day, monday.days_covered) == (date(2026, 11, 23), 1)
