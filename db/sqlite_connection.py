"""The SQLite backend: one aiosqlite connection shared by a process's coroutines, writes in
one `BEGIN IMMEDIATE` transaction at a time under a lock, reads under the same lock.

Opening checks the path and the file before anything is written (`db/errors.py`),
switches on WAL and applies `db/migrations/` (`db/migrate.py`, `PRAGMA user_version`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Self

import aiosqlite

from db import errors
from db.connection import Connection
from db.migrate import apply_migrations, load_migrations, schema_version

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class _Transaction:
    """The statements of one write transaction on the shared connection."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Sequence[object] = ()) -> aiosqlite.Cursor:
        return await self._conn.execute(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> aiosqlite.Cursor:
        return await self._conn.executemany(sql, rows)

    async def copy_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
    ) -> None:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        await self._conn.executemany(sql, rows)


class _Snapshot:
    """Reads inside one deferred transaction: every table as of its first read."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def tables(self) -> list[str]:
        async with self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ) as cur:
            return [str(r[0]) for r in await cur.fetchall()]

    async def columns(self, table: str) -> list[str]:
        async with self._conn.execute(f"PRAGMA table_info({table})") as cur:
            return [str(r[1]) for r in await cur.fetchall()]

    async def batches(self, sql: str, size: int) -> AsyncIterator[list[tuple[Any, ...]]]:
        async with self._conn.execute(sql) as cur:
            while rows := await cur.fetchmany(size):
                yield [tuple(r) for r in rows]


class SqliteConnection(Connection):
    """The shared aiosqlite connection, its lock, and the transaction and read helpers."""

    NOW_SQL = "((julianday('now') - 2440587.5) * 86400.0)"

    def __init__(self, conn: aiosqlite.Connection, schema_version: int, path: str = "") -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.schema_version = schema_version
        self.migrated_from = schema_version
        """The schema version found before opening (for `kindness-bot migrate`)."""
        self._path = path

    @classmethod
    async def connect(cls, path: str | Path, *, busy_timeout_ms: int | None = None) -> Self:
        """Check the path and the file, then open, switch on WAL and apply migrations.

        Nothing is written before the checks pass: a damaged file raises
        `DatabaseCorruptError` and stays byte-identical. Every failure to open is a
        `DatabaseOpenError` (or `MigrationError` for a schema newer than this bot).
        """
        if busy_timeout_ms is None:
            busy_timeout_ms = BUSY_TIMEOUT_MS
        if str(path) != ":memory:":
            file = Path(path)
            errors.check_path(file)
            await asyncio.to_thread(errors.check_file, file, timeout=busy_timeout_ms / 1000)
        try:
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise errors.classify(Path(path), exc) from exc
        try:
            await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            mode = await _switch_to_wal(conn, patience=busy_timeout_ms / 1000)
            if mode not in ("wal", "memory"):
                logger.warning("SQLite refused WAL (journal_mode=%s); writes will be slower", mode)
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            # Deleted rows are overwritten with zeros, so a forgotten member's ids do not
            # linger in free space (prune and forget are rare; the extra writes are cheap).
            await conn.execute("PRAGMA secure_delete = ON")
            before = await schema_version(conn)
            version = await apply_migrations(conn, load_migrations())
        except sqlite3.Error as exc:
            await conn.close()
            raise errors.classify(Path(path), exc) from exc
        except BaseException:
            await conn.close()
            raise
        logger.info("database %s open at schema version %d", path, version)
        opened = cls(conn, version, str(path))
        opened.migrated_from = before
        return opened

    @property
    def location(self) -> str:
        return self._path

    async def close(self) -> None:
        """Optimise, then close. The optimisation is a nicety: when another process holds
        the file (shards stopping together) it is skipped, and the connection still
        closes, since its worker thread left open would keep the process from exiting."""
        async with self._lock:
            try:
                await self._conn.execute("PRAGMA optimize")
            except ValueError:  # already closed
                return
            except sqlite3.OperationalError as error:
                logger.info("skipped PRAGMA optimize at close: %s", error)
            await self._conn.close()

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[_Transaction]:
        """One write transaction at a time on the shared connection; rolled back on error."""
        async with self._lock:
            try:
                # BEGIN inside the try: if the task is cancelled while BEGIN is queued,
                # aiosqlite still runs it, and the ROLLBACK queued after it undoes it.
                await self._conn.execute("BEGIN IMMEDIATE")
                yield _Transaction(self._conn)
            except BaseException:
                await self._conn.rollback()
                raise
            await self._conn.commit()

    async def _fetchall(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Reads take the lock too, so they never see another coroutine's uncommitted batch.

        This costs nothing: aiosqlite runs everything on one thread in order anyway.
        """
        async with self._lock, self._conn.execute(sql, params) as cur:
            return [tuple(r) for r in await cur.fetchall()]

    @asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[_Snapshot]:
        async with self._lock:
            await self._conn.execute("BEGIN")
            try:
                yield _Snapshot(self._conn)
            finally:
                await self._conn.rollback()

    async def _after_erase(self) -> None:
        """Old versions of erased rows sit in WAL frames until a checkpoint; copy the WAL
        into the main file (secure_delete zeroes them there) and truncate it."""
        async with self._lock:
            await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def _switch_to_wal(conn: aiosqlite.Connection, *, patience: float) -> str:
    """Switch the file to WAL and return the journal mode it is in.

    SQLite does not wait on its busy handler for this switch: when several processes
    (shards) open a file in the old journal mode at once, all but one get "database is
    locked" at once. So wait here, up to the busy timeout, as every other write does.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            async with conn.execute("PRAGMA journal_mode = WAL") as cur:
                row = await cur.fetchone()
            return str(row[0]) if row is not None else "?"
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            await asyncio.sleep(0.05)
