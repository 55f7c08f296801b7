"""Weekly summary content from the database: the numbers, the embed text, the chart.

Discord-free: the scheduler posts it, the `summary` subcommand renders it offline.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from bot.core.guild_settings import GuildSettings
from bot.core.stats.experiment_result import experiment_result
from bot.core.stats.schedule import SummaryWindow, current_window, latest_window, window_for_week
from bot.core.stats.summary import SummaryText, WeekSummary, summarize, summary_text
from bot.core.texts.experiment_text import summary_field
from bot.summaries.chart import render_chart
from db.database import Database

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SummaryContent:
    """One rendered summary: the numbers, the embed text and the chart PNG."""

    summary: WeekSummary
    text: SummaryText
    png: bytes

    @property
    def filename(self) -> str:
        return summary_filename(self.summary.week)


def summary_filename(week: str) -> str:
    """The chart's file name; it names the week, so a posted summary can be recognised."""
    return f"kindness-summary-{week}.png"


ChannelLabel = Callable[[int], str]


def _mention(channel_id: int) -> str:
    return f"<#{channel_id}>"


async def _build(
    db: Database,
    guild_id: int,
    window: SummaryWindow,
    *,
    languages: tuple[str, ...],
    late: bool,
    channel_label: ChannelLabel,
) -> SummaryContent:
    days = window.days
    first_day = await db.first_stats_day(guild_id)
    current = await db.stats_rows(guild_id, days[0].isoformat(), days[-1].isoformat())
    previous = await db.stats_rows(
        guild_id,
        window.previous_first_day.isoformat(),
        (days[0] - timedelta(days=1)).isoformat(),
    )
    summary = summarize(
        guild_id,
        window.week,
        days,
        current,
        previous,
        days_covered=window.days_covered,
        late=late,
        # the bot started counting during this week: its first summary
        first=first_day is not None and days[0].isoformat() <= first_day <= days[-1].isoformat(),
    )
    png = await asyncio.to_thread(render_chart, summary)
    text = summary_text(summary, channel_label=channel_label, languages=languages)
    field = await _experiment_field(db, guild_id, days[0], languages)
    if field is not None:
        text = replace(text, fields=(*text.fields, field))
    return SummaryContent(summary, text, png)


async def _experiment_field(
    db: Database, guild_id: int, first_day: date, languages: tuple[str, ...]
) -> tuple[str, str] | None:
    """The hold-back experiment's result, once it can tell, while it runs and in the
    summary of the week it stopped in."""
    experiment = await db.latest_experiment(guild_id)
    if experiment is None:
        return None
    week_start = datetime(first_day.year, first_day.month, first_day.day, tzinfo=UTC).timestamp()
    if experiment.stopped_at is not None and experiment.stopped_at < week_start:
        return None
    counts = await db.experiment_counts(experiment.experiment_id, time.time())
    return summary_field(experiment_result(counts), languages)


async def build_summary(
    db: Database,
    guild_id: int,
    week: str,
    *,
    late: bool = False,
    channel_label: ChannelLabel = _mention,
) -> SummaryContent:
    """The finished week `week` (`YYYY-Www`) for a guild, on its own schedule settings."""
    settings = await db.get_guild_settings(guild_id)
    window = window_for_week(
        week, settings.summary_weekday, settings.summary_hour, settings.summary_timezone
    )
    return await _build(
        db,
        guild_id,
        window,
        languages=settings.languages,
        late=late,
        channel_label=channel_label,
    )


async def build_week_so_far(
    db: Database, guild_id: int, now: datetime, *, channel_label: ChannelLabel = _mention
) -> SummaryContent:
    """The week in progress at `now` (for `/kindness summary preview`)."""
    settings = await db.get_guild_settings(guild_id)
    window = current_window(
        settings.summary_weekday, settings.summary_hour, settings.summary_timezone, now
    )
    return await _build(
        db,
        guild_id,
        window,
        languages=settings.languages,
        late=False,
        channel_label=channel_label,
    )


def latest_week(settings: GuildSettings, now: datetime) -> str:
    """The most recent finished week for this guild's schedule (what `post now` posts)."""
    return latest_window(
        settings.summary_weekday, settings.summary_hour, settings.summary_timezone, now
    ).week
