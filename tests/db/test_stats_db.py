"""Stats flushes: upserts add up, ranges are inclusive, a batch is all-or-nothing."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3

import pytest

from bot.core.stats.counters import Metric, StatRow, StatsCounter
from db.database import Database


async def test_upserts_add_up_across_flushes_and_days(db: Database) -> None:
    counter = StatsCounter()
    counter.add(1, 10, Metric.SEEN, 5, day="2026-03-01")
    counter.add(1, 10, Metric.FLAGGED, day="2026-03-01")
    await db.add_stats(counter.drain())
    counter.add(1, 10, Metric.SEEN, 2, day="2026-03-01")
    counter.add(1, 10, Metric.SEEN, 7, day="2026-03-02")
    await db.add_stats(counter.drain())
    await db.add_stats([])
    assert await db.stats_rows(1, "2026-03-01", "2026-03-02") == [
        StatRow(1, "2026-03-01", 10, "flagged", 1),
        StatRow(1, "2026-03-01", 10, "seen", 7),
        StatRow(1, "2026-03-02", 10, "seen", 7),
    ]


async def test_ranges_are_inclusive_and_per_guild(db: Database) -> None:
    rows = [
        StatRow(1, day, channel, Metric.SEEN, 1)
        for day in ("2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03")
        for channel in (10, 11)
    ]
    rows.append(StatRow(2, "2026-03-01", 10, Metric.SEEN, 100))
    rows.append(StatRow(1, "2026-03-02", 0, Metric.category("insult"), 3))
    await db.add_stats(rows)
    got = await db.stats_rows(1, "2026-03-01", "2026-03-02")
    assert {r.day for r in got} == {"2026-03-01", "2026-03-02"}
    assert all(r.guild_id == 1 for r in got)
    assert len(got) == 5
    assert await db.stats_totals(1, "2026-03-01", "2026-03-02") == {
        "category:insult": 3,
        "seen": 4,
    }
    assert await db.stats_totals(1, "2026-03-01", "2026-03-01") == {"seen": 2}
    assert await db.stats_totals(2, "2026-03-02", "2026-03-09") == {}
    assert await db.stats_totals(1, "2026-03-03", "2026-03-01") == {}


async def test_a_batch_is_one_transaction(db: Database) -> None:
    await db.add_stats([StatRow(1, "2026-03-01", 0, "seen", 1)])
    poisoned = [
        StatRow(1, "2026-03-01", 0, "seen", 10),
        StatRow(1, "2026-03-01", 0, "flagged", -5),  # violates CHECK (value >= 0)
    ]
    with pytest.raises(sqlite3.IntegrityError):
        await db.add_stats(poisoned)
    assert await db.stats_totals(1, "2026-03-01", "2026-03-01") == {"seen": 1}
    await db.add_stats([StatRow(1, "2026-03-01", 0, "seen", 1)])  # connection still usable
    assert await db.stats_totals(1, "2026-03-01", "2026-03-01") == {"seen": 2}


async def test_bad_days_are_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        await db.add_stats([StatRow(1, "03/01/2026", 0, "seen", 1)])
    with pytest.raises(ValueError):
        await db.stats_rows(1, "2026-3-1", "2026-03-02")


async def test_large_flush_round_trips(db: Database) -> None:
    rows = [StatRow(g, "2026-03-01", c, Metric.SEEN, 1) for g in range(10) for c in range(500)]
    await db.add_stats(rows)
    await db.add_stats(rows)
    totals = await db.stats_totals(3, "2026-03-01", "2026-03-01")
    assert totals == {"seen": 1000}


async def test_cancelled_flush_leaves_the_connection_usable(db: Database) -> None:
    """Shutdown may cancel a flush at any await; no transaction may be left open."""
    rows = [StatRow(1, "2026-03-01", c, "seen", 1) for c in range(2000)]
    for delay_steps in range(6):
        task = asyncio.create_task(db.add_stats(rows))
        for _ in range(delay_steps):
            await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await db.add_stats([StatRow(1, "2026-03-02", 0, "seen", 1)])
    totals = await db.stats_totals(1, "2026-03-02", "2026-03-02")
    assert totals == {"seen": 6}
    whole = await db.stats_rows(1, "2026-03-01", "2026-03-01")
    assert len({r.value for r in whole}) <= 1  # each batch landed entirely or not at all
