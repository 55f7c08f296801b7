"""When a server's weekly summary is due: pure date maths, `now` is always a parameter.

A summary is due at `summary_hour`:00 local time on `summary_weekday` in the
server's IANA time zone. The summary covers the 7 local dates before the due date;
its key is the ISO week (`YYYY-Www`) of the last covered date, so with the default
Monday schedule the key is exactly the ISO week being summarised.

Only the most recent due instant is ever considered, so a bot that was down for
weeks posts at most one (late) summary when it comes back, never a backlog.

DST: a due hour that does not exist locally (spring forward) is posted at the
first instant after the gap; an hour that happens twice (fall back) is posted at
its first occurrence.
"""

from __future__ import annotations

import functools
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A summary posted this long after its due instant is announced as late.
LATE_AFTER = timedelta(minutes=15)
WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class SummaryWindow:
    """The local dates one summary covers, and when it is (or was) due.

    `days_covered` is 7 for a finished week and fewer for a preview of the week so
    far. Stats are stored per UTC day, so the dates here select UTC days: an
    approximation of up to the zone's UTC offset at each end of the week.
    """

    week: str
    due_at: datetime
    first_day: date
    days_covered: int = WEEK_DAYS

    @property
    def days(self) -> tuple[date, ...]:
        """All seven dates of the week, including ones not yet covered by a preview."""
        return tuple(self.first_day + timedelta(days=i) for i in range(WEEK_DAYS))

    @property
    def last_day(self) -> date:
        """The last date with data in this window (inclusive)."""
        return self.first_day + timedelta(days=self.days_covered - 1)

    @property
    def previous_first_day(self) -> date:
        """First date of the comparison week (the seven days before)."""
        return self.first_day - timedelta(days=WEEK_DAYS)


@dataclass(frozen=True, slots=True)
class ScheduleDecision:
    """The scheduler's answer for one server at one instant."""

    window: SummaryWindow
    due: bool
    late: bool

    @property
    def week(self) -> str:
        return self.window.week


@functools.cache
def _zone_names_by_folded() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


def validate_timezone(name: str) -> str:
    """The canonical IANA name for `name` (case-insensitive), or ValueError saying why."""
    cleaned = name.strip().replace(" ", "_")
    canonical = _zone_names_by_folded().get(cleaned.casefold())
    if canonical is None:
        msg = (
            f"unknown time zone {name!r}: use an IANA name such as "
            "Europe/Rome, America/New_York or UTC"
        )
        raise ValueError(msg)
    return canonical


def parse_weekday(value: str | int) -> int:
    """A weekday number (Monday = 0) from a number 0-6 or an English day name or prefix."""
    if isinstance(value, int):
        if 0 <= value < WEEK_DAYS:
            return value
        msg = f"weekday must be 0 (Monday) to 6 (Sunday), not {value}"
        raise ValueError(msg)
    text = value.strip().casefold()
    if text.isdigit():
        return parse_weekday(int(text))
    matches = [
        i
        for i, day in enumerate(WEEKDAY_NAMES)
        if len(text) >= 2 and day.casefold().startswith(text)
    ]
    if len(matches) != 1:
        msg = f"unknown weekday {value!r}: use a day name such as Monday"
        raise ValueError(msg)
    return matches[0]


def validate_hour(hour: int) -> int:
    """The hour if it is 0-23, else ValueError."""
    if not 0 <= hour <= 23:
        msg = f"hour must be 0 to 23, not {hour}"
        raise ValueError(msg)
    return hour


def week_key(day: date) -> str:
    """The ISO week key `YYYY-Www` of a date."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week_key(key: str) -> tuple[int, int]:
    """(ISO year, ISO week) from `YYYY-Www`, or ValueError."""
    try:
        year_text, week_text = key.strip().upper().split("-W")
        year, week = int(year_text), int(week_text)
        date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        msg = f"week must look like 2026-W07, not {key!r}"
        raise ValueError(msg) from exc
    return year, week


def _due_instant(due_date: date, hour: int, zone: zoneinfo.ZoneInfo) -> datetime:
    """The UTC instant of `hour`:00 local on `due_date`.

    With fold=0 zoneinfo reads a time inside a DST gap with the pre-gap offset,
    which lands just after the gap, and a repeated time as its first occurrence.
    """
    return datetime.combine(due_date, time(hour), tzinfo=zone).astimezone(UTC)


def window_for_due_date(due_date: date, hour: int, timezone: str) -> SummaryWindow:
    """The finished week that is summarised on `due_date`."""
    zone = zoneinfo.ZoneInfo(timezone)
    first = due_date - timedelta(days=WEEK_DAYS)
    return SummaryWindow(
        week=week_key(due_date - timedelta(days=1)),
        due_at=_due_instant(due_date, hour, zone),
        first_day=first,
    )


def window_for_week(key: str, weekday: int, hour: int, timezone: str) -> SummaryWindow:
    """The finished week with key `key` for a server posting on `weekday`."""
    year, week = parse_week_key(key)
    last_covered_weekday = (weekday - 1) % WEEK_DAYS
    last_covered = date.fromisocalendar(year, week, last_covered_weekday + 1)
    return window_for_due_date(last_covered + timedelta(days=1), hour, timezone)


def latest_window(weekday: int, hour: int, timezone: str, now: datetime) -> SummaryWindow:
    """The most recent finished week whose due instant is at or before `now`."""
    zone = zoneinfo.ZoneInfo(timezone)
    local_today = now.astimezone(zone).date()
    due_date = local_today - timedelta(days=(local_today.weekday() - weekday) % WEEK_DAYS)
    window = window_for_due_date(due_date, hour, timezone)
    if window.due_at > now:
        window = window_for_due_date(due_date - timedelta(days=WEEK_DAYS), hour, timezone)
    return window


def current_window(weekday: int, hour: int, timezone: str, now: datetime) -> SummaryWindow:
    """The week in progress at `now` (for a preview): from its first local date to today.

    Today always belongs to it, whatever the hour: on the posting weekday, before the
    posting hour, the finished week is still waiting to be posted, but today's
    activity already counts towards the next one, which starts today.
    """
    local_today = now.astimezone(zoneinfo.ZoneInfo(timezone)).date()
    first = local_today - timedelta(days=(local_today.weekday() - weekday) % WEEK_DAYS)
    upcoming = window_for_due_date(first + timedelta(days=WEEK_DAYS), hour, timezone)
    return SummaryWindow(
        week=upcoming.week,
        due_at=upcoming.due_at,
        first_day=first,
        days_covered=(local_today - first).days + 1,
    )


def decide_summary_post(
    weekday: int,
    hour: int,
    timezone: str,
    now: datetime,
    last_week: str | None,
    *,
    late_after: timedelta = LATE_AFTER,
) -> ScheduleDecision:
    """Whether the most recent week's summary should be posted at `now`.

    `last_week` is the latest week already claimed for this server (None if none).
    A server's first summary is never posted late: a channel set up mid-week waits
    for its first on-time slot instead of getting last week's numbers out of the blue.
    """
    if now.tzinfo is None:
        msg = "now must be timezone-aware"
        raise ValueError(msg)
    window = latest_window(weekday, hour, timezone, now)
    late = now - window.due_at > late_after
    if last_week is not None and last_week >= window.week:
        return ScheduleDecision(window=window, due=False, late=late)
    if last_week is None and late:
        return ScheduleDecision(window=window, due=False, late=late)
    return ScheduleDecision(window=window, due=True, late=late)
