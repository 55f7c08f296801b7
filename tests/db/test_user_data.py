"""Per-user state: round trip, forget_user erases everything, prune drops expired rows."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from bot.core.moderation.user_state import UserState, new_user_state, record_flag, record_nudge
from bot.core.shards import UNSHARDED
from bot.core.stats.counters import Metric, StatRow
from db.database import Database

GUILD = 111_111_111_111
OTHER_GUILD = 222_222_222_222
USER = 987_654_321_987_654
OTHER_USER = 123_456_789_123_456


async def _rows_mentioning(db: Database, needle: int) -> list[str]:
    """Every (table.column) cell anywhere in the database that equals or contains `needle`."""
    conn = db._conn  # the test scans the raw schema on purpose
    hits: list[str] = []
    async with conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cur:
        tables = [r[0] for r in await cur.fetchall()]
    for table in tables:
        async with conn.execute(f"PRAGMA table_info({table})") as cur:
            columns = [r[1] for r in await cur.fetchall()]
        for column in columns:
            sql = (
                f"SELECT COUNT(*) FROM {table} WHERE {column} = ? OR CAST({column} AS TEXT) LIKE ?"
            )
            async with conn.execute(sql, (needle, f"%{needle}%")) as cur:
                row = await cur.fetchone()
            if row is not None and row[0]:
                hits.append(f"{table}.{column}")
    return hits


async def test_state_round_trips_and_upserts(db: Database) -> None:
    assert await db.get_user_state(GUILD, USER) is None
    state = record_nudge(record_flag(new_user_state(GUILD, USER), 100.5, 3600), 101.25)
    await db.save_user_states([state])
    assert await db.get_user_state(GUILD, USER) == state
    later = record_flag(state, 200.0, 3600)
    await db.save_user_states([later, new_user_state(GUILD, OTHER_USER)])
    assert await db.get_user_state(GUILD, USER) == later
    assert await db.get_user_state(GUILD, OTHER_USER) == UserState(GUILD, OTHER_USER)
    assert await db.get_user_state(OTHER_GUILD, USER) is None


async def test_forget_user_leaves_no_row_with_that_id(db: Database) -> None:
    await db.save_user_states(
        [
            record_flag(new_user_state(GUILD, USER), 10.0, 60),
            record_flag(new_user_state(GUILD, OTHER_USER), 10.0, 60),
            record_flag(new_user_state(OTHER_GUILD, USER), 10.0, 60),
        ]
    )
    await db.add_stats([StatRow(GUILD, "2026-03-01", 5, Metric.SEEN, 3)])
    await db.add_feedback_terms(GUILD, ["idiot"])
    assert await _rows_mentioning(db, USER) == ["user_state.user_id"]

    assert await db.forget_user(GUILD, USER) == 1
    assert await db.get_user_state(GUILD, USER) is None
    assert await db.get_user_state(GUILD, OTHER_USER) is not None
    assert await db.get_user_state(OTHER_GUILD, USER) is not None  # another server's data

    assert await db.forget_user(OTHER_GUILD, USER) == 1
    assert await _rows_mentioning(db, USER) == []
    assert await db.forget_user(GUILD, USER) == 0
    assert await db.stats_totals(GUILD, "2026-03-01", "2026-03-01") == {"seen": 3}


async def test_prune_deletes_old_stats_and_expired_state(db: Database) -> None:
    await db.add_stats(
        [
            StatRow(GUILD, "2025-01-01", 0, Metric.SEEN, 1),
            StatRow(GUILD, "2025-12-31", 0, Metric.SEEN, 1),
            StatRow(OTHER_GUILD, "2025-06-01", 3, Metric.FLAGGED, 1),
            StatRow(GUILD, "2026-01-01", 0, Metric.SEEN, 1),
        ]
    )
    await db.save_user_states(
        [
            UserState(GUILD, USER, expires_at=999.0),
            UserState(GUILD, OTHER_USER, expires_at=1000.0),
        ]
    )
    assert await db.prune_owned(
        UNSHARDED, stats_before_day="2026-01-01", user_state_before=1000.0
    ) == (3, 1)
    assert await db.stats_rows(GUILD, "2000-01-01", "2100-01-01") == [
        StatRow(GUILD, "2026-01-01", 0, "seen", 1)
    ]
    assert await db.get_user_state(GUILD, USER) is None
    assert await db.get_user_state(GUILD, OTHER_USER) is not None
    assert await db.prune_owned(
        UNSHARDED, stats_before_day="2026-01-01", user_state_before=1000.0
    ) == (0, 0)


async def test_user_state_table_is_keyed_by_guild_and_user(db: Database) -> None:
    conn: aiosqlite.Connection = db._conn
    async with conn.execute("PRAGMA table_info(user_state)") as cur:
        pk = sorted((r[5], r[1]) for r in await cur.fetchall() if r[5])
    assert pk == [(1, "guild_id"), (2, "user_id")]


async def test_forgotten_ids_leave_no_bytes_in_the_files(db: Database, db_path: Path) -> None:
    """Not just no row: the id's bytes are gone from the database file and the WAL."""
    needle = USER.to_bytes(8, "big")
    states = [UserState(GUILD, USER + 7 * i, expires_at=1e12 + i) for i in range(300)]
    await db.save_user_states(states)
    async with db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"):
        pass  # put the rows into the main file, as after a long run
    await db.save_user_states([UserState(GUILD, USER, last_flag_at=5.0, expires_at=2e12)])

    def occurrences() -> int:
        return sum(f.read_bytes().count(needle) for f in db_path.parent.iterdir())

    assert occurrences() > 0
    assert await db.forget_user(GUILD, USER) == 1
    assert occurrences() == 0
