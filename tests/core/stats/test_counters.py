"""StatsCounter and metric names: what the flush loop drains and the database stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.core.guild_settings import DeliveryMode
from bot.core.scoring.verdict import Category, Severity
from bot.core.stats.counters import (
    Metric,
    StatRow,
    StatsCounter,
    check_day,
    split_metric,
    utc_day,
)


class Clock:
    """A settable clock so tests cross the UTC midnight boundary on purpose."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_metric_values_are_the_documented_stored_names() -> None:
    assert {m.value for m in Metric} == {
        "seen",
        "flagged",
        "alerts",
        "kind",
        "false_positive",
        "revised",
        "deleted",
        "repeated",
        "reports",
        "kindchecks",
        "held_back",
        "bullying_episodes",
        "bullying_supported",
        "bullying_optouts",
    }


def test_metric_builders() -> None:
    assert Metric.category(Category.IDENTITY_ATTACK) == "category:identity_attack"
    assert Metric.category("insult") == "category:insult"
    assert Metric.severity(Severity.HIGH) == "severity:high"
    assert Metric.severity(Severity.LOW) == "severity:low"
    assert Metric.nudge(DeliveryMode.DM) == "nudge:dm"
    assert Metric.nudge("silent") == "nudge:silent"


def test_metric_builders_reject_unknown_values() -> None:
    with pytest.raises(ValueError):
        Metric.category("rudeness")
    with pytest.raises(ValueError):
        Metric.nudge("carrier-pigeon")
    with pytest.raises(ValueError):
        Metric.severity(Severity.NONE)


def test_split_metric() -> None:
    assert split_metric("category:self_harm") == ("category", "self_harm")
    assert split_metric(Metric.SEEN) == ("seen", None)


def test_add_and_drain_sums_per_key_and_resets() -> None:
    clock = Clock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    counter = StatsCounter(now=clock)
    counter.add(1, 10, Metric.SEEN)
    counter.add(1, 10, Metric.SEEN, 4)
    counter.add(1, 11, Metric.SEEN)
    counter.add(2, 10, Metric.category(Category.INSULT), 2)
    assert counter.pending() == 3
    rows = counter.drain()
    assert sorted(rows, key=lambda r: (r.guild_id, r.channel_id)) == [
        StatRow(1, "2026-03-01", 10, "seen", 5),
        StatRow(1, "2026-03-01", 11, "seen", 1),
        StatRow(2, "2026-03-01", 10, "category:insult", 2),
    ]
    assert counter.pending() == 0
    assert counter.drain() == []


def test_metric_enum_and_plain_string_are_the_same_key() -> None:
    counter = StatsCounter(now=Clock(datetime(2026, 3, 1, tzinfo=UTC)))
    counter.add(1, 0, Metric.SEEN)
    counter.add(1, 0, "seen")
    [row] = counter.drain()
    assert row.value == 2
    assert type(row.metric) is str


def test_default_day_is_the_utc_date_and_follows_the_clock() -> None:
    # 23:30 at UTC-5 is already the next day in UTC.
    clock = Clock(datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    counter = StatsCounter(now=clock)
    counter.add(1, 0, Metric.SEEN)
    clock.moment += timedelta(days=1)
    counter.add(1, 0, Metric.SEEN)
    assert sorted(r.day for r in counter.drain()) == ["2026-03-02", "2026-03-03"]


def test_explicit_day_overrides_the_clock() -> None:
    counter = StatsCounter(now=Clock(datetime(2026, 3, 1, tzinfo=UTC)))
    counter.add(1, 0, Metric.REVISED, day="2026-02-27")
    counter.add(1, 0, Metric.REVISED, day=date(2026, 2, 27))
    assert counter.drain() == [StatRow(1, "2026-02-27", 0, "revised", 2)]


@pytest.mark.parametrize("bad", ["2026-2-27", "27/02/2026", "2026-02-30", ""])
def test_malformed_days_are_rejected_before_storage(bad: str) -> None:
    counter = StatsCounter()
    with pytest.raises(ValueError):
        counter.add(1, 0, Metric.SEEN, day=bad)
    assert counter.pending() == 0


def test_zero_is_a_no_op_and_negative_is_refused() -> None:
    counter = StatsCounter()
    counter.add(1, 0, Metric.SEEN, 0)
    assert counter.pending() == 0
    with pytest.raises(ValueError):
        counter.add(1, 0, Metric.SEEN, -1)


def test_requeue_puts_a_failed_flush_back() -> None:
    counter = StatsCounter(now=Clock(datetime(2026, 3, 1, tzinfo=UTC)))
    counter.add(1, 0, Metric.SEEN, 3)
    rows = counter.drain()
    counter.add(1, 0, Metric.SEEN, 2)
    counter.requeue(rows)
    assert counter.drain() == [StatRow(1, "2026-03-01", 0, "seen", 5)]


def test_utc_day_and_check_day() -> None:
    assert utc_day(datetime(2026, 1, 1, 1, tzinfo=timezone(timedelta(hours=3)))) == "2025-12-31"
    with pytest.raises(ValueError):
        utc_day(datetime(2026, 1, 1))
    assert check_day(date(2026, 1, 5)) == "2026-01-05"
    assert check_day("2026-01-05") == "2026-01-05"


def test_the_real_clock_counts_under_todays_utc_date() -> None:
    counter = StatsCounter()
    before = utc_day(datetime.now(UTC))
    counter.add(1, 0, Metric.SEEN)
    counter.add(1, 0, Metric.SEEN)
    after = utc_day(datetime.now(UTC))
    [row] = counter.drain()
    assert row.day in (before, after)
    assert row.value == 2


def test_stopped_metric_names_a_category_or_other() -> None:
    assert Metric.stopped(Category.SELF_HARM) == "stopped:self_harm"
    assert Metric.stopped(None) == "stopped:other"
    with pytest.raises(ValueError):
        Metric.stopped("not-a-category")
