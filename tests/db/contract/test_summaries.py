"""The contract, part 3: the weekly summaries' exactly-once bookkeeping, on both backends."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.stats.summary_status import SummaryState, SummaryStatus
from db.database import Database
from db.summary_store import STALE_CLAIM_SECONDS

WEEK = "2026-W10"


async def test_concurrent_claims_from_two_connections_exactly_one_wins(
    store: Database, target: str | Path
) -> None:
    other = await Database.open(target)
    try:
        claims = [db.claim_summary(1, WEEK, 1000.0, owner=f"run{i % 2}")
                  for i, db in enumerate([store, other] * 4)]  # fmt: skip
        results = await asyncio.gather(*claims)
    finally:
        await other.close()
    # a claim of another run is handed over at once (its process is over): the first
    # claim and at most one hand-over per run can win, never two at the same instant
    assert results.count(True) >= 1
    status = await store.summary_for_week(1, WEEK)
    assert status is not None and status.state is SummaryState.CLAIMED


async def test_one_run_claims_a_week_once_until_it_is_stale(store: Database) -> None:
    assert await store.claim_summary(1, WEEK, 1000.0, owner="a")
    assert not await store.claim_summary(1, WEEK, 1001.0, owner="a")
    assert await store.claim_summary(2, WEEK, 1000.0, owner="a")
    assert await store.claim_summary(1, "2026-W11", 1000.0, owner="a")
    later = 1000.0 + STALE_CLAIM_SECONDS
    results = await asyncio.gather(*(store.claim_summary(1, WEEK, later, owner="a")
                                     for _ in range(5)))  # fmt: skip
    assert results.count(True) == 1


async def test_another_runs_unfinished_claim_is_handed_over(store: Database) -> None:
    assert await store.claim_summary(1, WEEK, 1000.0, owner="old")
    assert await store.claim_summary(1, WEEK, 1001.0, owner="new")
    await store.interrupt_summary(1, WEEK, reason="shutdown", now=1002.0)
    assert await store.claim_summary(1, WEEK, 1003.0, owner="newer")


async def test_finished_weeks_are_final_and_reported(store: Database) -> None:
    assert await store.summary_status(1) is None
    assert await store.claim_summary(1, WEEK, 1000.0)
    await store.finish_summary(1, WEEK, ok=False, error="403 " + "x" * 400, now=1001.0)
    await store.finish_summary(1, "2026-W11", ok=True, error=None, now=2000.0)
    assert not await store.claim_summary(1, WEEK, 1e9, owner="other")
    failed = await store.summary_for_week(1, WEEK)
    assert failed is not None and failed.state is SummaryState.FAILED
    assert failed.error is not None and len(failed.error) == 300
    assert await store.summary_status(1) == SummaryStatus(
        1, "2026-W11", SummaryState.POSTED, 2000.0, None
    )
    assert await store.summary_for_week(1, "2026-W12") is None
