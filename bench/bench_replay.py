"""Benchmark: `kindness-bot replay` on generated DiscordChatExporter exports of growing size.

Writes exports of 1,000, 100,000 and 1,000,000 messages (tests/cli/dce_export.py: the
exporter's indented layout, a seeded mix of hostile, friendly, profane, Italian and
unicode-edge texts), then runs `python -m bot replay FILE` on each in a fresh
process and reads its wall time and peak resident memory (`ru_maxrss` from
`os.wait4`). Flat memory is the point: the 1,000-message run is the interpreter, the
scorer and its lexicons; the big ones should add next to nothing.

    .venv/bin/python -m bench.bench_replay [--sizes 1000,100000,1000000] [--runs 3] [--write]

`--write` replaces the `## Replay` section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results_file import write_section
from tests.cli.dce_export import generate, write_export

SECTION = "## Replay"


def make_export(folder: Path, count: int) -> Path:
    path = folder / f"export-{count}.json"
    if not path.exists():
        write_export(path, (item.message for item in generate(count, seed=2026)))
    return path


def measure(path: Path) -> tuple[float, int]:
    """(seconds, peak RSS in KiB) of one `replay` run in its own process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "replay", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"replay of {path} exited with {child.returncode}")
    return seconds, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3, help="best of N (the 1M export: one run)")
    parser.add_argument("--dir", type=Path, help="keep the exports here (default: a temp dir)")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as temp:
        folder = args.dir or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for count in sizes:
            path = make_export(folder, count)
            runs = [measure(path) for _ in range(1 if count >= 1_000_000 else args.runs)]
            seconds = min(s for s, _ in runs)
            peak = max(kib for _, kib in runs)
            size_mb = path.stat().st_size / 1e6
            rows.append((count, size_mb, seconds, peak))
            print(
                f"{count:>9,} messages  {size_mb:8.1f} MB  {seconds:7.1f} s  "
                f"{count / seconds:8,.0f} msg/s  peak RSS {peak / 1024:6.1f} MiB",
                flush=True,
            )
    load = os.getloadavg()[0]
    lines = [
        SECTION,
        "",
        f"`kindness-bot replay EXPORT.json` (the report, no --show) on generated "
        f"DiscordChatExporter exports; best of {args.runs} runs (one for 1M messages), each "
        f"in a fresh process; peak RSS is `ru_maxrss` of that process. "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs shared with other "
        f"sessions (load average {load:.1f} at the end).",
        "",
        "    .venv/bin/python -m bench.bench_replay --write",
        "",
        "| messages | export size | time | messages/s | peak RSS |",
        "|---|---|---|---|---|",
        *(
            f"| {count:,} | {size_mb:,.1f} MB | {seconds:.1f} s | {count / seconds:,.0f} | "
            f"{peak / 1024:.1f} MiB |"
            for count, size_mb, seconds, peak in rows
        ),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
