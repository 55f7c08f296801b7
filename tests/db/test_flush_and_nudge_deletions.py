"""Migration 002, stored nudge deletions, and the one-transaction flush."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.shards import UNSHARDED
from bot.core.stats.counters import StatRow
from db.database import Database
from db.migrate import apply_migrations, load_migrations

DAY = "2026-11-20"


def _deletion(message_id: int, at: float) -> NudgeDeletion:
    return NudgeDeletion(message_id=message_id, channel_id=20, guild_id=1, delete_at=at)


def _state(user_id: int) -> UserState:
    return UserState(guild_id=1, user_id=user_id, last_flag_at=5.0, expires_at=1e12)


async def test_an_existing_version_1_database_is_upgraded_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await apply_migrations(conn, load_migrations()[:1]) == 1
        await conn.execute(
            "INSERT INTO daily_stats VALUES (1, ?, 0, 'seen', 7)",
            (DAY,),
        )
    db = await Database.open(path)
    try:
        assert db.schema_version == len(load_migrations())
        assert await db.stats_totals(1, DAY, DAY) == {"seen": 7}
        assert await db.owned_nudge_deletions(UNSHARDED) == []
    finally:
        await db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(load_migrations())
        columns = [r[1] for r in raw.execute("PRAGMA table_info(nudge_deletions)")]
    assert columns == ["message_id", "channel_id", "guild_id", "delete_at"]


async def test_flush_stores_and_removes_nudge_deletions(db: Database) -> None:
    await db.flush([], [], nudges_scheduled=[_deletion(3, 300.0), _deletion(1, 100.0)])
    await db.flush([], [], nudges_scheduled=[_deletion(2, 200.0)])
    assert [d.message_id for d in await db.owned_nudge_deletions(UNSHARDED)] == [1, 2, 3]
    assert await db.owned_nudge_deletions(UNSHARDED, due_before=250.0) == [
        _deletion(1, 100.0),
        _deletion(2, 200.0),
    ]
    assert await db.owned_nudge_deletions(UNSHARDED, limit=1) == [_deletion(1, 100.0)]
    await db.flush([], [], nudges_done=[2, 99])  # 99 was never stored: nothing to remove
    assert await db.owned_nudge_deletions(UNSHARDED) == [_deletion(1, 100.0), _deletion(3, 300.0)]


async def test_prune_gives_up_on_long_overdue_deletions(db: Database) -> None:
    await db.flush([], [], nudges_scheduled=[_deletion(1, 10.0), _deletion(2, 500.0)])
    assert await db.prune_owned_nudge_deletions(UNSHARDED, before=100.0) == 1
    assert await db.owned_nudge_deletions(UNSHARDED) == [_deletion(2, 500.0)]


async def test_flush_is_one_write_transaction(db: Database) -> None:
    statements: list[str] = []
    await db._conn.set_trace_callback(statements.append)  # what SQLite really ran
    await db.flush(
        [StatRow(1, DAY, 20, "seen", 3), StatRow(1, DAY, 0, "alerts", 1)],
        [_state(5), _state(6)],
        nudges_scheduled=[_deletion(8, 50.0)],
        nudges_done=[9],
    )
    ran = list(statements)  # the reads below would add their own
    begins = [s for s in ran if s.startswith("BEGIN")]
    commits = [s for s in ran if s.startswith("COMMIT")]
    assert begins == ["BEGIN IMMEDIATE"] and commits == ["COMMIT"]
    assert await db.stats_totals(1, DAY, DAY) == {"alerts": 1, "seen": 3}
    assert await db.get_user_state(1, 6) == _state(6)
    assert await db.owned_nudge_deletions(UNSHARDED) == [_deletion(8, 50.0)]


async def test_flush_writes_nothing_when_one_part_fails(db: Database) -> None:
    poisoned = StatRow(1, DAY, 20, "seen", -1)  # CHECK (value >= 0) fails inside the write
    with pytest.raises(sqlite3.IntegrityError):
        await db.flush(
            [StatRow(1, DAY, 0, "alerts", 1), poisoned],
            [_state(5)],
            nudges_scheduled=[_deletion(8, 50.0)],
        )
    assert await db.stats_totals(1, DAY, DAY) == {}
    assert await db.get_user_state(1, 5) is None
    assert await db.owned_nudge_deletions(UNSHARDED) == []


async def test_an_empty_flush_opens_no_transaction(db: Database) -> None:
    statements: list[str] = []
    await db._conn.set_trace_callback(statements.append)
    await db.flush([], [])
    await db.set_meta("after", "1")  # proves the trace was recording
    assert statements[0].startswith("BEGIN")
