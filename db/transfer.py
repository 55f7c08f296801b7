"""Copy every table of one database into another (SQLite or PostgreSQL, either way) and
prove the copy: `kindness-bot migrate --from ... --to ...`.

The source is read in one read-only transaction, so the copy is one moment of it; the
target is written in ONE transaction (COPY on PostgreSQL), so it ends with all of the
data or none. Then both sides are read again and compared table by table: the row
count and a checksum of every row (the sum of each row's 64-bit hash, so the order
rows come back in does not matter, and a lost, extra or changed row shows). Python's
own hash makes equal numbers equal whichever driver returned them (5, 5.0 and
Decimal 5), and is 30 times faster than a cryptographic one; it is salted per
process, so a checksum compares two sides of one run, not two runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from db.connection import Snapshot
from db.database import Database
from db.tables import BOOKKEEPING, TABLES, Table

logger = logging.getLogger(__name__)

BATCH_ROWS = 10_000
_CHECKSUM_MOD = 2**64


class TransferError(Exception):
    """The copy cannot start or did not match; str() is the operator's sentence."""


@dataclass(frozen=True, slots=True)
class TableCheck:
    """One table after the copy: rows and checksum on each side."""

    name: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def equal(self) -> bool:
        return (self.source_rows, self.source_checksum) == (self.target_rows, self.target_checksum)


@dataclass(frozen=True, slots=True)
class TransferReport:
    tables: tuple[TableCheck, ...]
    copy_seconds: float
    verify_seconds: float

    @property
    def equal(self) -> bool:
        return all(t.equal for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)


async def row_counts(db: Database) -> dict[str, int]:
    """Rows per known table (to tell an empty target from a used one)."""
    counts = {}
    for table in TABLES:
        row = await db._fetchone(f"SELECT COUNT(*) FROM {table.name}")
        counts[table.name] = int(row[0]) if row else 0
    return counts


async def copy_database(
    source: Database, target: Database, *, replace: bool = False, batch_rows: int = BATCH_ROWS
) -> TransferReport:
    """Copy every table, then verify; raises `TransferError` before writing if it cannot."""
    if source.schema_version != target.schema_version:
        raise TransferError(
            f"the source is at schema version {source.schema_version} and the target at "
            f"{target.schema_version}; open both with this kindness-bot first"
        )
    used = {name: n for name, n in (await row_counts(target)).items() if n}
    if used and not replace:
        listed = ", ".join(f"{n:,} in {name}" for name, n in used.items())
        raise TransferError(
            f"the target already holds data ({listed}); copy into an empty database, or "
            "pass --replace to delete what it holds and copy anyway"
        )
    started = time.perf_counter()
    async with source._snapshot() as snap:
        columns = await _checked_columns(snap, target)
        async with target._write() as tx:
            if replace:
                for table in TABLES:
                    await tx.execute(f"DELETE FROM {table.name}")
            for table in TABLES:
                copied = 0
                async for rows in snap.batches(_select(table, columns[table.name]), batch_rows):
                    await tx.copy_rows(table.name, columns[table.name], rows)
                    copied += len(rows)
                logger.info("copied %d row(s) of %s", copied, table.name)
    copy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    checks = await verify(source, target, columns)
    return TransferReport(checks, copy_seconds, time.perf_counter() - started)


async def verify(
    source: Database, target: Database, columns: dict[str, list[str]]
) -> tuple[TableCheck, ...]:
    """Count and checksum every table on both sides (each side one consistent read)."""
    sums: list[dict[str, tuple[int, str]]] = []
    for db in (source, target):
        async with db._snapshot() as snap:
            sums.append({t.name: await _checksum(snap, t, columns[t.name]) for t in TABLES})
    return tuple(
        TableCheck(t.name, *(sums[0][t.name][0], sums[1][t.name][0]),
                   *(sums[0][t.name][1], sums[1][t.name][1]))
        for t in TABLES
    )  # fmt: skip


async def _checked_columns(snap: Snapshot, target: Database) -> dict[str, list[str]]:
    """Each table's columns, the same on both sides; no table of the source left out."""
    known = {t.name for t in TABLES}
    unknown = sorted(set(await snap.tables()) - known - BOOKKEEPING)
    if unknown:
        raise TransferError(
            f"the source has table(s) {', '.join(unknown)} that this kindness-bot does not "
            "know how to copy; upgrade kindness-bot (or list them in db/tables.py)"
        )
    columns: dict[str, list[str]] = {}
    async with target._snapshot() as target_snap:
        for table in TABLES:
            mine = await snap.columns(table.name)
            theirs = await target_snap.columns(table.name)
            if sorted(mine) != sorted(theirs):
                raise TransferError(
                    f"table {table.name} has columns {', '.join(mine)} in the source but "
                    f"{', '.join(theirs)} in the target"
                )
            columns[table.name] = mine
    return columns


def _select(table: Table, columns: Sequence[str]) -> str:
    return f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY {', '.join(table.key)}"


async def _checksum(snap: Snapshot, table: Table, columns: Sequence[str]) -> tuple[int, str]:
    count = 0
    total = 0
    async for rows in snap.batches(_select(table, columns), BATCH_ROWS):
        count += len(rows)
        total += sum(map(_row_hash, rows))
    return count, f"{total % _CHECKSUM_MOD:016x}"


def _row_hash(row: tuple[Any, ...]) -> int:
    return hash(row) % _CHECKSUM_MOD
