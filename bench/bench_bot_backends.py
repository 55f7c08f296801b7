"""Benchmark: the bot's messages per second on SQLite and on PostgreSQL, side by side.

The harness of bench/bench_bot.py (the real `kindness-bot run` process fed by the
fake Discord over a real websocket, every message scored and counted, nudge latency
paced), run alternately with the default SQLite file and with `DATABASE_URL` on a
fresh database of a throwaway, durable PostgreSQL cluster (tests/pg_cluster.py).
The database is written once a second by the flush, so the two should match within
noise.

    .venv/bin/python -m bench.bench_bot_backends --messages 50000 --runs 3 --write
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import platform
import shlex
import statistics
import sys
from collections.abc import Sequence

from bench.bench_bot import BotRun, bot_contestant
from bench.bench_gateway import Contestant, RunResult, run_contestant
from bench.results_file import write_section
from tests.fakediscord import FakeDiscord
from tests.pg_cluster import PostgresCluster

SECTION = "## Bot throughput by database"
NOTES = "### Reading the bot on each database"


def on_postgresql(cluster: PostgresCluster, runs: list[BotRun]) -> Contestant:
    """The same bot, each run on a new PostgreSQL database (exec keeps the pid)."""
    sqlite = bot_contestant(runs)

    def argv(fake: FakeDiscord) -> list[str]:
        return ["env", f"DATABASE_URL={cluster.create_database()}", *sqlite.argv(fake)]

    return dataclasses.replace(sqlite, name="kindness-bot on PostgreSQL", argv=argv)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args(args_list)
    results: dict[str, list[RunResult]] = {}
    with PostgresCluster(durable=True) as cluster:
        contestants = [
            dataclasses.replace(bot_contestant([]), name="kindness-bot on SQLite"),
            on_postgresql(cluster, []),
        ]
        for _ in range(args.runs):
            for contestant in contestants:  # alternating, so load changes hit both
                result = asyncio.run(
                    run_contestant(contestant, args.messages, rate=args.rate, seconds=args.seconds)
                )
                print(f"{result.name}: {result.rate:,.0f} messages/s", file=sys.stderr)
                results.setdefault(result.name, []).append(result)
    lines = [
        f"| database | median messages/s | runs (messages/s) | p50 ms at {args.rate}/s "
        f"| p99 ms at {args.rate}/s | triggers lost | RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, runs in results.items():
        lines.append(
            f"| {name} | {statistics.median(r.rate for r in runs):,.0f} | "
            f"{', '.join(f'{r.rate:,.0f}' for r in runs)} | "
            f"{statistics.median(r.latency(0.5) for r in runs):.2f} | "
            f"{statistics.median(r.latency(0.99) for r in runs):.2f} | "
            f"{sum(r.triggers_lost for r in runs)} | {max(r.rss_mb for r in runs):.0f} |"
        )
    sqlite, postgres = (statistics.median(r.rate for r in runs) for runs in results.values())
    command = shlex.join([".venv/bin/python", "-m", "bench.bench_bot_backends", *args_list])
    text = "\n".join(
        [
            SECTION,
            "",
            "The real `kindness-bot run` process with the harness of `## Bot throughput` "
            f"({args.messages:,} messages as fast as it takes them, then {args.seconds:g} s "
            f"paced at {args.rate}/s for the nudge latency), alternately on a fresh SQLite "
            "file and on a fresh database of a local, durable PostgreSQL cluster "
            "(`DATABASE_URL`); flush interval 1 s.",
            "",
            f"Command: `{command}`  ",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other "
            f"sessions (load average {os.getloadavg()[0]:.1f} at the end), Python "
            f"{platform.python_version()}, {args.runs} runs each, alternating.",
            "",
            *lines,
            "",
            f"On PostgreSQL the bot ran at {postgres / sqlite:.0%} of its rate on SQLite "
            "(median against median).",
        ]
    )
    print(text)
    if args.write:
        write_section(text, keep_from=NOTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
