"""Migrations: applied in order, once, atomically, tracked by PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from db.database import Database
from db.migrate import Migration, MigrationError, apply_migrations, load_migrations

EXPECTED_TABLES = {
    "guild_settings",
    "daily_stats",
    "user_state",
    "feedback_terms",
    "summary_posts",
    "meta",
    "nudge_deletions",
    "automod_rules",
    "experiments",
    "experiment_members",
    "experiment_arms",
    "bullying_optouts",
    "bullying_dms",
}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_packaged_migrations_are_numbered_from_one() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert migrations[0].name == "001_initial.sql"


async def test_fresh_database_gets_every_migration(db_path: Path) -> None:
    assert not db_path.parent.exists()
    db = await Database.open(db_path)
    await db.close()
    newest = load_migrations()[-1].version
    assert db.schema_version == newest
    assert _user_version(db_path) == newest
    assert _tables(db_path) == EXPECTED_TABLES


async def test_reopen_is_a_no_op_and_keeps_data(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.set_meta("k", "v")
    await db.close()
    before = _user_version(db_path)
    db = await Database.open(db_path)
    try:
        assert db.schema_version == before
        assert await db.get_meta("k") == "v"
    finally:
        await db.close()
    assert _user_version(db_path) == before


async def test_connection_pragmas(db: Database, db_path: Path) -> None:
    conn = db._conn  # the pragmas are per connection; nothing public exposes them
    for pragma, expected in [
        ("journal_mode", "wal"),
        ("synchronous", 1),  # NORMAL
        ("foreign_keys", 1),
        ("busy_timeout", 5000),
    ]:
        async with conn.execute(f"PRAGMA {pragma}") as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == expected, pragma
    await db.set_meta("x", "1")
    assert db_path.with_name(db_path.name + "-wal").exists()


async def test_failing_migration_rolls_back_entirely(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    good = Migration(1, "001_a.sql", "CREATE TABLE a (x INTEGER);")
    bad = Migration(2, "002_b.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO nowhere VALUES (1);")
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await apply_migrations(conn, [good]) == 1
        with pytest.raises(sqlite3.OperationalError):
            await apply_migrations(conn, [good, bad])
        assert not conn.in_transaction
    assert _user_version(path) == 1
    assert _tables(path) == {"a"}


async def test_migrations_run_in_order_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    steps = [
        Migration(1, "001_a.sql", "CREATE TABLE log (step INTEGER);"),
        Migration(2, "002_b.sql", "INSERT INTO log VALUES (2);"),
        Migration(3, "003_c.sql", "INSERT INTO log VALUES (3);"),
    ]
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await apply_migrations(conn, steps[:2]) == 2
        assert await apply_migrations(conn, steps) == 3
        assert await apply_migrations(conn, steps) == 3
        async with conn.execute("SELECT step FROM log ORDER BY rowid") as cur:
            assert [r[0] for r in await cur.fetchall()] == [2, 3]


async def test_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(MigrationError, match="newer"):
        await Database.open(path)


def test_gaps_in_numbering_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "fake_migrations_pkg"
    (pkg / "migrations").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "migrations" / "001_a.sql").write_text("SELECT 1;")
    (pkg / "migrations" / "003_c.sql").write_text("SELECT 1;")
    (pkg / "migrations" / "README.txt").write_text("ignored")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(MigrationError, match="without gaps"):
        load_migrations("fake_migrations_pkg")
    (pkg / "migrations" / "002_b.sql").write_text("SELECT 1;")
    assert [m.version for m in load_migrations("fake_migrations_pkg")] == [1, 2, 3]


async def test_close_is_idempotent_and_leaves_no_wal(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.set_meta("k", "v")
    await db.close()
    await db.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)
