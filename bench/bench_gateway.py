"""Gateway throughput and reaction latency of a client process fed by the fake Discord.

    .venv/bin/python -m bench.bench_gateway --messages 100000 --runs 3 --write

Each contestant is a subprocess given by its argv (see `Contestant`). Per run, on a
fresh fake and a fresh process:
1. latency: messages paced at `--rate` per second for `--seconds`, one in ten a
   "trigger" from a fresh author; latency is from the fake writing the trigger's
   MESSAGE_CREATE to the fake receiving the client's REST reply to it;
2. throughput: `--messages` MESSAGE_CREATE events as fast as the client takes them,
   timed until the client replies to a final trigger (events are handled in order, so
   every earlier one went through first); then the client's CPU time and RSS.

The raw websocket reader (the fake's ceiling) and the bare discord.py client (the
baseline) always run; the real bot is added by passing another `Contestant` to
`main(contestants=...)`. The client process is pinned to one core, the fake to another.
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

from bench.results_file import RESULTS, write_section
from tests.fakediscord import FakeDiscord, RecordedRequest
from tests.fakediscord.launch import MARKER, MARKER_REPLY, launch_command

REPO_ROOT = Path(__file__).resolve().parents[1]
SECTION = "Gateway throughput"
AUTHORS = 50
TRIGGER_AUTHORS = 3000
CHANNELS = 4
TRIGGER_EVERY = 10
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


def replied_to(request: RecordedRequest) -> int | None:
    """The message a request replies to (a POST with a message_reference), if any."""
    if request.method != "POST" or request.route != "/channels/{channel_id}/messages":
        return None
    reference = (request.json or {}).get("message_reference")
    return int(reference["message_id"]) if reference else None


@dataclass(frozen=True)
class Contestant:
    """A client process to measure.

    `argv(fake)` builds the command once the fake listens (run with cwd=REPO_ROOT and
    DISCORD_TOKEN set); `trigger` is a text the client answers with one REST call, and
    `answered(request)` names the message id a request answers (None for others).
    Every trigger comes from a fresh author, so per-user cooldowns never hide one.
    """

    name: str
    argv: Callable[[FakeDiscord], list[str]]
    env: Mapping[str, str] = field(default_factory=dict)
    trigger: str = MARKER
    answered: Callable[[RecordedRequest], int | None] = replied_to


def bare_client() -> Contestant:
    """The baseline: a bare discord.py client whose on_message does nothing but answer
    the trigger."""
    return Contestant(
        "bare discord.py client",
        lambda fake: launch_command(fake.api_base, fake.gateway_url, bare_client=True),
    )


def raw_reader() -> Contestant:
    """The fake's ceiling: a raw websocket reader that parses nothing but the trigger."""
    return Contestant(
        "raw websocket reader (fake's ceiling)",
        lambda fake: [
            sys.executable,
            "-m",
            "bench.bench_gateway",
            "--raw-reader",
            fake.api_base,
            fake.gateway_url,
        ],
    )


async def _raw_reader(api_base: str, gateway_url: str) -> None:
    """Identify, then skim frames; reply to the trigger with one REST call."""
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
            message = json.loads(frame.data)["d"]
            if message.get("content") != MARKER:  # the needle was in a quoted reply
                continue
            body = {"content": MARKER_REPLY, "message_reference": {"message_id": message["id"]}}
            url = f"{api_base}/channels/{message['channel_id']}/messages"
            async with session.post(url, json=body, headers=headers):
                pass


@dataclass(frozen=True)
class RunResult:
    name: str
    messages: int
    seconds: float
    client_cpu_seconds: float
    rss_mb: float
    latencies_ms: tuple[float, ...]
    triggers_lost: int

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    def latency(self, quantile: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))]


