"""Benchmark: `kindness-bot migrate --from sqlite:///... --to postgresql://...` on a year of
data for 100 servers (tests/db/year_data.py: about 290,000 rows of daily stats, 4,000
members' state, 5,200 weekly summary records, settings, feedback terms, nudge deletions).

The real command in its own process, into a fresh database on a throwaway, durable
PostgreSQL cluster each run; its own report gives the copy and the verification time.

    .venv/bin/python -m bench.bench_migrate --runs 3 --write
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.results_file import write_section
from db.database import Database
from tests.db.year_data import fill_year
from tests.pg_cluster import PostgresCluster

SECTION = "## Migrate SQLite to PostgreSQL"
_DONE = re.compile(r"Copied ([\d,]+) rows in ([\d.]+) s, verified in ([\d.]+) s: (.+)\.")


async def make_source(path: Path) -> int:
    db = await Database.open(path)
    try:
        return await fill_year(db, servers=100, days=365)
    finally:
        await db.close()


def migrate(source: Path, url: str) -> tuple[float, int, float, float, str]:
    """(wall seconds, rows, copy s, verify s, verdict) of one real `kindness-bot migrate`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "migrate", "--env-file", os.devnull,
         "--from", f"sqlite:///{source}", "--to", url],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    match = _DONE.search(done.stdout)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"migrate failed ({done.returncode}): {done.stderr}{done.stdout}")
    rows = int(match[1].replace(",", ""))
    return wall, rows, float(match[2]), float(match[3]), match[4]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp, PostgresCluster(durable=True) as cluster:
        source = Path(tmp) / "kindness.db"
        stats = asyncio.run(make_source(source))
        size = source.stat().st_size / 1e6
        for run in range(args.runs):
            results.append(migrate(source, cluster.create_database()))
            print(f"run {run + 1}: {results[-1]}", file=sys.stderr)
    best = min(results)
    command = shlex.join([".venv/bin/python", "-m", "bench.bench_migrate",
                          *(argv if argv is not None else sys.argv[1:])])  # fmt: skip
    text = "\n".join(
        [
            SECTION,
            "",
            "`kindness-bot migrate --from sqlite:///... --to postgresql://...` (the real "
            "command, its own process) on a year of data for 100 servers "
            f"(tests/db/year_data.py: {stats:,} rows of daily stats, {best[1]:,} rows in all, "
            f"a {size:.0f} MB SQLite file), into an empty database on a local throwaway "
            "PostgreSQL cluster with durable defaults. Copy: one read transaction on the "
            "source, one transaction with COPY on the target; verify: row counts and a "
            "checksum of every row of every table, on both sides.",
            "",
            f"Command: `{command}`  ",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other "
            f"sessions (load average {os.getloadavg()[0]:.1f} at the end), Python "
            f"{platform.python_version()}, {args.runs} runs.",
            "",
            "| | wall s (whole command) | copy s | verify s | result |",
            "|---|---|---|---|---|",
            *(
                f"| run {i + 1} | {r[0]:.1f} | {r[2]:.1f} | {r[3]:.1f} | {r[4]} |"
                for i, r in enumerate(results)
            ),
            "",
            f"Best: {best[0]:.1f} s for {best[1]:,} rows, verification included "
            f"({best[1] / best[0]:,.0f} rows/s).",
        ]
    )
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
