"""Leases for work done once for the whole bot: one holder at a time, on the database's
clock, freed by expiry when the holder dies."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from db.database import Database


async def test_one_holder_at_a_time_and_renewal_by_the_holder(db: Database) -> None:
    assert await db.try_lease("sync", "run-a", 60)
    assert not await db.try_lease("sync", "run-b", 60)
    assert await db.try_lease("sync", "run-a", 60)  # renewed
    assert await db.try_lease("prune", "run-b", 60)  # another name is another lease
    assert not await db.release_lease("sync", "run-b")  # not b's to give up
    assert await db.release_lease("sync", "run-a")
    assert await db.try_lease("sync", "run-b", 60)


async def test_processes_racing_for_a_lease_get_exactly_one(db_path: Path) -> None:
    opened = [await Database.open(db_path) for _ in range(4)]
    try:
        won = await asyncio.gather(
            *(d.try_lease("sync", f"run-{i}-{j}", 60) for i, d in enumerate(opened) for j in (0, 1))
        )
    finally:
        for database in opened:
            await database.close()
    assert sum(won) == 1


async def test_an_expired_lease_is_taken_over(db: Database, db_path: Path) -> None:
    assert await db.try_lease("sync", "dead-run", 1)
    assert not await db.try_lease("sync", "next-run", 60)
    await asyncio.sleep(2.1)  # whole seconds on the database's clock
    assert await db.try_lease("sync", "next-run", 60)
    with sqlite3.connect(db_path) as raw:
        (value,) = raw.execute("SELECT value FROM meta WHERE key = 'lease:sync'").fetchone()
    until, _, owner = value.partition("|")
    assert owner == "next-run"
    assert time.time() + 55 <= int(until) <= time.time() + 61


async def test_old_leases_are_pruned_and_others_kept(db: Database) -> None:
    await db.set_meta("command_sync_hash", "abc")
    assert await db.try_lease("gone", "run-a", 1)
    assert await db.try_lease("held", "run-a", 3600)
    await asyncio.sleep(2.1)
    assert await db.prune_leases(expired_for=0) == 1
    assert await db.get_meta("lease:gone") is None
    assert await db.get_meta("lease:held") is not None
    assert await db.get_meta("command_sync_hash") == "abc"


@pytest.mark.parametrize(("owner", "ttl"), [("", 60), ("a|b", 60), ("run", 0), ("run", 1e6)])
async def test_bad_leases_are_refused(db: Database, owner: str, ttl: float) -> None:
    with pytest.raises(ValueError, match="lease"):
        await db.try_lease("sync", owner, ttl)


async def test_claims_are_stamped_by_the_database_clock(db: Database) -> None:
    before = time.time()
    assert await db.claim_summary(1, "2026-W10", owner="run-a")
    status = await db.summary_status(1)
    assert status is not None and before - 1 <= status.updated_at <= time.time() + 1
    assert not await db.claim_summary(1, "2026-W10", owner="run-a")  # still posting
    assert not await db.claim_summary(1, "2026-W10", owner="run-a", stale_after=60)
    assert await db.claim_summary(1, "2026-W10", owner="run-a", stale_after=-1)
    await db.finish_summary(1, "2026-W10", ok=True, error=None)
    status = await db.summary_status(1)
    assert status is not None and status.updated_at >= before - 1
