"""Weekly summary bookkeeping: exactly one claim wins, even under concurrent ticks."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiosqlite
import pytest

from bot.core.stats.summary_status import SummaryState, SummaryStatus
from db.database import Database
from db.migrate import apply_migrations, load_migrations
from db.summary_store import STALE_CLAIM_SECONDS

WEEK = "2026-W10"


async def test_concurrent_claims_exactly_one_wins(db: Database) -> None:
    results = await asyncio.gather(*(db.claim_summary(1, WEEK, 1000.0) for _ in range(8)))
    assert sorted(results) == [False] * 7 + [True]
    status = await db.summary_for_week(1, WEEK)
    assert status == SummaryStatus(1, WEEK, SummaryState.CLAIMED, 1000.0, None)


async def test_claims_are_per_guild_and_week(db: Database) -> None:
    assert await db.claim_summary(1, WEEK, 1000.0)
    assert await db.claim_summary(2, WEEK, 1000.0)
    assert await db.claim_summary(1, "2026-W11", 1000.0)
    assert not await db.claim_summary(1, WEEK, 1001.0)


async def test_claim_survives_restart(db: Database, db_path: Path) -> None:
    assert await db.claim_summary(1, WEEK, 1000.0)
    await db.finish_summary(1, WEEK, ok=True, error=None, now=1005.0)
    await db.close()
    reopened = await Database.open(db_path)
    try:
        assert not await reopened.claim_summary(1, WEEK, 1_000_000.0)
        assert await reopened.summary_status(1) == SummaryStatus(
            1, WEEK, SummaryState.POSTED, 1005.0, None
        )
    finally:
        await reopened.close()


async def test_stale_claim_can_be_reclaimed_once(db: Database) -> None:
    assert await db.claim_summary(1, WEEK, 1000.0)
    assert not await db.claim_summary(1, WEEK, 1000.0 + STALE_CLAIM_SECONDS - 1)
    later = 1000.0 + STALE_CLAIM_SECONDS
    results = await asyncio.gather(*(db.claim_summary(1, WEEK, later) for _ in range(5)))
    assert results.count(True) == 1
    status = await db.summary_for_week(1, WEEK)
    assert status is not None and status.updated_at == later


async def test_posted_and_failed_weeks_are_never_reclaimed(db: Database) -> None:
    assert await db.claim_summary(1, WEEK, 1000.0)
    await db.finish_summary(1, WEEK, ok=False, error="403 Missing Access", now=1001.0)
    assert not await db.claim_summary(1, WEEK, 1e9)
    assert await db.summary_status(1) == SummaryStatus(
        1, WEEK, SummaryState.FAILED, 1001.0, "403 Missing Access"
    )
    assert await db.claim_summary(2, WEEK, 1000.0)
    await db.finish_summary(2, WEEK, ok=True, error=None, now=1001.0)
    assert not await db.claim_summary(2, WEEK, 1e9, stale_after=0)


async def test_status_is_the_latest_week(db: Database) -> None:
    assert await db.summary_status(1) is None
    for week in ("2025-W52", "2026-W02", "2026-W01"):
        assert await db.claim_summary(1, week, 1000.0)
    status = await db.summary_status(1)
    assert status is not None and status.week == "2026-W02"
    assert await db.summary_for_week(1, "2026-W03") is None


async def test_manual_finish_without_claim_is_recorded(db: Database) -> None:
    await db.finish_summary(1, WEEK, ok=True, error=None)
    status = await db.summary_for_week(1, WEEK)
    assert status is not None and status.state is SummaryState.POSTED
    assert not await db.claim_summary(1, WEEK, 1000.0)


async def test_long_errors_are_truncated(db: Database) -> None:
    await db.finish_summary(1, WEEK, ok=False, error="x" * 5000, now=1.0)
    status = await db.summary_status(1)
    assert status is not None and status.error is not None and len(status.error) == 300


@pytest.mark.parametrize("week", ["2026-10", "2026-W1", "2026-W54", "2026-W00", "26-W10"])
async def test_malformed_weeks_are_refused(db: Database, week: str) -> None:
    with pytest.raises(ValueError):
        await db.claim_summary(1, week, 1000.0)


async def test_two_connections_claiming_at_once_one_wins(db: Database, db_path: Path) -> None:
    """As if two bot processes ran on one file: the primary key still decides."""
    other = await Database.open(db_path)
    try:
        claims = [d.claim_summary(1, WEEK, 1000.0) for d in (db, other) for _ in range(4)]
        results = await asyncio.gather(*claims)
    finally:
        await other.close()
    assert results.count(True) == 1


async def test_another_runs_unfinished_claim_is_handed_out_at_once(db: Database) -> None:
    """One process per database: a claim by another run is from a run that is over."""
    assert await db.claim_summary(1, WEEK, 1000.0, owner="run-a")
    assert not await db.claim_summary(1, WEEK, 1001.0, owner="run-a")  # may still be posting
    results = await asyncio.gather(
        *(db.claim_summary(1, WEEK, 1002.0, owner="run-b") for _ in range(4))
    )
    assert results.count(True) == 1


async def test_an_interrupted_post_is_recorded_and_can_be_claimed_again(db: Database) -> None:
    assert await db.claim_summary(1, WEEK, 1000.0, owner="run-a")
    await db.interrupt_summary(1, WEEK, reason="stopped while posting", now=1008.0)
    status = await db.summary_for_week(1, WEEK)
    assert status == SummaryStatus(
        1, WEEK, SummaryState.INTERRUPTED, 1008.0, "stopped while posting"
    )
    assert status.state.unconfirmed
    assert await db.claim_summary(1, WEEK, 1010.0, owner="run-b")
    status = await db.summary_for_week(1, WEEK)
    assert status == SummaryStatus(1, WEEK, SummaryState.CLAIMED, 1010.0, None)


async def test_version_2_summary_rows_survive_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await apply_migrations(conn, load_migrations()[:2]) == 2
        await conn.execute(
            "INSERT INTO summary_posts VALUES (1, '2026-W10', 'posted', 5.0, NULL), "
            "(2, '2026-W10', 'claimed', 6.0, NULL)"
        )
    db = await Database.open(path)
    try:
        assert await db.summary_for_week(1, WEEK) == SummaryStatus(
            1, WEEK, SummaryState.POSTED, 5.0, None
        )
        assert await db.claim_summary(2, WEEK, 7.0, owner="new-run")  # the old run is over
    finally:
        await db.close()
