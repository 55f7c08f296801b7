"""The real bot process fed by the fake gateway, side by side with a bare discord.py client.

    .venv/bin/python -m bench.bench_bot --messages 100000 --runs 3 --write

Uses the harness of bench/bench_gateway.py (same fake, same message mix, same
phases): per run, a fresh fake, a fresh `kindness-bot run` process and a fresh
SQLite file. Every message is scored and counted; the trigger is a hostile
message from a fresh author, answered by the nudge reply, so latency is from the
fake writing the MESSAGE_CREATE to the fake receiving the nudge's REST call.
Database write transactions are counted from the bot's own DEBUG flush lines
(library loggers stay at INFO, see bot/logging_setup.py). Results go to the
`## Bot throughput` section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shlex
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.bench_gateway import (
    AUTHORS,
    CHANNELS,
    TEXTS,
    TRIGGER_EVERY,
    Contestant,
    RunResult,
    bare_client,
    run_contestant,
)
from bench.results_file import write_section
from tests.fakediscord import FakeDiscord
from tests.fakediscord.launch import launch_command

SECTION = "Bot throughput"
TRIGGER = "shut up you idiot"
FLUSH_LINE = re.compile(
    r"^(\S+ \S+) DEBUG +bot\.client: flushed (\d+) stat rows and (\d+) user states"
)
SCORER_LINE = re.compile(r" bot\.cli\.run: (scorer: .+)$")  # which build (bot/cli/run.py)


@dataclass
class BotRun:
    """Where one bot run keeps its database and log."""

    folder: Path

    @property
    def log(self) -> Path:
        return self.folder / "bot.log"

    @property
    def database(self) -> Path:
        return self.folder / "kindness.db"

    def scorer_build(self) -> str:
        """The bot's own start-up line saying which scorer it ran, compiled or the sources."""
        for line in self.log.read_text().splitlines():
            match = SCORER_LINE.search(line)
            if match is not None:
                return match[1]
        return "scorer: not said in the bot's log"

    def write_rate(self) -> tuple[float, int]:
        """(write transactions per second over the bot's life, largest flush in rows).

        Each flush line is one write transaction: the bot writes counts, per-user
        state and nudge deletions together (`Database.flush`) and logs only when it
        wrote something.
        """
        times, biggest = [], 0
        for line in self.log.read_text().splitlines():
            match = FLUSH_LINE.match(line)
            if match is None:
                continue
            times.append(datetime.strptime(match[1], "%Y-%m-%d %H:%M:%S,%f"))
            biggest = max(biggest, int(match[2]))
        if len(times) < 2:
            return float(len(times)), biggest
        # n flushes span n - 1 intervals: the rate between the first and the last.
        return (len(times) - 1) / (times[-1] - times[0]).total_seconds(), biggest


def bot_contestant(runs: list[BotRun]) -> Contestant:
    """`kindness-bot run` with default settings on a fresh database per run."""

    def argv(fake: FakeDiscord) -> list[str]:
        run = BotRun(Path(tempfile.mkdtemp(prefix="kindness-bench-")))
        runs.append(run)
        command = launch_command(fake.api_base, fake.gateway_url, ["run", "--env-file", os.devnull])
        # exec keeps the pid, so the harness measures the bot's own CPU and RSS.
        script = (
            f'DATABASE_PATH={shlex.quote(str(run.database))} exec "$@" '
            f"2>>{shlex.quote(str(run.log))}"
        )
        return ["sh", "-c", script, "sh", *command]

    return Contestant(
        "kindness-bot (every message scored and counted)",
        argv,
        env={"LOG_LEVEL": "DEBUG", "KINDNESS_FLUSH_SECONDS": "1.0"},
        trigger=TRIGGER,
    )


