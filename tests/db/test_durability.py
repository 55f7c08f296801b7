"""A writer killed with SIGKILL mid-stream leaves an intact database with whole flushes only."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.database import Database

BATCH_ROWS = 500
WRITER = f"""
import asyncio, sys
from bot.core.stats.counters import StatRow
from bot.core.moderation.user_state import UserState
from db.database import Database

async def main() -> None:
    db = await Database.open(sys.argv[1])
    flush = 0
    while True:
        flush += 1
        rows = [StatRow(1, "2026-03-01", c, "seen", 1) for c in range({BATCH_ROWS})]
        await db.add_stats(rows)
        await db.save_user_states([UserState(1, u, last_flag_at=float(flush), expires_at=1e12)
                                   for u in range(50)])
        print(flush, flush=True)

asyncio.run(main())
"""


def _write_then_sigkill(path: Path, kill_after: int) -> int:
    """Run the writer until it reports `kill_after` flushes, SIGKILL it; last flush seen."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    last_reported = 0
    deadline = time.monotonic() + 60
    try:
        while last_reported < kill_after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line, "writer exited early"
            last_reported = int(line)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return last_reported


@pytest.mark.parametrize("kill_after", [3, 40, 150])
async def test_sigkill_mid_stream_leaves_an_intact_database(
    tmp_path: Path, kill_after: int
) -> None:
    path = tmp_path / "kill.db"
    last_reported = _write_then_sigkill(path, kill_after)
    assert last_reported >= kill_after

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    db = await Database.open(path)
    try:
        totals = await db.stats_totals(1, "2026-03-01", "2026-03-01")
        rows = await db.stats_rows(1, "2026-03-01", "2026-03-01")
        state = await db.get_user_state(1, 0)
    finally:
        await db.close()
    committed = totals["seen"] // BATCH_ROWS
    # Every flush is one transaction: all channels moved together, nothing half-applied.
    assert {r.value for r in rows} == {committed}
    assert totals["seen"] == committed * BATCH_ROWS
    # Everything the writer saw committed survived (it may have committed one more).
    assert committed >= last_reported
    assert state is not None and state.last_flag_at is not None
    assert state.last_flag_at >= last_reported
