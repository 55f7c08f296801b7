"""Per-server work chosen in SQL: a process reads and prunes only its shards' servers."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.shards import UNSHARDED, ShardPlan, shard_of
from bot.core.stats.counters import StatRow
from db.database import Database
from db.migrate import copy_path_for, load_migrations
from db.shard_store import owned
from tests.db.test_migration_copy import backups, database_at, user_version

COUNT = 3


def on(shard: int, n: int) -> int:
    """A realistic snowflake on `shard` of COUNT (timestamp bits pick the shard)."""
    return ((1_300_000_000_000 + shard + n * COUNT) << 22) | 4321


GUILDS = [on(k, n) for k in range(COUNT) for n in range(2)]


async def test_the_condition_is_discords_formula(db: Database) -> None:
    assert {shard_of(g, COUNT) for g in GUILDS} == {0, 1, 2}
    for guild_id in GUILDS:
        await db.save_guild_settings(GuildSettings(guild_id))
    for k in range(COUNT):
        plan = ShardPlan(COUNT, (k,))
        got = [s.guild_id for s in await db.owned_guild_settings(plan)]
        assert got == sorted(g for g in GUILDS if plan.owns(g))
        assert len(got) == 2
    both = await db.owned_guild_settings(ShardPlan(COUNT, (0, 2)))
    assert {shard_of(s.guild_id, COUNT) for s in both} == {0, 2}
    assert [s.guild_id for s in await db.owned_guild_settings(UNSHARDED)] == sorted(GUILDS)
    assert owned(UNSHARDED) == ("1 = 1", [])


async def test_the_sweep_sees_and_drops_only_owned_deletions(db: Database) -> None:
    rows = [NudgeDeletion(1000 + i, 7, g, 100.0 + i) for i, g in enumerate(GUILDS)]
    await db.flush([], [], nudges_scheduled=rows)
    mine = ShardPlan(COUNT, (1,))
    got = await db.owned_nudge_deletions(mine)
    assert [d.guild_id for d in got] == [g for g in GUILDS if mine.owns(g)]
    assert await db.owned_nudge_deletions(mine, due_before=100.0 + GUILDS.index(got[1].guild_id))
    assert len(await db.owned_nudge_deletions(mine, limit=1)) == 1
    assert await db.prune_owned_nudge_deletions(mine, before=1e9) == 2
    left = await db.owned_nudge_deletions(UNSHARDED)
    assert len(left) == len(GUILDS) - 2 and not any(mine.owns(d.guild_id) for d in left)


async def test_retention_prunes_only_owned_servers(db: Database) -> None:
    await db.add_stats([StatRow(g, "2020-01-01", 0, "seen", 1) for g in GUILDS])
    await db.add_stats([StatRow(g, "2030-01-01", 0, "seen", 1) for g in GUILDS])
    await db.save_user_states([UserState(g, 5, None, None, (), 10.0) for g in GUILDS])
    mine = ShardPlan(COUNT, (0,))
    assert await db.prune_owned(mine, stats_before_day="2025-01-01", user_state_before=20.0) == (
        2,
        2,
    )
    for guild_id in GUILDS:
        old = await db.stats_totals(guild_id, "2020-01-01", "2020-01-01")
        state = await db.get_user_state(guild_id, 5)
        assert (old == {}) is mine.owns(guild_id)
        assert (state is None) is mine.owns(guild_id)
        assert await db.stats_totals(guild_id, "2030-01-01", "2030-01-01") == {"seen": 1}


async def test_shards_opening_a_new_file_together_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    opened = await asyncio.gather(*(Database.open(path) for _ in range(4)))
    try:
        newest = load_migrations()[-1].version
        assert [d.schema_version for d in opened] == [newest] * 4
        await opened[0].save_guild_settings(GuildSettings(GUILDS[0]))
        assert [s.guild_id for s in await opened[3].owned_guild_settings(UNSHARDED)] == [GUILDS[0]]
    finally:
        for database in opened:
            await database.close()


async def test_shards_upgrading_an_old_file_together_keep_one_true_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at(path, 1)
    opened = await asyncio.gather(*(Database.open(path) for _ in range(4)))
    for database in opened:
        await database.close()
    newest = load_migrations()[-1].version
    assert [d.schema_version for d in opened] == [newest] * 4
    assert backups(tmp_path) == [copy_path_for(path, newest).name]
    assert user_version(copy_path_for(path, newest)) == 1  # the file as it was, not halfway


async def test_opening_waits_for_another_process_holding_the_old_journal(tmp_path: Path) -> None:
    """The switch to WAL waits for a lock held elsewhere (SQLite does not, by itself)."""
    path = tmp_path / "old.db"
    database_at(path, 1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing, in the old journal mode
    opening = asyncio.create_task(Database.open(path, busy_timeout_ms=5000))
    await asyncio.sleep(0.3)
    assert not opening.done()  # waiting, not refused
    other.execute("COMMIT")
    other.close()
    database = await opening
    assert database.schema_version == load_migrations()[-1].version
    await database.close()
