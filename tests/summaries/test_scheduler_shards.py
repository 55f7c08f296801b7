"""The summary scheduler with shards: each process posts the servers it owns, chosen in
SQL, so it never reads (or claims) another process's servers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.shards import ShardPlan
from bot.core.stats.counters import StatRow
from bot.summaries.content import SummaryContent
from bot.summaries.scheduler import SummaryScheduler
from db.database import Database

COUNT = 2
GUILDS = [((1_300_000_000_000 + k) << 22) | 99 for k in range(4)]  # shards 0, 1, 0, 1


class Recorder:
    def __init__(self) -> None:
        self.posted: set[int] = set()

    async def __call__(self, settings: GuildSettings, content: SummaryContent) -> None:
        self.posted.add(settings.guild_id)


async def test_a_sharded_scheduler_posts_only_the_servers_it_owns(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "kindness.db")
    try:
        for guild_id in GUILDS:
            await db.save_guild_settings(
                GuildSettings(
                    guild_id,
                    summary_channel_id=5,
                    summary_timezone="UTC",
                    summary_weekday=0,
                    summary_hour=8,
                ),
            )
        await db.add_stats([StatRow(g, "2026-09-01", 0, "seen", 1) for g in GUILDS])
        posted: dict[int, set[int]] = {}
        for shard in range(COUNT):
            recorder = Recorder()
            plan = ShardPlan(COUNT, (shard,))
            scheduler = SummaryScheduler(db, recorder, owner=f"run-{shard}", shards=plan)
            await scheduler.tick(datetime(2026, 11, 16, 8, tzinfo=UTC))
            posted[shard] = recorder.posted
    finally:
        await db.close()
    assert posted == {0: {GUILDS[0], GUILDS[2]}, 1: {GUILDS[1], GUILDS[3]}}
