"""Gateway throughput: MESSAGE_CREATE events pushed through the fake gateway into a client
process, measured end to end (the client's own REST answer to a final marker message).

    .venv/bin/python bench/bench_gateway.py --messages 100000 --runs 3 --write

Each contestant is a subprocess given by its argv (see `Contestant`): the bare
discord.py client from tests/fakediscord/launch.py is the baseline; the real bot is
added by passing another `Contestant` to `main(contestants=...)`. The client process
is pinned to its own core, the fake to another, so "messages per second" is what one
core of the client sustains.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.fakediscord import FakeDiscord, FakeGuild, RecordedRequest  # noqa: E402
from tests.fakediscord.launch import MARKER, MARKER_REPLY, launch_command  # noqa: E402

RESULTS = REPO_ROOT / "bench" / "RESULTS.md"
SECTION = "Gateway throughput"
AUTHORS = 50
CHANNELS = 4
# A mix of ordinary chat, friendly profanity, kindness and hostility, so a real bot
# scores the same kinds of text it meets in production.
TEXTS = (
    "good morning everyone, how was the weekend?",
    "that was fucking awesome, great game last night",
    "can someone help me with the build? it fails on step 3",
    "thanks so much for the help yesterday #CreateKindness",
    "you're fucking useless, nobody wants you here",
    "lol this printer is garbage, it jammed again",
    "I'm such an idiot, I forgot my keys",
    "shut up you idiot",
    "has anyone tried the new release? the changelog looks big",
    "he called me a loser but whatever, moving on",
    "you are not stupid, you just had a bad day",
    "see you all tomorrow 👋",
    "kys nobody likes you",
    "this channel is the best, you all are amazing",
    "ok but why is the ci red again",
    "wow you're so kind, thank you",
)

Predicate = Callable[[RecordedRequest, dict[str, object]], bool]


def answers_marker(request: RecordedRequest, marker: dict[str, object]) -> bool:
    """The bare client's answer: it posts MARKER_REPLY in the marker's channel."""
    return (
        request.method == "POST"
        and request.path == f"/channels/{marker['channel_id']}/messages"
        and (request.json or {}).get("content") == MARKER_REPLY
    )


@dataclass(frozen=True)
class Contestant:
    """A client process to measure.

    `argv(fake)` builds the command once the fake is listening; `marker` is the text
    of the last message, and `is_answer(request, marker_message)` recognises the
    client's REST call for it, which marks the end of the run (the client handles
    events in order, so every earlier message went through first).
    """

    name: str
    argv: Callable[[FakeDiscord], list[str]]
    env: Mapping[str, str] = field(default_factory=dict)
    marker: str = MARKER
    is_answer: Predicate = answers_marker


def bare_client() -> Contestant:
    """The baseline: a bare discord.py client whose on_message does nothing."""
    return Contestant(
        "bare discord.py client",
        lambda fake: launch_command(fake.api_base, fake.gateway_url, bare_client=True),
    )


def raw_reader() -> Contestant:
    """The fake's ceiling: a raw websocket reader that parses nothing but the marker."""
    return Contestant(
        "raw websocket reader (fake's ceiling)",
        lambda fake: [
            sys.executable,
            str(Path(__file__).resolve()),
            "--raw-reader",
            fake.api_base,
            fake.gateway_url,
        ],
    )


async def _raw_reader(api_base: str, gateway_url: str) -> None:
    """Identify, then skim frames; answer the marker with one REST call, like the bare client."""
    import aiohttp

    token = os.environ["DISCORD_TOKEN"]
    needle = f'"content":"{MARKER}"'
    headers = {"Authorization": f"Bot {token}"}
    async with aiohttp.ClientSession() as session, session.ws_connect(gateway_url) as ws:
        await ws.receive()  # HELLO
        identify = {"token": token, "intents": (1 << 9) | (1 << 15), "properties": {}}
        await ws.send_json({"op": 2, "d": identify})
        async for frame in ws:
            if frame.type is not aiohttp.WSMsgType.TEXT or needle not in frame.data:
                continue
            channel = json.loads(frame.data)["d"]["channel_id"]
            url = f"{api_base}/channels/{channel}/messages"
            async with session.post(url, json={"content": MARKER_REPLY}, headers=headers):
                pass


@dataclass(frozen=True)
class RunResult:
    name: str
    messages: int
    seconds: float
    push_seconds: float
    client_cpu_seconds: float
    rss_mb: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds


def _build_world(fake: FakeDiscord) -> tuple[FakeGuild, list[int], list[int]]:
    guild = fake.add_guild("Bench Server", text_channels=[f"chat-{i}" for i in range(CHANNELS)])
    authors = [guild.add_member(fake.add_user(f"user{i}")).user.id for i in range(AUTHORS)]
    return guild, list(guild.channels), authors


def _templates(fake: FakeDiscord, channels: list[int], authors: list[int]) -> list[str]:
    """Encoded MESSAGE_CREATE payloads with an `__ID__` placeholder, built once."""
    templates = []
    for index in range(len(TEXTS) * 7):
        payload = fake.build_message(
            channels[index % len(channels)],
            authors[(index * 7) % len(authors)],
            TEXTS[index % len(TEXTS)],
        )
        payload["id"] = "__ID__"
        templates.append(json.dumps(payload, separators=(",", ":")))
    return templates


