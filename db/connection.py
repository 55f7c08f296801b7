"""One aiosqlite connection shared by a process's coroutines: writes in one transaction at
a time under a lock, reads under the same lock. `Database` and its stores build on it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite


class Connection:
    """The shared connection, its lock, and the transaction and read helpers."""

    NOW_SQL = "((julianday('now') - 2440587.5) * 86400.0)"
    """The database's clock as Unix seconds, for SQL: what decides exactly-once claims and
    leases when several processes (on several machines) share the database."""

    def __init__(self, conn: aiosqlite.Connection, schema_version: int) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.schema_version = schema_version

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time on the shared connection; rolled back on error."""
        async with self._lock:
            try:
                # BEGIN inside the try: if the task is cancelled while BEGIN is queued,
                # aiosqlite still runs it, and the ROLLBACK queued after it undoes it.
                await self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
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

    async def _fetchone(self, sql: str, params: Sequence[object] = ()) -> tuple[Any, ...] | None:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None
