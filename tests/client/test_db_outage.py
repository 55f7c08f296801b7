"""A database outage while running: logged once per kind per window, no count lost, bounded.

The outage is real: another connection holds SQLite's write lock (`BEGIN EXCLUSIVE`),
exactly what a backup tool or a `sqlite3` shell does, so every flush gets SQLITE_BUSY.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import bot.client
from bot.client import KindnessBot
from bot.config import AppConfig
from db.database import Database


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[KindnessBot]:
    path = tmp_path / "k.db"
    client = KindnessBot(AppConfig(database_path=path, db_error_log_seconds=600))
    client._db = await Database.open(path, busy_timeout_ms=20)
    yield client
    await client.db.close()


@pytest.fixture
def write_lock(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection that takes the write lock when the test calls BEGIN EXCLUSIVE."""
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


async def totals(client: KindnessBot) -> dict[str, int]:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return await client.db.stats_totals(1, today, today)


def warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_outage_is_logged_once_and_every_count_is_written_after_it(
    client: KindnessBot, write_lock: sqlite3.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.client")
    write_lock.execute("BEGIN EXCLUSIVE")
    for i in range(30):  # one flush a second for 30 seconds, a message before each
        client.stats.add(1, 20 + i % 3, "seen", 1)
        assert await client.flush() == 0
    lines = warnings(caplog)
    assert len(lines) == 1
    assert "SQLITE_BUSY" in lines[0].getMessage() and lines[0].exc_info is None
    assert "once per 600 s" in lines[0].getMessage()
    debug_tracebacks = [r for r in caplog.records if r.levelno == logging.DEBUG and r.exc_info]
    assert len(debug_tracebacks) == 30  # the details are there for whoever asks for DEBUG

    write_lock.execute("ROLLBACK")
    client.stats.add(1, 20, "seen", 1)
    assert await client.flush() == 3
    assert await totals(client) == {"seen": 31}
    recovered = warnings(caplog)[1].getMessage()
    assert "works again after 30 failed attempts" in recovered


async def test_a_later_report_carries_the_count_of_the_quiet_ones(
    client: KindnessBot, write_lock: sqlite3.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    client.db_failures.window = 1e-9  # every failure is past the (tiny) window
    write_lock.execute("BEGIN EXCLUSIVE")
    client.stats.add(1, 20, "seen", 1)
    await client.flush()
    await client.flush()
    messages = [r.getMessage() for r in warnings(caplog)]
    assert len(messages) == 2
    assert "database write still failing (SQLITE_BUSY" in messages[1]
    assert "1 failures since this was last logged" in messages[1]


async def test_what_waits_in_memory_is_bounded(
    client: KindnessBot,
    write_lock: sqlite3.Connection,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bot.client, "MAX_PENDING_STAT_ROWS", 20)
    write_lock.execute("BEGIN EXCLUSIVE")
    for channel in range(60):  # one new (server, day, channel, metric) row per flush
        client.stats.add(1, channel, "seen", 2)
        await client.flush()
        assert client.stats.pending() <= 20
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "reached their bound" in errors[0]
    write_lock.execute("ROLLBACK")
    await client.flush()
    assert (await totals(client))["seen"] == 2 * 20  # the bound's worth of rows, no more
