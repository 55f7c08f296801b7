"""Benchmark: several processes flushing stats at once, into PostgreSQL and into SQLite.

Each worker is its own process with its own `Database` (as each shard's process would
be) and its own servers, and calls the real `Database.flush` back to back for a fixed
time: one flush = what a busy bot process keeps in memory for a second (200 counter
rows over 20 servers, 20 members' state, 2 nudge deletions), in ONE transaction.
Reported: flushes per second over all workers, and p50/p99/max of one flush.

PostgreSQL is a throwaway cluster started here (tests/pg_cluster.py), durable
(fsync and synchronous_commit on, the server's defaults); SQLite is one file in WAL
mode with synchronous=NORMAL, the bot's settings. Several processes on one SQLite
file is what the instance lock forbids the bot; it is measured to show why.

    .venv/bin/python -m bench.bench_db_backends --seconds 8 --runs 3 --write
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.results_file import write_section
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.stats.counters import StatRow
from db.database import Database
from tests.pg_cluster import PostgresCluster

SECTION = "## Database backends"
NOTES = "### Reading the database backends"
SERVERS_PER_WORKER = 20
CHANNELS = 2
METRICS = ("seen", "kind", "flagged", "category:insult", "nudge:reply")
DAY = "2026-11-30"
BACKENDS = {
    "SQLite": "",
    "PostgreSQL": "",
    "PostgreSQL, synchronous_commit=off": "?synchronous_commit=off",
}
"""Each contestant and what its URL adds (asyncpg passes unknown URL options to the server
as settings: a commit then returns before its WAL reaches the disk, as SQLite's
synchronous=NORMAL does; a crash can lose the last fraction of a second, never corrupt)."""


def batch(worker: int, n: int) -> tuple[list[StatRow], list[UserState], list[NudgeDeletion]]:
    """One second of a busy process: 20 servers x 2 channels x 5 metrics, 20 members."""
    base = 1_000_000 * (worker + 1)
    rows = [
        StatRow(base + g, DAY, 100 + c, m, 1 + (n + g) % 7)
        for g in range(SERVERS_PER_WORKER)
        for c in range(CHANNELS)
        for m in METRICS
    ]
    states = [
        UserState(base + g, 5000 + (n % 50), last_flag_at=1.8e9 + n, expires_at=1.9e9)
        for g in range(SERVERS_PER_WORKER)
    ]
    nudges = [NudgeDeletion(base * 1000 + n * 2 + k, base + 100, base, 1.8e9 + n) for k in (0, 1)]
    return rows, states, nudges


async def work(target: str, worker: int, start_at: float, seconds: float) -> list[float]:
    """Flush back to back from `start_at` for `seconds`; each flush's time in ms."""
    db = await Database.open(target if "://" in target else Path(target))
    try:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        times: list[float] = []
        end = time.perf_counter() + seconds
        n = 0
        while time.perf_counter() < end:
            rows, states, nudges = batch(worker, n)
            t0 = time.perf_counter()
            await db.flush(rows, states, nudges_scheduled=nudges)
            times.append((time.perf_counter() - t0) * 1000)
            n += 1
        return times
    finally:
        await db.close()


@dataclass(frozen=True)
class Result:
    backend: str
    workers: int
    flushes_per_second: float
    p50: float
    p99: float
    worst: float


async def prepare(target: str) -> None:
    """Create and migrate the database once (the bot migrates under its instance lock)."""
    db = await Database.open(target if "://" in target else Path(target))
    await db.close()


def run_workers(target: str, workers: int, seconds: float, backend: str) -> Result:
    """Start the workers as processes, together, and gather their flush times."""
    asyncio.run(prepare(target))
    start_at = time.time() + 2.0  # every process opened its database by then
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.bench_db_backends",
                "--worker",
                str(w),
                "--target",
                target,
                "--start-at",
                str(start_at),
                "--seconds",
                str(seconds),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    times: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            raise RuntimeError(f"a worker failed with exit code {proc.returncode}")
        times.extend(json.loads(out))
    times.sort()
    return Result(
        backend, workers, len(times) / seconds, statistics.median(times),
        times[int(len(times) * 0.99)], times[-1],
    )  # fmt: skip


def measure(workers_list: Sequence[int], seconds: float, runs: int) -> list[list[Result]]:
    """Best of `runs` per (backend, workers), SQLite and PostgreSQL alternating."""
    rounds: list[list[Result]] = []
    with PostgresCluster(durable=True) as cluster, tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            results = []
            for workers in workers_list:
                for backend, options in BACKENDS.items():
                    if backend == "SQLite":
                        target = str(Path(tmp) / f"run{run}-{workers}.db")
                    else:
                        target = cluster.create_database() + options
                    result = run_workers(target, workers, seconds, backend)
                    print(f"run {run + 1}: {result}", file=sys.stderr)
                    results.append(result)
            rounds.append(results)
    return rounds


def table(rounds: list[list[Result]]) -> list[str]:
    lines = [
        "| backend | processes | flushes/s (best run) | runs (flushes/s) | p50 ms | p99 ms "
        "| max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, _ in enumerate(rounds[0]):
        same = [r[i] for r in rounds]
        best = max(same, key=lambda r: r.flushes_per_second)
        runs = ", ".join(f"{r.flushes_per_second:,.0f}" for r in same)
        lines.append(
            f"| {best.backend} | {best.workers} | {best.flushes_per_second:,.0f} | {runs} | "
            f"{best.p50:.2f} | {best.p99:.2f} | {best.worst:.1f} |"
        )
    return lines


def report(rounds: list[list[Result]], seconds: float, command: str) -> str:
    load = os.getloadavg()[0]
    return "\n".join(
        [
            SECTION,
            "",
            "Several processes, each with its own `Database` and servers, calling the real "
            "`Database.flush` back to back: one flush = 200 counter rows (20 servers x 2 "
            "channels x 5 metrics), 20 members' state and 2 nudge deletions in one "
            "transaction, what a busy process writes once a second. PostgreSQL: a local "
            "throwaway cluster (tests/pg_cluster.py) with its durable defaults (fsync, "
            "synchronous_commit on; and with `?synchronous_commit=off` in the URL, which "
            "is as durable as SQLite's synchronous=NORMAL), asyncpg pool of 4 per process. "
            "SQLite: one file, WAL, synchronous=NORMAL (the bot refuses a second process on "
            "one file; measured to show why). p50/p99/max of one flush over all processes "
            "of the best run.",
            "",
            f"Command: `{command}`  ",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other "
            f"sessions (load average {load:.1f} at the end), Python "
            f"{platform.python_version()}, {seconds:g} s per measurement, "
            f"{len(rounds)} runs, backends alternating.",
            "",
            *table(rounds),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--processes", default="1,4", help="comma-separated worker counts")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        times = asyncio.run(work(args.target, args.worker, args.start_at, args.seconds))
        print(json.dumps(times))
        return 0
    workers = [int(w) for w in args.processes.split(",")]
    rounds = measure(workers, args.seconds, args.runs)
    command = shlex.join([".venv/bin/python", "-m", "bench.bench_db_backends",
                          *(argv if argv is not None else sys.argv[1:])])  # fmt: skip
    text = report(rounds, args.seconds, command)
    print(text)
    if args.write:
        write_section(text, keep_from=NOTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
