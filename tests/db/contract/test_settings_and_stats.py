"""The contract, part 1: server settings, daily stats, meta; the same answers on both backends."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.shards import UNSHARDED
from bot.core.stats.counters import StatRow
from db.database import Database, PostgresDatabase, SqliteDatabase
from db.migrate import load_migrations
from db.migrate_postgresql import load_postgres_migrations

DAY = "2026-11-20"


async def test_open_migrates_to_the_newest_version_and_reopens_without_change(
    target: str | Path,
) -> None:
    db = await Database.open(target)
    try:
        assert db.schema_version == len(load_migrations()) == len(load_postgres_migrations())
        assert db.migrated_from == 0
        kind = PostgresDatabase if isinstance(target, str) else SqliteDatabase
        assert isinstance(db, kind)
    finally:
        await db.close()
    again = await Database.open(target)
    try:
        assert again.migrated_from == again.schema_version
    finally:
        await again.close()
        await again.close()  # closing twice is harmless


async def test_now_sql_is_the_database_clock_in_unix_seconds(store: Database) -> None:
    row = await store._fetchone(f"SELECT {store.NOW_SQL}")
    assert row is not None and isinstance(row[0], float)
    assert abs(row[0] - time.time()) < 5


async def test_settings_default_save_replace_and_list(store: Database) -> None:
    assert await store.get_guild_settings(5) == GuildSettings(guild_id=5)
    changed = GuildSettings(guild_id=5).replace(threshold=0.8, languages=("it",))
    await store.save_guild_settings(changed)
    await store.save_guild_settings(changed.replace(threshold=0.7))
    await store.save_guild_settings(GuildSettings(guild_id=2**62))
    assert (await store.get_guild_settings(5)).threshold == 0.7
    assert [s.guild_id for s in await store.all_guild_settings()] == [5, 2**62]


async def test_add_stats_adds_to_existing_counts(store: Database) -> None:
    await store.add_stats([StatRow(1, DAY, 10, "seen", 3), StatRow(1, DAY, 0, "kind", 1)])
    await store.add_stats([StatRow(1, DAY, 10, "seen", 4)])
    await store.add_stats([])
    assert await store.stats_rows(1, DAY, DAY) == [
        StatRow(1, DAY, 0, "kind", 1),
        StatRow(1, DAY, 10, "seen", 7),
    ]


async def test_concurrent_stat_writers_lose_nothing(store: Database, target: str | Path) -> None:
    """Two connections (as two processes would have) adding to the same rows at once."""
    other = await Database.open(target)
    try:

        async def writer(db: Database) -> None:
            for _ in range(20):
                await db.add_stats(
                    [StatRow(1, DAY, c, m, 1) for c in (1, 2) for m in ("seen", "flagged")]
                )

        await asyncio.gather(writer(store), writer(other), writer(store))
    finally:
        await other.close()
    assert await store.stats_totals(1, DAY, DAY) == {"flagged": 120, "seen": 120}


async def test_stats_ranges_totals_and_first_day(store: Database) -> None:
    await store.add_stats(
        [
            StatRow(1, "2026-11-01", 1, "seen", 2),
            StatRow(1, "2026-11-02", 2, "seen", 5),
            StatRow(1, "2026-11-03", 1, "flagged", 1),
            StatRow(2, "2026-10-01", 1, "seen", 9),
            StatRow(3, "2026-10-01", 1, "seen", 0),
        ]
    )
    assert await store.stats_totals(1, "2026-11-02", "2026-11-03") == {"flagged": 1, "seen": 5}
    assert [r.day for r in await store.stats_rows(1, "2026-11-01", "2026-11-02")] == [
        "2026-11-01",
        "2026-11-02",
    ]
    assert await store.first_stats_day(1) == "2026-11-01"
    assert await store.first_stats_day(3) is None  # only zero counts
    assert await store.first_stats_day(4) is None
    with pytest.raises(ValueError):
        await store.stats_totals(1, "yesterday", DAY)


async def test_a_negative_count_is_refused_and_nothing_is_written(store: Database) -> None:
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own class
        await store.add_stats([StatRow(1, DAY, 1, "seen", 5), StatRow(1, DAY, 2, "seen", -1)])
    assert await store.stats_totals(1, DAY, DAY) == {}


async def test_meta_set_replace_and_missing(store: Database) -> None:
    assert await store.get_meta("command_hash") is None
    await store.set_meta("command_hash", "abc")
    await store.set_meta("command_hash", "def")
    assert await store.get_meta("command_hash") == "def"


async def test_prune_drops_old_stats_and_expired_states(store: Database) -> None:
    from bot.core.moderation.user_state import UserState

    await store.add_stats([StatRow(1, "2025-01-01", 1, "seen", 1), StatRow(1, DAY, 1, "seen", 1)])
    await store.save_user_states(
        [UserState(1, 7, expires_at=100.0), UserState(1, 8, expires_at=1e12)]
    )
    assert await store.prune_owned(
        UNSHARDED, stats_before_day="2026-01-01", user_state_before=1000.0
    ) == (1, 1)
    assert await store.stats_totals(1, "2000-01-01", "2100-01-01") == {"seen": 1}
    assert await store.get_user_state(1, 7) is None
    assert await store.get_user_state(1, 8) is not None
