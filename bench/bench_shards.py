"""The bot's messages per second per process, unsharded against sharded, side by side.

    .venv/bin/python -m bench.bench_shards --messages 30000 --runs 4 --write
    git archive main | tar -x -C /tmp/kb-main   # optional: the code before shards
    .venv/bin/python -m bench.bench_shards --baseline /tmp/kb-main --write

Harness of bench/bench_gateway.py and the bot contestant of bench/bench_bot.py. Two
contestants, their runs interleaved (A, B, A, B, ...) so load from elsewhere on the
machine falls on both alike: the plain `kindness-bot run` (one connection, as Discord
recommends), and the same process as shard 0 of 2 (`KINDNESS_SHARD_COUNT=2`,
`KINDNESS_SHARD_IDS=0`) against a fake that requires two shards, with the bench
server on shard 0 and the summary, sweep and prune work chosen per shard. Sharding
adds no work per message, so the rates should agree within the noise. `--baseline DIR`
adds a third contestant: the bot of another checkout (a `git archive` of the code
before shards, whose `KindnessBot` was a plain `commands.Bot`), run from that folder.
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
from pathlib import Path

from bench.bench_bot import BotRun, bot_contestant
from bench.bench_gateway import Contestant, RunResult, run_contestant
from bench.results_file import write_section
from tests.fakediscord import FakeDiscord

SECTION = "Shards"
SHARDED = {"KINDNESS_SHARD_COUNT": "2", "KINDNESS_SHARD_IDS": "0"}


def _row(name: str, runs: Sequence[RunResult]) -> str:
    rates = [r.rate for r in runs]
    return (
        f"| {name} | {statistics.median(rates):,.0f} | {max(rates):,.0f} | "
        f"{', '.join(f'{x:,.0f}' for x in rates)} | "
        f"{statistics.median(r.latency(0.99) for r in runs):.2f} | "
        f"{max(r.rss_mb for r in runs):.0f} |"
    )


def baseline(plain: Contestant, folder: Path) -> Contestant:
    """`plain`, but the bot's code is imported from `folder` (`python -m` puts the
    working directory first on the import path)."""

    def argv(fake: FakeDiscord) -> list[str]:
        command = plain.argv(fake)
        return ["sh", "-c", f'cd {shlex.quote(str(folder))} && exec "$@"', "sh", *command]

    return dataclasses.replace(plain, name=f"kindness-bot from {folder.name}", argv=argv)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--rate", type=int, default=500, help="paced rate of the latency phase")
    parser.add_argument("--seconds", type=float, default=3.0, help="length of the latency phase")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument("--baseline", type=Path, help="a checkout whose bot runs as well")
    args = parser.parse_args(args_list)
    if len(os.sched_getaffinity(0)) >= 2:
        os.sched_setaffinity(0, {0})  # the fake on core 0, the client on core 1
    bot_runs: list[BotRun] = []
    plain = dataclasses.replace(bot_contestant(bot_runs), name="kindness-bot, unsharded")
    sharded = dataclasses.replace(
        plain, name="kindness-bot, shard 0 of 2", env={**plain.env, **SHARDED}
    )
    contestants = [(plain, 1), (sharded, 2)]
    if args.baseline is not None:
        contestants.append((baseline(plain, args.baseline.resolve()), 1))
    results: dict[str, list[RunResult]] = {c.name: [] for c, _ in contestants}
    for _ in range(args.runs):
        for contestant, count in contestants:
            result = asyncio.run(
                run_contestant(
                    contestant,
                    args.messages,
                    rate=args.rate,
                    seconds=args.seconds,
                    shard_count=count,
                )
            )
            print(f"{result.name}: {result.rate:,.0f} messages/s")
            results[contestant.name].append(result)
    table = "\n".join(
        [
            "| process | median messages/s | best | runs (messages/s) | p99 ms at "
            f"{args.rate}/s | RSS MB |",
            "|---|---|---|---|---|---|",
            *(_row(name, runs) for name, runs in results.items()),
        ]
    )
    medians = [statistics.median(r.rate for r in runs) for runs in results.values()]
    ratio = medians[1] / medians[0]
    print(table)
    print(f"sharded / unsharded, median against median: {ratio:.1%}")
    if len(medians) > 2:
        print(f"unsharded / baseline, median against median: {medians[0] / medians[2]:.1%}")
    if args.write:
        write_section(f"## {SECTION}\n\n{_report(args_list, args.runs, table, medians)}")
    return 0


def _report(args_list: Sequence[str], runs: int, table: str, medians: list[float]) -> str:
    import discord

    command = " ".join([".venv/bin/python", "-m", "bench.bench_shards", *args_list])
    load = os.getloadavg()[0]
    return (
        "The bot's messages per second per process with and without shards: the real "
        "`kindness-bot run` fed by the fake Discord as in `## Bot throughput`, once "
        "unsharded and once as shard 0 of 2 (the fake requiring two shards, the bench "
        "server on shard 0), and with `--baseline` the bot of another checkout (the code "
        "before shards), runs interleaved.\n\n"
        f"Command: `{command}`  \n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other work "
        f"(load average {load:.1f} at the end), Python {platform.python_version()}, "
        f"discord.py {discord.__version__}, {runs} runs each; client pinned to one core, "
        "the fake to the other.\n\n"
        f"{table}\n\n"
        "Absolute rates follow the machine's other load (see the load average); the "
        "comparison is between the contestants of one run, whose runs alternate. "
        f"Sharded against unsharded, median against median: {medians[1] / medians[0]:.0%}"
        + (
            f"; unsharded against the baseline: {medians[0] / medians[2]:.0%}."
            if len(medians) > 2
            else "."
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
