"""Benchmark: weekly summaries for 1,000 servers with a year of daily aggregates each.

Fills a real SQLite file through `Database.add_stats` (365 days per server, a few
channels, the metrics the bot really writes), then times the numbers alone
(two range queries + summary maths + embed text per server) and the whole
`build_summary` including the PNG chart, and reports the database size.

    .venv/bin/python -m bench.bench_summary [--servers 1000] [--days 365] [--write]

`--write` replaces the `## Weekly summary` section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path

from bench.results_file import write_section
from bot.core.stats.counters import StatRow
from bot.core.stats.schedule import window_for_week
from bot.core.stats.summary import summarize, summary_text
from bot.summaries.content import build_summary
from db.database import Database

SECTION = "## Weekly summary"
LAST_DAY = date(2026, 11, 15)  # a Sunday: the week summarised is 2026-W46
WEEK = "2026-W46"
CHANNELS = (101, 102, 103)
CHANNEL_METRICS = ("seen", "flagged", "kind", "category:insult", "category:profanity")
GUILD_METRICS = ("nudge:reply", "revised", "deleted", "repeated", "reports")


def day_rows(rng: random.Random, guild_id: int, day: str) -> list[StatRow]:
    rows = [
        StatRow(guild_id, day, channel, metric, rng.randint(1, 400 if metric == "seen" else 12))
        for channel in CHANNELS
        for metric in CHANNEL_METRICS
    ]
    rows += [StatRow(guild_id, day, 0, metric, rng.randint(0, 6) + 1) for metric in GUILD_METRICS]
    return rows


async def fill(db: Database, servers: int, days: int) -> tuple[int, float]:
    """(rows written, seconds); one transaction per 10 servers."""
    rng = random.Random(7)
    day_keys = [(LAST_DAY - timedelta(days=i)).isoformat() for i in range(days)]
    written = 0
    t0 = time.perf_counter()
    for first in range(0, servers, 10):
        batch = [
            row
            for guild_id in range(first + 1, min(first + 10, servers) + 1)
            for day in day_keys
            for row in day_rows(rng, guild_id, day)
        ]
        await db.add_stats(batch)
        written += len(batch)
    return written, time.perf_counter() - t0


async def numbers_only(db: Database, guild_id: int) -> None:
    """What a summary costs without the chart: two range queries and the maths."""
    window = window_for_week(WEEK, 0, 9, "UTC")
    days = window.days
    current = await db.stats_rows(guild_id, days[0].isoformat(), days[-1].isoformat())
    previous = await db.stats_rows(
        guild_id, window.previous_first_day.isoformat(), (days[0] - timedelta(1)).isoformat()
    )
    summary_text(summarize(guild_id, WEEK, days, current, previous))


async def timed(servers: int, step: Callable[[int], Awaitable[object]]) -> list[float]:
    """Per-server milliseconds of `step(guild_id)`."""
    out = []
    for guild_id in range(1, servers + 1):
        t0 = time.perf_counter()
        await step(guild_id)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def stats_line(name: str, ms: list[float]) -> str:
    p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) >= 20 else max(ms)
    return (
        f"| {name} | {sum(ms) / 1000:.1f} | {statistics.median(ms):.2f} | {p95:.2f} "
        f"| {max(ms):.2f} |"
    )


async def run(servers: int, days: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        db = await Database.open(path)
        try:
            rows, fill_s = await fill(db, servers, days)
            await db.close()
            with sqlite3.connect(path) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size_mb = path.stat().st_size / 1e6
            db = await Database.open(path)
            numbers = await timed(servers, lambda g: numbers_only(db, g))
            full = await timed(servers, lambda g: build_summary(db, g, WEEK))
            example = await build_summary(db, 1, WEEK)
        finally:
            await db.close()
    return "\n".join(
        [
            SECTION,
            "",
            f"{servers:,} servers x {days} days of daily aggregates ({len(CHANNELS)} channels x "
            f"{len(CHANNEL_METRICS)} metrics + {len(GUILD_METRICS)} server-wide metrics per day), "
            "in a real SQLite file written through `Database.add_stats`; then every server's "
            f"summary of {WEEK} generated one after another on one event loop.",
            "",
            f"Command: `.venv/bin/python -m bench.bench_summary --servers {servers} "
            f"--days {days} --write`  ",
            f"Machine: {platform.machine()}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, 2 cores.",
            "",
            f"- Database: {rows:,} rows, **{size_mb:.1f} MB** after a WAL checkpoint "
            f"({size_mb * 1e6 / rows:.0f} bytes per row, index included); "
            f"filled in {fill_s:.1f} s.",
            f"- Chart PNG: {len(example.png) / 1024:.0f} KiB per summary.",
            "",
            "| per server | total s | median ms | p95 ms | max ms |",
            "|---|---|---|---|---|",
            stats_line("numbers + embed text (2 queries)", numbers),
            stats_line("`build_summary` incl. chart", full),
            "",
            f"So the chart dominates: all {servers:,} weekly summaries take "
            f"{sum(full) / 1000:.0f} s of rendering once a week, spread over the servers' "
            "chosen hours, and each is rendered in a worker thread so the event loop keeps "
            "serving messages. Timings vary with other load on the machine (this run shared "
            "its 2 cores with other test suites); quote the median.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=1000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    text = asyncio.run(run(args.servers, args.days))
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
