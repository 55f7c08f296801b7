"""Weekly summary maths: totals, changes (also from zero), suppression, tops, series."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.core.scoring.verdict import Category
from bot.core.stats.counters import StatRow
from bot.core.stats.summary import (
    Change,
    Trend,
    change,
    format_count,
    summarize,
    summary_text,
)

DAYS = tuple(date(2026, 11, 9) + timedelta(days=i) for i in range(7))
PREV = tuple(d - timedelta(days=7) for d in DAYS)


def row(day: date, metric: str, value: int, channel: int = 10) -> StatRow:
    return StatRow(1, day.isoformat(), channel, metric, value)


@pytest.mark.parametrize(
    ("current", "previous", "expected", "text"),
    [
        (0, 0, Change(Trend.SAME, 0), "no change"),
        (5, 0, Change(Trend.NEW, None), "new this week"),
        (0, 5, Change(Trend.GONE, -100), "none this week"),
        (10, 8, Change(Trend.UP, 25), "▲ 25%"),
        (6, 8, Change(Trend.DOWN, 25), "▼ 25%"),
        (1001, 1000, Change(Trend.SAME, 0), "no change"),
        (2, 10, Change(Trend.DOWN, None), "▼ down"),
        (10, 1, Change(Trend.UP, None), "▲ up"),
    ],
)
def test_change(current: int, previous: int, expected: Change, text: str) -> None:
    assert change(current, previous) == expected
    assert expected.text() == text


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0"), (1, "<3"), (2, "<3"), (3, "3"), (12345, "12,345")],
)
def test_format_count_hides_counts_that_point_at_one_person(count: int, text: str) -> None:
    assert format_count(count) == text


def full_week() -> tuple[list[StatRow], list[StatRow]]:
    current = [
        row(DAYS[0], "seen", 400),
        row(DAYS[1], "seen", 600, channel=11),
        row(DAYS[0], "flagged", 6),
        row(DAYS[3], "flagged", 4, channel=11),
        row(DAYS[3], "flagged", 1, channel=12),
        row(DAYS[0], "category:insult", 7),
        row(DAYS[3], "category:threat", 3, channel=11),
        row(DAYS[3], "category:profanity", 4, channel=11),
        row(DAYS[3], "category:body_shaming", 1, channel=11),
        row(DAYS[3], "category:retired_thing", 50, channel=11),
        row(DAYS[0], "nudge:reply", 5),
        row(DAYS[1], "nudge:dm", 3),
        row(DAYS[2], "revised", 2),
        row(DAYS[2], "deleted", 4),
        row(DAYS[6], "kind", 30, channel=0),
        row(DAYS[6] + timedelta(days=1), "flagged", 99),  # outside the week: ignored
    ]
    previous = [
        row(PREV[0], "seen", 800),
        row(PREV[2], "flagged", 10),
        row(PREV[2], "kind", 3),
        row(PREV[4], "reports", 4),
    ]
    return current, previous


def test_totals_and_changes() -> None:
    current, previous = full_week()
    s = summarize(1, "2026-W46", DAYS, current, previous)
    assert s.figure("seen").current == 1000
    assert s.figure("seen").change == Change(Trend.UP, 25)
    assert s.figure("flagged").current == 11
    assert s.figure("flagged").previous == 10
    assert s.figure("nudges").current == 8  # every delivery mode counted
    assert s.figure("nudges").change.trend is Trend.NEW
    assert s.figure("reports").change.trend is Trend.GONE
    assert s.figure("kind").current == 30
    assert s.flagged_share == pytest.approx(0.011)
    assert not s.partial


def test_top_categories_and_channels() -> None:
    current, previous = full_week()
    s = summarize(1, "2026-W46", DAYS, current, previous)
    assert s.top_categories == (
        (Category.INSULT, 7),
        (Category.PROFANITY, 4),
        (Category.THREAT, 3),
    )
    assert s.top_channels == ((10, 6), (11, 4), (12, 1))


def test_per_day_series_for_both_weeks() -> None:
    current, previous = full_week()
    s = summarize(1, "2026-W46", DAYS, current, previous)
    assert s.hostile_by_day == (6, 0, 0, 5, 0, 0, 0)
    assert s.kind_by_day == (0, 0, 0, 0, 0, 0, 30)
    assert s.previous_hostile_by_day == (0, 0, 10, 0, 0, 0, 0)
    assert s.previous_kind_by_day == (0, 0, 3, 0, 0, 0, 0)


def test_partial_week_compares_against_the_same_days_last_week() -> None:
    current = [row(DAYS[0], "flagged", 4), row(DAYS[1], "flagged", 4)]
    previous = [row(PREV[0], "flagged", 4), row(PREV[1], "flagged", 4), row(PREV[5], "flagged", 40)]
    s = summarize(1, "2026-W47", DAYS, current, previous, days_covered=2)
    assert s.partial
    assert s.figure("flagged").previous == 8
    assert s.figure("flagged").change.trend is Trend.SAME
    assert s.previous_hostile_by_day == (4, 4, 0, 0, 0, 40, 0)  # the chart shows it all


def test_empty_weeks() -> None:
    s = summarize(1, "2026-W46", DAYS, [], [])
    # no week before to compare with: no change at all, not "no change"
    assert all(f.current == 0 and f.change is None for f in s.figures)
    assert not s.has_previous and not s.has_data
    assert s.flagged_share is None
    assert s.top_categories == ()
    text = summary_text(s)
    assert dict(text.fields)["Top categories"] == "none"


def test_small_counts_never_appear_exactly_in_the_text() -> None:
    current = [row(DAYS[0], "seen", 500), row(DAYS[0], "flagged", 2), row(DAYS[0], "reports", 1)]
    previous = [row(PREV[0], "seen", 500), row(PREV[0], "flagged", 9)]
    s = summarize(1, "2026-W46", DAYS, current, previous)
    assert s.flagged_share is None  # 2 of 500 would reveal the 2
    fields = dict(summary_text(s).fields)
    assert fields["Hostile messages flagged"] == "<3 (▼ down)"
    assert fields["Reports to moderators"] == "<3 (new this week)"
    assert "<#10>: <3" in fields["Channels with most flags"]
    assert "counts of 1–2 shown as '<3'" in summary_text(s).footer


def test_a_week_before_without_data_is_not_compared_against() -> None:
    current = [row(DAYS[0], "seen", 500), row(DAYS[0], "flagged", 7), row(DAYS[1], "kind", 4)]
    s = summarize(1, "2026-W46", DAYS, current, [])
    assert not s.has_previous
    assert s.figure("flagged").previous is None and s.figure("flagged").change is None
    text = summary_text(s)
    fields = dict(text.fields)
    assert fields["Messages seen"] == "500"
    assert fields["Hostile messages flagged"].startswith("7\n")
    assert "new this week" not in text.as_plain_text()
    assert "no week before to compare" in text.footer
    # a week before holding only rows of zero is no data either
    zero = summarize(1, "2026-W46", DAYS, current, [row(PREV[0], "seen", 0)])
    assert not zero.has_previous


def test_the_first_summary_says_it_is_the_first() -> None:
    current = [row(DAYS[3], "seen", 50)]
    first = summary_text(summarize(1, "2026-W46", DAYS, current, [], first=True))
    assert first.description.startswith("👋 This is the first weekly summary")
    later = summary_text(summarize(1, "2026-W46", DAYS, current, []))
    assert "first weekly summary" not in later.description


def test_a_one_day_range_is_one_date() -> None:
    s = summarize(1, "2026-W46", DAYS, [row(DAYS[0], "seen", 5)], [], days_covered=1)
    assert summary_text(s).title == "#CreateKindness week so far · 9 November 2026"


def test_text_is_warm_and_says_when_late_or_partial() -> None:
    current, previous = full_week()
    late = summary_text(summarize(1, "2026-W46", DAYS, current, previous, late=True))
    assert late.description.startswith("⏰ This summary is late")
    assert "Behind every account is a real human being" in late.description
    assert late.title == "#CreateKindness weekly summary · 9–15 November 2026"
    assert "2026-W46" in late.footer
    so_far = summary_text(summarize(1, "2026-W47", DAYS, current, previous, days_covered=3))
    assert so_far.title.startswith("#CreateKindness week so far")
    fields = dict(so_far.fields)
    assert fields["Messages seen"] == "1,000 (▲ 25%)"


def test_channel_label_is_pluggable_for_the_cli() -> None:
    current, previous = full_week()
    text = summary_text(
        summarize(1, "2026-W46", DAYS, current, previous), channel_label=lambda c: f"channel {c}"
    )
    assert "channel 10: 6" in dict(text.fields)["Channels with most flags"]
    plain = text.as_plain_text()
    assert plain.splitlines()[0] == text.title
    assert "Channels with most flags:\n  channel 10: 6" in plain


def test_stopped_before_sending_sums_categories_suppresses_small_and_hides_none() -> None:
    current = [
        row(DAYS[0], "seen", 50),
        row(DAYS[1], "stopped:identity_attack", 1),
        row(DAYS[2], "stopped:self_harm", 1),
    ]
    s = summarize(1, "2026-W46", DAYS, current, [])
    assert s.figure("stopped").current == 2
    fields = dict(summary_text(s).fields)
    assert fields["Stopped before sending"].startswith("<3\n")
    italian = dict(summary_text(s, languages=("it",)).fields)
    assert italian["Fermati prima dell'invio"].startswith("<3\n")
    more = summarize(1, "2026-W46", DAYS, [*current, row(DAYS[3], "stopped:threat", 5)], [])
    assert dict(summary_text(more).fields)["Stopped before sending"].startswith("7\n")
    none = summarize(1, "2026-W46", DAYS, [row(DAYS[0], "seen", 50)], [])
    assert "Stopped before sending" not in dict(summary_text(none).fields)