def _proc_stats(pid: int) -> tuple[float, float]:
    """(CPU seconds used, resident MB) of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    rss_kb = next(
        int(line.split()[1])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    return cpu, rss_kb / 1024


async def _wait_answer(
    fake: FakeDiscord, contestant: Contestant, marker: dict[str, object], start: int, limit: float
) -> None:
    await fake.wait_for(lambda r: contestant.is_answer(r, marker), timeout=limit, start=start)


async def _warm_up(fake: FakeDiscord, contestant: Contestant, channel: int, author: int) -> None:
    """Send the marker until the client answers one: it is connected, ready and handling."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        start = len(fake.requests)
        marker = await fake.send_message(channel, author, contestant.marker)
        try:
            await _wait_answer(fake, contestant, marker, start, 0.5)
        except AssertionError:
            continue
        return
    raise RuntimeError(f"{contestant.name} never answered the marker")


async def run_contestant(contestant: Contestant, messages: int) -> RunResult:
    """One measured run: fresh fake, fresh client process, `messages` events, the marker."""
    async with FakeDiscord() as fake:
        _, channels, authors = _build_world(fake)
        templates = _templates(fake, channels, authors)
        env = {**os.environ, "DISCORD_TOKEN": fake.token, **contestant.env}
        process = await asyncio.create_subprocess_exec(
            *contestant.argv(fake), cwd=REPO_ROOT, env=env
        )
        try:
            if len(os.sched_getaffinity(0)) >= 2:
                os.sched_setaffinity(process.pid, {1})
            await fake.wait_for_connection(timeout=30)
            await _warm_up(fake, contestant, channels[0], authors[0])
            first_id = fake.ids.next()
            start_index = len(fake.requests)
            begin = time.perf_counter()
            for i in range(messages):
                data = templates[i % len(templates)].replace("__ID__", str(first_id + i), 1)
                await fake.gateway.dispatch_encoded("MESSAGE_CREATE", data)
            pushed = time.perf_counter()
            marker = await fake.send_message(channels[0], authors[0], contestant.marker)
            await _wait_answer(fake, contestant, marker, start_index, max(120.0, messages / 500))
            end = time.perf_counter()
            cpu, rss = _proc_stats(process.pid)
        finally:
            if process.returncode is None:
                process.terminate()
            await process.wait()
    return RunResult(contestant.name, messages, end - begin, pushed - begin, cpu, rss)


def _table(results: Sequence[Sequence[RunResult]]) -> str:
    lines = [
        "| contestant | median messages/s | runs (messages/s) | events written by the fake (msg/s) "
        "| client CPU s (last run) | client RSS MB (last run) |",
        "|---|---|---|---|---|---|",
    ]
    for runs in results:
        rates = [r.rate for r in runs]
        push = statistics.median(r.messages / r.push_seconds for r in runs)
        last = runs[-1]
        lines.append(
            f"| {last.name} | {statistics.median(rates):,.0f} | "
            f"{', '.join(f'{x:,.0f}' for x in rates)} | {push:,.0f} | "
            f"{last.client_cpu_seconds:.1f} | {last.rss_mb:.0f} |"
        )
    return "\n".join(lines)


def write_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the `## title` section of RESULTS.md, leaving others alone."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    header = f"## {title}\n"
    section = f"{header}\n{body.strip()}\n"
    if header in text:
        before, rest = text.split(header, 1)
        after = rest.split("\n## ", 1)
        tail = f"\n## {after[1]}" if len(after) == 2 else ""
        text = f"{before}{section}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{section}"
    path.write_text(text)


def main(argv: Sequence[str] | None = None, contestants: Sequence[Contestant] = ()) -> int:
    """Run every contestant (the ceiling, the bare client, then `contestants`) and report."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--raw-reader"]:
        asyncio.run(_raw_reader(args_list[1], args_list[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true", help=f"write bench/{RESULTS.name}")
    args = parser.parse_args(args_list)
    if len(os.sched_getaffinity(0)) >= 2:
        os.sched_setaffinity(0, {0})
    everyone = [raw_reader(), bare_client(), *contestants]
    results = []
    for contestant in everyone:
        runs = []
        for _ in range(args.runs):
            result = asyncio.run(run_contestant(contestant, args.messages))
            print(f"{result.name}: {result.rate:,.0f} messages/s ({result.seconds:.2f} s)")
            runs.append(result)
        results.append(runs)
    table = _table(results)
    print(table)
    if args.write:
        command = " ".join(["bench/bench_gateway.py", *args_list])
        body = (
            f"{args.messages:,} MESSAGE_CREATE events (16 texts, {AUTHORS} authors, {CHANNELS} "
            "channels) pushed through the fake gateway (tests/fakediscord) into a client "
            "process, timed from the first event to the client's REST answer to a final "
            "marker message. Client pinned to one core, the fake to another.\n\n"
            f"Command: `.venv/bin/python {command}`  \n"
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, discord.py {_discord_version()}, {args.runs} runs "
            "per contestant.\n\n"
            f"{table}\n\n"
            "The raw websocket reader parses nothing, so its rate is the fake's ceiling: a "
            "contestant well below it is measured, not the fake. Runs vary with other load on "
            "the machine; quote the median."
        )
        write_section(SECTION, body)
    return 0


def _discord_version() -> str:
    import discord

    return discord.__version__


if __name__ == "__main__":
    raise SystemExit(main())