class Bench:
    """One fake with a bench world: chat channels, regular authors, trigger authors."""

    def __init__(
        self, fake: FakeDiscord, contestant: Contestant, *, shard: tuple[int, int] | None = None
    ) -> None:
        """`shard=(k, count)` puts the bench server on shard k of count."""
        self.fake = fake
        self.contestant = contestant
        guild = fake.add_guild(
            "Bench Server", text_channels=[f"chat-{i}" for i in range(CHANNELS)], shard=shard
        )
        self.guild_id = guild.id
        self.channels = list(guild.channels)
        self.authors = [guild.add_member(fake.add_user(f"user{i}")).user.id for i in range(AUTHORS)]
        self._fresh = iter(
            [guild.add_member(fake.add_user(f"t{i}")).user.id for i in range(TRIGGER_AUTHORS)]
        )
        self.templates = [self._template(i) for i in range(len(TEXTS) * 7)]

    def _template(self, index: int) -> str:
        """An encoded MESSAGE_CREATE with an `__ID__` placeholder, built once."""
        payload = self.fake.build_message(
            self.channels[index % len(self.channels)],
            self.authors[(index * 7) % len(self.authors)],
            TEXTS[index % len(TEXTS)],
        )
        payload["id"] = "__ID__"
        return json.dumps(payload, separators=(",", ":"))

    async def push(self, index: int) -> None:
        data = self.templates[index % len(self.templates)]
        await self.fake.gateway.dispatch_encoded(
            "MESSAGE_CREATE",
            data.replace("__ID__", str(self.fake.ids.next()), 1),
            guild_id=self.guild_id,
        )

    async def trigger(self) -> int:
        """Send a trigger from a fresh author; returns its message id."""
        author = next(self._fresh)
        message = await self.fake.send_message(self.channels[0], author, self.contestant.trigger)
        return int(message["id"])

    async def answer(self, message_id: int, start: int, limit: float) -> RecordedRequest:
        def answers(request: RecordedRequest) -> bool:
            return self.contestant.answered(request) == message_id

        return await self.fake.wait_for(answers, timeout=limit, start=start)

    async def warm_up(self) -> None:
        """Trigger until one is answered: the client is connected, ready and handling."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            start = len(self.fake.requests)
            try:
                await self.answer(await self.trigger(), start, 0.5)
            except AssertionError:
                continue
            return
        raise RuntimeError(f"{self.contestant.name} never answered a trigger")

    async def latency(self, rate: int, seconds: float) -> tuple[list[float], int]:
        """Paced messages, one in TRIGGER_EVERY a trigger: (latencies ms, triggers lost)."""
        start = len(self.fake.requests)
        sent_at: dict[int, float] = {}
        begin = time.perf_counter()
        for i in range(int(rate * seconds)):
            delay = begin + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if i % TRIGGER_EVERY == 0:
                before = time.perf_counter()
                sent_at[await self.trigger()] = before
            else:
                await self.push(i)
        latencies = []
        for message_id, at in sent_at.items():
            try:
                answer = await self.answer(message_id, start, 10.0)
            except AssertionError:
                continue
            latencies.append((answer.received_at - at) * 1000)
        return latencies, len(sent_at) - len(latencies)

    async def throughput(self, messages: int) -> float:
        """Seconds from the first of `messages` events to the answer to a final trigger."""
        start = len(self.fake.requests)
        begin = time.perf_counter()
        for i in range(messages):
            await self.push(i)
        await self.answer(await self.trigger(), start, max(120.0, messages / 500))
        return time.perf_counter() - begin


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


async def run_contestant(
    contestant: Contestant,
    messages: int,
    *,
    rate: int = 500,
    seconds: float = 10.0,
    shard_count: int = 1,
) -> RunResult:
    """One measured run on a fresh fake and a fresh client process; with `shard_count`,
    the fake requires that many shards and the bench server is on shard 0."""
    async with FakeDiscord(shard_count=shard_count) as fake:
        bench = Bench(fake, contestant, shard=(0, shard_count) if shard_count > 1 else None)
        env = {**os.environ, "DISCORD_TOKEN": fake.token, **contestant.env}
        process = await asyncio.create_subprocess_exec(
            *contestant.argv(fake), cwd=REPO_ROOT, env=env
        )
        try:
            if len(os.sched_getaffinity(0)) >= 2:
                os.sched_setaffinity(process.pid, {1})
            await fake.wait_for_connection(timeout=30)
            await bench.warm_up()
            latencies, lost = await bench.latency(rate, seconds)
            elapsed = await bench.throughput(messages)
            cpu, rss = _proc_stats(process.pid)
        finally:
            if process.returncode is None:
                process.terminate()
            await process.wait()
    return RunResult(contestant.name, messages, elapsed, cpu, rss, tuple(latencies), lost)


def _table(results: Sequence[Sequence[RunResult]], rate: int) -> str:
    lines = [
        f"| contestant | median messages/s | runs (messages/s) | p50 ms at {rate}/s "
        f"| p99 ms at {rate}/s | triggers lost | client CPU s | client RSS MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for runs in results:
        rates = [r.rate for r in runs]
        middle = sorted(runs, key=lambda r: r.rate)[len(runs) // 2]
        lines.append(
            f"| {middle.name} | {statistics.median(rates):,.0f} | "
            f"{', '.join(f'{x:,.0f}' for x in rates)} | "
            f"{statistics.median(r.latency(0.5) for r in runs):.2f} | "
            f"{statistics.median(r.latency(0.99) for r in runs):.2f} | "
            f"{sum(r.triggers_lost for r in runs)} | "
            f"{middle.client_cpu_seconds:.1f} | {middle.rss_mb:.0f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, contestants: Sequence[Contestant] = ()) -> int:
    """Run the ceiling, the bare client, then `contestants`; print and optionally write."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--raw-reader"]:
        asyncio.run(_raw_reader(args_list[1], args_list[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=500, help="paced rate of the latency phase")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the latency phase")
    parser.add_argument("--write", action="store_true", help=f"write bench/{RESULTS.name}")
    args = parser.parse_args(args_list)
    if len(os.sched_getaffinity(0)) >= 2:
        os.sched_setaffinity(0, {0})
    results = []
    for contestant in [raw_reader(), bare_client(), *contestants]:
        runs = []
        for _ in range(args.runs):
            result = asyncio.run(
                run_contestant(contestant, args.messages, rate=args.rate, seconds=args.seconds)
            )
            print(
                f"{result.name}: {result.rate:,.0f} messages/s, latency p50 "
                f"{result.latency(0.5):.2f} ms p99 {result.latency(0.99):.2f} ms"
            )
            runs.append(result)
        results.append(runs)
    table = _table(results, args.rate)
    print(table)
    if args.write:
        write_section(f"## {SECTION}\n\n{_report(args, args_list, table).strip()}")
    return 0


def _report(args: argparse.Namespace, args_list: Sequence[str], table: str) -> str:
    import discord

    command = " ".join([".venv/bin/python", "-m", "bench.bench_gateway", *args_list])
    return (
        f"Client processes fed by the fake Discord (tests/fakediscord) over a real websocket. "
        f"Throughput: {args.messages:,} MESSAGE_CREATE events ({len(TEXTS)} texts, {AUTHORS} "
        f"authors, {CHANNELS} channels) as fast as the client takes them, timed until its "
        f"REST reply to a final trigger message. Latency: {args.seconds:g} s of messages "
        f"paced at {args.rate}/s, one in {TRIGGER_EVERY} a trigger from a fresh author, "
        "from the fake writing the trigger to the fake receiving the reply. CPU and RSS are "
        "the client's, after the throughput phase. Client pinned to one core, the fake to "
        "another.\n\n"
        f"Command: `{command}`  \n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, discord.py {discord.__version__}, {args.runs} runs per "
        "contestant (medians; CPU and RSS from the median-throughput run).\n\n"
        f"{table}\n\n"
        "The raw websocket reader parses nothing, so its rate is the fake's ceiling: a "
        "contestant well below it is what is measured, not the fake. Runs vary with other "
        "load on the machine; quote the medians."
    )


if __name__ == "__main__":
    raise SystemExit(main())
