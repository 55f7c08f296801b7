"""What every store builds on, whichever database is behind it: one write transaction at
a time per `_write()`, reads that return plain tuples, `?` placeholders everywhere.

`Database` and its stores (mixins of `Connection`) write portable SQL against these
helpers; `db/sqlite_connection.py` and `db/postgres_connection.py` implement them
(the SQLite one on one shared aiosqlite connection under a lock, the PostgreSQL one on
a small asyncpg pool), so a store runs unchanged on both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, ClassVar, Protocol


class Written(Protocol):
    """What a write statement reports back: how many rows it changed."""

    @property
    def rowcount(self) -> int: ...


class Transaction(Protocol):
    """The statements a store may run inside `async with self._write() as conn:`."""

    async def execute(self, sql: str, params: Sequence[object] = ()) -> Written: ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Any: ...

    async def copy_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
    ) -> None:
        """Append many rows to one table as fast as the backend can (COPY on PostgreSQL)."""
        ...


class Snapshot(Protocol):
    """A consistent read of the whole database (one read transaction), for copying it."""

    async def tables(self) -> list[str]: ...

    async def columns(self, table: str) -> list[str]: ...

    def batches(self, sql: str, size: int) -> AsyncIterator[list[tuple[Any, ...]]]: ...


class Connection(ABC):
    """The transaction and read helpers; one subclass per backend implements them."""

    NOW_SQL: ClassVar[str]
    """The database's clock in Unix seconds, as a float SQL expression (set per backend),
    for claims that must not trust the clocks of several processes."""

    schema_version: int

    @abstractmethod
    def _write(self) -> AbstractAsyncContextManager[Transaction]:
        """One write transaction, committed on exit and rolled back on any error."""

    @abstractmethod
    async def _fetchall(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Every row of a read, as tuples; never sees another writer's uncommitted rows."""

    async def _fetchone(self, sql: str, params: Sequence[object] = ()) -> tuple[Any, ...] | None:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None

    @abstractmethod
    def _snapshot(self) -> AbstractAsyncContextManager[Snapshot]:
        """A read-only transaction seeing one moment of every table."""

    @abstractmethod
    async def _after_erase(self) -> None:
        """Make rows just deleted about a member unrecoverable where the backend can."""

    @abstractmethod
    async def close(self) -> None:
        """Finish pending writes and close; safe to call twice."""

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the data lives, for messages (a path, or a URL without its password)."""
