"""What the PostgreSQL backend does besides the contract: its migrations (same numbers as
SQLite's, applied once under a lock, tracked in a table), and which tables exist."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import asyncpg
import pytest

from db.database import Database
from db.migrate import Migration, MigrationError, load_migrations
from db.migrate_postgresql import (
    VERSION_TABLE,
    apply_postgres_migrations,
    load_postgres_migrations,
)
from db.tables import BOOKKEEPING, TABLES


def test_both_backends_have_the_same_migration_numbers() -> None:
    sqlite = [m.version for m in load_migrations()]
    postgres = [m.version for m in load_postgres_migrations()]
    assert sqlite == postgres, "port each db/migrations file to db/migrations_postgresql"


async def test_every_table_of_both_schemas_is_listed_for_the_copy(
    tmp_path: Path, pg_url: str
) -> None:
    listed = {t.name for t in TABLES}
    db = await Database.open(tmp_path / "k.db")
    await db.close()
    with sqlite3.connect(tmp_path / "k.db") as raw:
        in_sqlite = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db = await Database.open(pg_url)
    try:
        rows = await db._fetchall(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    finally:
        await db.close()
    in_postgres = {str(r[0]) for r in rows} - BOOKKEEPING
    assert in_sqlite == listed, "add the table and its key to db/tables.py"
    assert in_postgres == listed


async def test_processes_starting_together_migrate_once(pg_url: str) -> None:
    opened = await asyncio.gather(*(Database.open(pg_url) for _ in range(4)))
    try:
        assert {db.schema_version for db in opened} == {len(load_postgres_migrations())}
        rows = await opened[0]._fetchall(f"SELECT version FROM {VERSION_TABLE} ORDER BY version")
        assert [r[0] for r in rows] == [m.version for m in load_postgres_migrations()]
    finally:
        for db in opened:
            await db.close()


async def test_a_failing_migration_leaves_the_version_before_it(pg_url: str) -> None:
    good = load_postgres_migrations()[:1]
    bad = Migration(2, "002_bad.sql", "CREATE TABLE x (a INTEGER); SELECT no_such_function();")
    conn = await asyncpg.connect(pg_url)
    try:
        assert await apply_postgres_migrations(conn, good) == 1
        with pytest.raises(asyncpg.UndefinedFunctionError):
            await apply_postgres_migrations(conn, [*good, bad])
        assert await conn.fetchval(f"SELECT max(version) FROM {VERSION_TABLE}") == 1
        assert await conn.fetchval("SELECT to_regclass('x')") is None
    finally:
        await conn.close()


async def test_a_database_newer_than_this_bot_is_refused(pg_url: str) -> None:
    db = await Database.open(pg_url)
    try:
        async with db._write() as tx:
            await tx.execute(f"INSERT INTO {VERSION_TABLE} (version, name) VALUES (99, 'x.sql')")
    finally:
        await db.close()
    with pytest.raises(MigrationError, match="newer than this bot knows"):
        await Database.open(pg_url)


async def test_an_unreachable_server_is_one_sentence_without_the_password(
    pg_cluster: object,
) -> None:
    from db.errors import DatabaseUnreachableError
    from tests.pg_cluster import _free_port

    url = f"postgresql://kindness:s3cret@127.0.0.1:{_free_port()}/kindness"
    with pytest.raises(DatabaseUnreachableError) as caught:
        await Database.open(url)
    message = str(caught.value)
    assert message.startswith("DATABASE_URL=postgresql://kindness:***@127.0.0.1:")
    assert "s3cret" not in message and "check that PostgreSQL is running" in message
