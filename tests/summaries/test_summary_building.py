"""The weekly summary built from the database: weeks compared, the week so far, and
nothing for the weeks before the bot joined a server.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import StatRow
from bot.summaries.content import SummaryContent, build_summary, build_week_so_far
from bot.summaries.scheduler import (
    SummaryScheduler,
)
from db.database import Database
from tests.summaries.scheduler_support import ROME, setup_guilds, utc


async def test_built_summary_compares_weeks_from_the_database(db_path: Path) -> None:
    await setup_guilds(db_path)
    db = await Database.open(db_path)
    try:
        await db.add_stats(
            [
                StatRow(ROME, "2026-11-09", 11, "flagged", 5),
                StatRow(ROME, "2026-11-15", 11, "flagged", 5),
                StatRow(ROME, "2026-11-16", 11, "flagged", 100),  # next week: not counted
                StatRow(ROME, "2026-11-02", 11, "flagged", 8),
                StatRow(ROME, "2026-11-04", 0, "kind", 6),
            ],
        )
        content = await build_summary(db, ROME, "2026-W46")
        flagged = content.summary.figure("flagged")
        assert (flagged.current, flagged.previous) == (10, 8)
        assert flagged.text() == "10 (▲ 25%)"
        assert content.summary.figure("kind").change.text() == "none this week"
        assert content.summary.hostile_by_day == (5, 0, 0, 0, 0, 0, 5)
        assert content.filename == "kindness-summary-2026-W46.png"
        so_far = await build_week_so_far(db, ROME, utc(2026, 11, 17, 12))
        assert so_far.summary.partial
        assert so_far.summary.figure("flagged").current == 100
    finally:
        await db.close()


async def test_preview_before_the_posting_hour_shows_today_not_last_week(db_path: Path) -> None:
    await setup_guilds(db_path)
    db = await Database.open(db_path)
    try:
        await db.add_stats(
            [
                StatRow(ROME, "2026-11-15", 11, "flagged", 5),  # last week (not yet posted)
                StatRow(ROME, "2026-11-16", 11, "flagged", 9),  # today
            ],
        )
        monday_early = utc(2026, 11, 16, 6)  # 07:00 in Rome, the summary is due at 09:00
        content = await build_week_so_far(db, ROME, monday_early)
        assert content.summary.week == "2026-W47"
        assert content.summary.figure("flagged").current == 9
        assert content.summary.days_covered == 1
        assert content.text.title == "#CreateKindness week so far · 16 November 2026"
    finally:
        await db.close()


JOINED = 4


async def test_no_summary_for_weeks_before_the_bot_joined_and_the_first_says_so(
    db_path: Path,
) -> None:
    db = await Database.open(db_path)
    contents: list[SummaryContent] = []

    async def send(_settings: GuildSettings, content: SummaryContent) -> None:
        contents.append(content)

    try:
        await db.save_guild_settings(GuildSettings(JOINED, summary_channel_id=44))
        scheduler = SummaryScheduler(db, send)
        # set up on Monday morning 16 November, before the 09:00 UTC post: no data yet
        await scheduler.tick(utc(2026, 11, 16, 9))
        assert contents == [] and await db.summary_status(JOINED) is None
        # the first counts arrive on Wednesday; week W46 still is not posted for it
        await db.add_stats([StatRow(JOINED, "2026-11-18", 5, "seen", 40)])
        settings = await db.get_guild_settings(JOINED)
        early = await scheduler.post_now(settings, utc(2026, 11, 18, 12))
        assert not early.ok and early.before_data and early.week == "2026-W46"
        assert contents == [] and await db.summary_status(JOINED) is None
        # the week it joined in is posted on time, and says it is the first
        await scheduler.tick(utc(2026, 11, 23, 9))
        assert [c.summary.week for c in contents] == ["2026-W47"]
        first = contents[0]
        assert first.summary.first and not first.summary.has_previous
        assert first.text.description.startswith("👋 This is the first weekly summary")
        assert first.summary.figure("seen").text() == "40"
        # and the next one is not "first" any more
        await scheduler.tick(utc(2026, 11, 30, 9))
        assert [c.summary.week for c in contents] == ["2026-W47", "2026-W48"]
        assert not contents[1].summary.first
    finally:
        await db.close()