def _table(results: Sequence[Sequence[RunResult]], bot_runs: Sequence[BotRun], rate: int) -> str:
    lines = [
        f"| contestant | median messages/s | runs (messages/s) | p50 ms at {rate}/s "
        f"| p99 ms at {rate}/s | triggers lost | DB write transactions/s | client RSS MB "
        "after the run |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for runs in results:
        rates = [r.rate for r in runs]
        middle = sorted(runs, key=lambda r: r.rate)[len(runs) // 2]
        writes = "-"
        if bot_runs and middle.name.startswith("kindness-bot"):
            per_run = [b.write_rate()[0] for b in bot_runs]
            writes = f"{statistics.median(per_run):.2f} (max {max(per_run):.2f})"
        lines.append(
            f"| {middle.name} | {statistics.median(rates):,.0f} | "
            f"{', '.join(f'{x:,.0f}' for x in rates)} | "
            f"{statistics.median(r.latency(0.5) for r in runs):.2f} | "
            f"{statistics.median(r.latency(0.99) for r in runs):.2f} | "
            f"{sum(r.triggers_lost for r in runs)} | {writes} | "
            f"{max(r.rss_mb for r in runs):.0f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=500, help="paced rate of the latency phase")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the latency phase")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args(args_list)
    if len(os.sched_getaffinity(0)) >= 2:
        os.sched_setaffinity(0, {0})  # the fake on core 0, the client on core 1
    bot_runs: list[BotRun] = []
    results = []
    for contestant in (bare_client(), bot_contestant(bot_runs)):
        runs = []
        for _ in range(args.runs):
            result = asyncio.run(
                run_contestant(contestant, args.messages, rate=args.rate, seconds=args.seconds)
            )
            print(
                f"{result.name}: {result.rate:,.0f} messages/s, latency p50 "
                f"{result.latency(0.5):.2f} ms p99 {result.latency(0.99):.2f} ms, "
                f"RSS {result.rss_mb:.0f} MB"
            )
            runs.append(result)
        results.append(runs)
    table = _table(results, bot_runs, args.rate)
    print(table)
    for build in sorted({run.scorer_build() for run in bot_runs}):
        print(f"bot runs: {build}")
    if args.write:
        body = _report(args, args_list, table, results, bot_runs).strip()
        write_section(f"## {SECTION}\n\n{body}")
    return 0


def _report(
    args: argparse.Namespace,
    args_list: Sequence[str],
    table: str,
    results: Sequence[Sequence[RunResult]],
    bot_runs: Sequence[BotRun],
) -> str:
    import discord

    bare, bot = (statistics.median(r.rate for r in runs) for runs in results)
    worst = min(r.rate for r in results[1]) / max(r.rate for r in results[0])
    p99 = statistics.median(r.latency(0.99) for r in results[1])
    writes = max(b.write_rate()[0] for b in bot_runs) if bot_runs else float("nan")
    rss = max(r.rss_mb for r in results[1])
    command = " ".join([".venv/bin/python", "-m", "bench.bench_bot", *args_list])
    return (
        "The real `kindness-bot run` process (default settings, fresh SQLite file per run) "
        "fed by the fake Discord over a real websocket, side by side in the same run with a "
        "bare discord.py client whose on_message does nothing. Harness, message mix and "
        f"phases as in `## Gateway throughput`: {args.messages:,} MESSAGE_CREATE events "
        f"({len(TEXTS)} texts incl. friendly profanity and hostility, {AUTHORS} authors, "
        f"{CHANNELS} channels) as fast as the client takes them, every one scored and "
        f"counted by the bot; latency over {args.seconds:g} s paced at {args.rate}/s, one in "
        f"{TRIGGER_EVERY} a hostile trigger (`{TRIGGER}`) from a fresh author, from the fake "
        "writing the MESSAGE_CREATE to the fake receiving the nudge reply's REST call. "
        "Write transactions are counted from the bot's flush log lines over its whole run "
        "(one transaction per flush: counts, per-user state and nudge deletions together; "
        "flush interval 1 s). RSS is "
        f"the bot's after the {args.messages:,}-message phase (worst run).\n\n"
        f"Command: `{command}`  \n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, discord.py {discord.__version__}, {args.runs} runs per "
        "contestant; client pinned to one core, the fake to the other.  \n"
        f"Scorer build: {'; '.join(sorted({run.scorer_build() for run in bot_runs}))}\n\n"
        f"{table}\n\n"
        f"The bot runs at {bot / bare:.0%} of the bare client's rate, median against median "
        f"(target: at least 50%); its slowest run against the bare client's fastest: "
        f"{worst:.0%}. Nudge latency p99 {p99:.2f} ms at {args.rate} messages/s (target "
        f"<= 20 ms); at most {writes:.2f} write transactions per second (target: about one); "
        f"{rss:.0f} MB resident after {args.messages:,} messages (target <= 150 MB)."
    )


if __name__ == "__main__":
    raise SystemExit(main())
