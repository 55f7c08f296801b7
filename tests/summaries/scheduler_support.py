"""What the summary scheduler's tests share: two servers in two time zones (and one with
no channel) set up in a real SQLite file, a `send` that records, one process lifetime.

A "restart" is a new `SummaryScheduler` (and a new `Database` connection) over the
same file: nothing but the database carries over, exactly as after a real restart.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import StatRow
from bot.summaries.content import SummaryContent
from bot.summaries.scheduler import SummaryDeliveryError, SummaryScheduler
from db.database import Database

ROME = 1
NEW_YORK = 2
NO_CHANNEL_GUILD = 3


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Recorder:
    """A `send` that remembers what was posted (and can be told to fail)."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, str, bool]] = []
        self.fail_with: str | None = None

    async def __call__(self, settings: GuildSettings, content: SummaryContent) -> None:
        if self.fail_with is not None:
            raise SummaryDeliveryError(self.fail_with)
        assert content.png.startswith(b"\x89PNG")
        self.posts.append((settings.guild_id, content.summary.week, content.summary.late))


async def setup_guilds(path: Path) -> None:
    db = await Database.open(path)
    try:
        await db.save_guild_settings(
            GuildSettings(ROME, summary_channel_id=11, summary_timezone="Europe/Rome"),
        )
        await db.save_guild_settings(
            GuildSettings(
                NEW_YORK,
                summary_channel_id=22,
                summary_timezone="America/New_York",
                summary_weekday=4,
                summary_hour=17,
            ),
        )
        await db.save_guild_settings(GuildSettings(NO_CHANNEL_GUILD))
        # the bot has been counting in both servers since long before the weeks tested
        await db.add_stats([StatRow(g, "2026-09-01", 0, "seen", 1) for g in (ROME, NEW_YORK)])
    finally:
        await db.close()


async def tick_at(path: Path, recorder: Recorder, *moments: datetime) -> None:
    """One process lifetime: open, tick at each moment, close."""
    db = await Database.open(path)
    try:
        scheduler = SummaryScheduler(db, recorder)
        for moment in moments:
            await scheduler.tick(moment)
    finally:
        await db.close()
