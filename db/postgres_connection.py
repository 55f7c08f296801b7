"""The PostgreSQL backend: a small asyncpg pool; each write is one transaction on one of
its connections, each read one statement on another.

Stores write `?` placeholders (`db/placeholders.py` numbers them) and portable SQL.
Opening connects, takes nothing else, and applies `db/migrations_postgresql/` under an
advisory lock (`db/migrate_postgresql.py`). Writes of several processes meet in the
server, which serializes conflicting rows itself: no process-wide lock here.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Self

import asyncpg

from db.connection import Connection
from db.migrate_postgresql import (
    apply_postgres_migrations,
    load_postgres_migrations,
    postgres_schema_version,
)
from db.placeholders import numbered
from db.postgres_errors import CONNECT_ERRORS, open_error
from db.url import check_postgres, redact

if TYPE_CHECKING:
    from db.migrate_postgresql import PgConnection

logger = logging.getLogger(__name__)

POOL_MIN = 1
POOL_MAX = 4
"""One bot process needs few connections: a flush, a command, the summary ticker."""
CONNECT_TIMEOUT = 10.0


class _Done:
    """What a statement changed, from PostgreSQL's status tag (`DELETE 3`, `INSERT 0 1`)."""

    __slots__ = ("rowcount",)

    def __init__(self, status: str) -> None:
        last = status.rsplit(" ", 1)[-1]
        self.rowcount = int(last) if last.isdigit() else -1


class _Transaction:
    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Sequence[object] = ()) -> _Done:
        return _Done(await self._conn.execute(numbered(sql), *params))

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        await self._conn.executemany(numbered(sql), rows)

    async def copy_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
    ) -> None:
        await self._conn.copy_records_to_table(table, records=rows, columns=list(columns))


class _Snapshot:
    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn

    async def tables(self) -> list[str]:
        rows = await self._conn.fetch(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY table_name"
        )
        return [str(r[0]) for r in rows]

    async def columns(self, table: str) -> list[str]:
        rows = await self._conn.fetch(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = $1 "
            "ORDER BY ordinal_position",
            table,
        )
        return [str(r[0]) for r in rows]

    async def batches(self, sql: str, size: int) -> AsyncIterator[list[tuple[Any, ...]]]:
        cursor = await self._conn.cursor(sql)
        while rows := await cursor.fetch(size):
            yield [tuple(r) for r in rows]


class PostgresConnection(Connection):
    """The pool and the transaction and read helpers over it."""

    NOW_SQL = "CAST(extract(epoch from clock_timestamp()) AS DOUBLE PRECISION)"

    def __init__(self, pool: asyncpg.Pool, schema_version: int, url: str) -> None:
        self._pool = pool
        self.schema_version = schema_version
        self.migrated_from = schema_version
        self._url = url

    @classmethod
    async def connect(cls, url: str) -> Self:
        """Connect, then apply pending migrations; a `DatabaseOpenError` if unusable."""
        check_postgres(url)
        try:
            pool = await asyncpg.create_pool(
                url, min_size=POOL_MIN, max_size=POOL_MAX, timeout=CONNECT_TIMEOUT
            )
        except CONNECT_ERRORS as exc:
            raise open_error(url, exc) from exc
        try:
            async with pool.acquire() as conn:
                before = await postgres_schema_version(conn)
                version = await apply_postgres_migrations(conn, load_postgres_migrations())
        except BaseException:
            await pool.close()
            raise
        logger.info("database %s open at schema version %d", redact(url), version)
        opened = cls(pool, version, url)
        opened.migrated_from = before
        return opened

    @property
    def location(self) -> str:
        return redact(self._url)

    async def close(self) -> None:
        if not self._pool.is_closing():
            await self._pool.close()

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[_Transaction]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield _Transaction(conn)

    async def _fetchall(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        rows = await self._pool.fetch(numbered(sql), *params)
        return [tuple(r) for r in rows]

    @asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[_Snapshot]:
        async with (
            self._pool.acquire() as conn,
            conn.transaction(isolation="repeatable_read", readonly=True),
        ):
            yield _Snapshot(conn)

    async def _after_erase(self) -> None:
        """Nothing to do: deleted rows are gone for every reader at once, and autovacuum
        reclaims their space (backups and WAL archives are the operator's to expire)."""
