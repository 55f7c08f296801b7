"""`kindness-bot migrate`: pending migrations applied and said; a database copied into
another one and verified, refused when it would lose or overwrite something."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import asyncpg
import pytest

from bot.cli.common import ExitCode
from bot.cli.entry import main
from db.database import Database
from db.instance_lock import SqliteFileLock
from db.migrate_postgresql import load_postgres_migrations
from db.tables import TABLES
from tests.db.year_data import fill_year, guild_ids


def _make(path: Path, servers: int, days: int) -> int:
    async def go() -> int:
        db = await Database.open(path)
        try:
            return await fill_year(db, servers=servers, days=days)
        finally:
            await db.close()

    return asyncio.run(go())


def _sqlite_rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return [tuple(r) for r in conn.execute(sql, params)]


def _pg_rows(url: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    async def go() -> list[tuple[object, ...]]:
        conn = await asyncpg.connect(url)
        try:
            return [tuple(r) for r in await conn.fetch(sql, *params)]
        finally:
            await conn.close()

    return asyncio.run(go())


def test_a_year_of_100_servers_is_copied_to_postgresql_and_every_table_is_equal(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kindness.db"
    stats = _make(source, servers=100, days=365)
    assert stats > 250_000
    assert main(["migrate", "--from", f"sqlite:///{source}", "--to", pg_url]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "every table is equal" in out and f"{stats:>10,} rows  equal" in out
    # compared here without the product's code: each table row by row, in key order
    # (the test cluster has the C collation, which orders text like SQLite)
    for table in TABLES:
        order = ", ".join(table.key)
        columns = [r[1] for r in _sqlite_rows(source, f"PRAGMA table_info({table.name})")]
        select = f"SELECT {', '.join(columns)} FROM {table.name}"
        if table.name == "daily_stats":  # a guild at a time, to keep memory small
            for guild in guild_ids(100):
                mine = _sqlite_rows(source, f"{select} WHERE guild_id = ? ORDER BY {order}",
                                    (guild,))  # fmt: skip
                theirs = _pg_rows(pg_url, f"{select} WHERE guild_id = $1 ORDER BY {order}", guild)
                assert mine == theirs, guild
        else:
            mine = _sqlite_rows(source, f"{select} ORDER BY {order}")
            assert mine, table.name
            assert _pg_rows(pg_url, f"{select} ORDER BY {order}") == mine, table.name


def test_the_copy_goes_back_from_postgresql_to_sqlite(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.db"
    _make(first, servers=3, days=20)
    assert main(["migrate", "--from", str(first), "--to", pg_url]) == ExitCode.OK
    back = tmp_path / "back.db"
    assert main(["migrate", "--from", pg_url, "--to", f"sqlite:///{back}"]) == ExitCode.OK
    assert capsys.readouterr().out.count("every table is equal") == 2
    for table in TABLES:
        select = f"SELECT * FROM {table.name} ORDER BY {', '.join(table.key)}"
        assert _sqlite_rows(back, select) == _sqlite_rows(first, select), table.name


def test_a_target_holding_data_is_refused_unless_replace(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kindness.db"
    _make(source, servers=2, days=5)
    assert main(["migrate", "--from", str(source), "--to", pg_url]) == ExitCode.OK
    capsys.readouterr()
    assert main(["migrate", "--from", str(source), "--to", pg_url]) == ExitCode.ERROR
    err = capsys.readouterr().err.strip()
    assert err.startswith("kindness-bot: nothing was copied: the target already holds data (")
    assert err.endswith("pass --replace to delete what it holds and copy anyway.")
    assert len(err.splitlines()) == 1
    _sqlite_rows(source, "DELETE FROM user_state")  # the source changed since
    argv = ["migrate", "--from", str(source), "--to", pg_url, "--replace"]
    assert main(argv) == ExitCode.OK
    assert "every table is equal" in capsys.readouterr().out
    assert _pg_rows(pg_url, "SELECT COUNT(*) FROM user_state") == [(0,)]


def test_a_running_bot_on_the_source_is_refused(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kindness.db"
    _make(source, servers=1, days=2)

    async def while_locked() -> int:
        lock = SqliteFileLock(source)
        await lock.acquire()
        try:
            return await asyncio.to_thread(main, ["migrate", "--from", str(source), "--to", pg_url])
        finally:
            await lock.release()

    assert asyncio.run(while_locked()) == ExitCode.ALREADY_RUNNING
    assert "stop it first, so nothing it counts after the copy is lost" in capsys.readouterr().err
    assert _pg_rows(pg_url, "SELECT to_regclass('daily_stats')") == [(None,)]  # untouched


def test_a_table_the_copy_does_not_know_is_refused(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kindness.db"
    _make(source, servers=1, days=2)
    _sqlite_rows(source, "CREATE TABLE surprise (x INTEGER)")
    assert main(["migrate", "--from", str(source), "--to", pg_url]) == ExitCode.ERROR
    assert "table(s) surprise that this kindness-bot does not know" in capsys.readouterr().err
    assert _pg_rows(pg_url, "SELECT COUNT(*) FROM daily_stats") == [(0,)]


def test_migrate_alone_applies_pending_migrations_and_says_which(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    assert main(["migrate", "--env-file", "/nonexistent"]) == ExitCode.OK
    first = capsys.readouterr().out
    assert "applied 001_initial.sql, 002_nudge_deletions.sql" in first
    newest = len(load_postgres_migrations())
    assert f"(schema version 0 -> {newest})" in first
    assert main(["migrate", "--env-file", "/nonexistent"]) == ExitCode.OK
    assert f"is at schema version {newest}; nothing to apply." in capsys.readouterr().out


def test_same_database_and_bad_urls_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "k.db")
    assert main(["migrate", "--from", path, "--to", path]) == ExitCode.CONFIG
    assert main(["migrate", "--from", path, "--to", "postgresql://host"]) == ExitCode.CONFIG
    assert main(["migrate", "--from", path]) == ExitCode.CONFIG
    err = capsys.readouterr().err
    assert "the same database" in err and "names no database" in err and "go with --to" in err


async def test_verification_names_a_table_that_differs(tmp_path: Path, pg_url: str) -> None:
    from db.transfer import copy_database, verify

    source = await Database.open(tmp_path / "k.db")
    target = await Database.open(pg_url)
    try:
        await fill_year(source, servers=2, days=3)
        report = await copy_database(source, target)
        assert report.equal and report.rows > 0
        async with target._write() as tx:
            await tx.execute("UPDATE daily_stats SET value = value + 1 WHERE metric = 'seen'")
        columns = {t.name: _columns(tmp_path / "k.db", t.name) for t in TABLES}
        checks = {c.name: c for c in await verify(source, target, columns)}
        assert not checks["daily_stats"].equal
        assert checks["daily_stats"].source_rows == checks["daily_stats"].target_rows
        assert all(c.equal for name, c in checks.items() if name != "daily_stats")
    finally:
        await source.close()
        await target.close()


def _columns(path: Path, table: str) -> list[str]:
    return [str(r[1]) for r in _sqlite_rows(path, f"PRAGMA table_info({table})")]
