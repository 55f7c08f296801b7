"""Opening a database that cannot be used: one sentence, the right error, the file untouched.

Real files only: a file that is not SQLite, a SQLite file with damaged pages, a
path under a regular file, a directory, a file another connection holds locked.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import db.sqlite_connection
from db.database import Database
from db.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabasePathError,
)


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def damaged_sqlite_file(path: Path) -> bytes:
    """A real SQLite database (closed cleanly) whose table pages were overwritten."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(str(i) * 40,) for i in range(3000)])
        conn.commit()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize(
    "content",
    [b"name,score\nalice,3\n" * 50, b"SQLite format 3\x00" + b"\x00" * 20],
    ids=["csv-file", "truncated-header"],
)
async def test_a_file_that_is_not_sqlite_is_refused_and_left_byte_identical(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "kindness.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorruptError) as raised:
        await Database.open(path)
    assert path.read_bytes() == content
    assert siblings(path) == ["kindness.db"]  # no -wal, no -shm, no journal
    assert str(raised.value).count(". ") == 0 and "left untouched" in str(raised.value)


async def test_damaged_pages_are_found_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "kindness.db"
    before = damaged_sqlite_file(path)
    with pytest.raises(DatabaseCorruptError, match=r"quick_check|malformed"):
        await Database.open(path)
    assert path.read_bytes() == before
    assert siblings(path) == ["kindness.db"]


async def test_a_path_under_a_regular_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"I am a file, not a folder")
    with pytest.raises(DatabasePathError, match=r"DATABASE_PATH=.*cannot create directory"):
        await Database.open(blocker / "kindness.db")
    assert blocker.read_bytes() == b"I am a file, not a folder"


async def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError, match="it is a directory"):
        await Database.open(tmp_path)


@pytest.fixture
def exclusive_lock(tmp_path: Path) -> Iterator[Path]:
    """A rollback-journal database another connection holds an EXCLUSIVE lock on."""
    path = tmp_path / "kindness.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield path
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_locked_database_says_so(
    exclusive_lock: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.sqlite_connection, "BUSY_TIMEOUT_MS", 50)
    with pytest.raises(DatabaseLockedError, match="locked by another program"):
        await Database.open(exclusive_lock)


async def test_every_failure_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "kindness.db"
    path.write_bytes(b"garbage" * 100)
    with pytest.raises(DatabaseOpenError) as raised:
        await Database.open(path)
    text = str(raised.value)
    assert "\n" not in text and text.endswith(".") and text.count("; ") == 1


async def test_a_healthy_file_still_opens_after_the_checks(tmp_path: Path) -> None:
    path = tmp_path / "kindness.db"
    first = await Database.open(path)
    await first.close()
    again = await Database.open(path)
    try:
        assert again.schema_version >= 1
    finally:
        await again.close()


async def test_closing_while_another_process_holds_the_file_still_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards stopping together share one file: the optimisation at close can find it
    locked. The stats were flushed before it; the connection must still close, or its
    worker thread keeps the process alive (a shard that never exits)."""
    monkeypatch.setattr(db.sqlite_connection, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "kindness.db"
    database = await Database.open(path)
    for guild in range(3):  # reads that give PRAGMA optimize something to analyse
        await database.stats_totals(guild, "2026-12-01", "2026-12-01")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE other_process (x)")
    try:
        await asyncio.wait_for(database.close(), 10)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    reopened = await Database.open(path)  # closed cleanly: the file opens again
    await reopened.close()
