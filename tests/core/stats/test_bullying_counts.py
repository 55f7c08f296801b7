"""Bullying patterns as aggregates: in /kindness stats and the weekly summary, "<3" kept."""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.stats.counters import NO_CHANNEL, Metric, StatRow
from bot.core.stats.summary import BULLYING_FIELD, summarize, summary_text
from bot.core.texts.stats_text import stats_fields

DAYS = tuple(date(2026, 11, 9) + timedelta(days=i) for i in range(7))


def test_stats_show_episodes_support_and_opt_outs_with_small_counts_hidden() -> None:
    totals = {Metric.BULLYING_EPISODES: 4, Metric.BULLYING_SUPPORTED: 2, Metric.SEEN: 50}
    field = next(f for f in stats_fields(totals) if f.name == BULLYING_FIELD)
    assert field.value == (
        "4 episodes found, <3 supported by a private message, 0 asked not to be messaged again"
    )


def test_the_weekly_summary_counts_them_and_hides_one_or_two() -> None:
    rows = [
        StatRow(1, DAYS[1].isoformat(), NO_CHANNEL, Metric.BULLYING_EPISODES, 3),
        StatRow(1, DAYS[2].isoformat(), NO_CHANNEL, Metric.BULLYING_EPISODES, 2),
        StatRow(1, DAYS[2].isoformat(), NO_CHANNEL, Metric.BULLYING_SUPPORTED, 3),
        StatRow(1, DAYS[3].isoformat(), NO_CHANNEL, Metric.BULLYING_OPTOUTS, 1),
    ]
    summary = summarize(1, "2026-W46", DAYS, rows, [])
    assert summary.figure("bullying_episodes").current == 5
    fields = dict(summary_text(summary).fields)
    assert fields[BULLYING_FIELD] == (
        "Episodes found: 5\nSupported by a private message: 3\nAsked not to be messaged again: <3"
    )
