"""Three real `kindness-bot run` processes, shards 0, 1 and 2 of 3, on one database,
against the shard-aware fake Discord with nine servers spread over the shards.

For every server: the messages counted equal the messages sent, each hostile message
is nudged exactly once, one weekly summary is posted for the week, by the process that
owns the server; the commands are synced once for the whole bot. One process is
killed with SIGKILL while Discord holds its summary POST (`fake.hold`) and restarted:
still one summary per server, and a fourth process for a running shard is refused.

`shared_store` says where the processes keep their data: a SQLite file, then a database
on the test session's throwaway PostgreSQL cluster (`DATABASE_URL`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli.common import ExitCode
from bot.core.guild_settings import GuildSettings
from bot.core.shards import shard_of
from bot.core.stats.counters import StatRow
from bot.core.stats.schedule import latest_window
from db.database import Database
from tests.e2e.conftest import started_fake
from tests.e2e.kindness_harness import channel_id, member
from tests.fakediscord import FakeDiscord, FakeGuild
from tests.fakediscord.launch import REPO_ROOT, launch_command

SHARDS = 3
SERVERS_PER_SHARD = 3
FRIENDLY, HOSTILE = 6, 2
COMMANDS = "/applications/{application_id}/commands"


@dataclass(frozen=True)
class SharedStore:
    """The database every process uses: its settings and how the test opens it."""

    env: dict[str, str]
    open: Callable[[], Awaitable[Database]]


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> SharedStore:
    if request.param == "postgresql":
        url: str = request.getfixturevalue("pg_url")
        return SharedStore({"DATABASE_URL": url}, lambda: Database.open(url))
    path = tmp_path / "kindness.db"
    return SharedStore({"DATABASE_PATH": str(path)}, lambda: Database.open(path))


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with started_fake(shard_count=SHARDS) as fake:
        yield fake


@dataclass
class World:
    guilds: dict[int, list[FakeGuild]]
    """Per shard, its servers (ascending ids: the order a process posts summaries in)."""
    week: str
    sent: dict[int, int] = field(default_factory=dict)
    hostile: list[tuple[int, int]] = field(default_factory=list)
    """(channel, message id) of every hostile message sent."""

    def all(self) -> Iterator[FakeGuild]:
        for placed in self.guilds.values():
            yield from placed


async def build_world(fake: FakeDiscord, store: SharedStore) -> World:
    """Nine servers, three per shard, each with its summary due now (the week before is
    posted, and the bot counted something there a month ago)."""
    guilds = {
        k: [
            fake.add_guild(f"s{k}-{n}", text_channels=("general", "summaries"), shard=(k, SHARDS))
            for n in range(SERVERS_PER_SHARD)
        ]
        for k in range(SHARDS)
    }
    now = datetime.now(UTC)
    before = latest_window(now.weekday(), now.hour, "UTC", now - timedelta(days=7)).week
    counted_since = (now - timedelta(days=30)).date().isoformat()
    db = await store.open()
    try:
        for placed in guilds.values():
            for guild in placed:
                await db.save_guild_settings(
                    GuildSettings(
                        guild.id,
                        summary_channel_id=channel_id(guild, "summaries"),
                        summary_timezone="UTC",
                        summary_weekday=now.weekday(),
                        summary_hour=now.hour,
                    )
                )
                await db.finish_summary(guild.id, before, ok=True, error=None)
                await db.add_stats([StatRow(guild.id, counted_since, 0, "seen", 1)])
    finally:
        await db.close()
    return World(guilds, latest_window(now.weekday(), now.hour, "UTC", now).week)


def process_env(store: SharedStore, shard: int) -> dict[str, str]:
    kept = ("PATH", "HOME", "LANG", "SYSTEMROOT", "KINDNESS_SCORER_BUILD")  # the tests' build
    env = {k: v for k, v in os.environ.items() if k in kept}
    env.update(
        DISCORD_TOKEN="fake-token",
        KINDNESS_SHARD_COUNT=str(SHARDS),
        KINDNESS_SHARD_IDS=str(shard),
        KINDNESS_FLUSH_SECONDS="0.2",
        **store.env,
    )
    return env


async def start(
    fake: FakeDiscord, store: SharedStore, shard: int, log: Path
) -> asyncio.subprocess.Process:
    argv = launch_command(fake.api_base, fake.gateway_url, ["run", "--env-file", os.devnull])
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            *argv, cwd=REPO_ROOT, env=process_env(store, shard), stdout=out, stderr=out
        )


async def connected(fake: FakeDiscord, shards: set[int], *, since: int = 0) -> None:
    """Until a session identified after the `since`-th for each of `shards`."""
    for _ in range(600):
        fresh = {s.shard.shard_id for s in fake.gateway.sessions if s.shard.shard_count == SHARDS}
        if shards <= fresh and fake.gateway.identify_count >= since + len(shards):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"shards {shards} never connected")


@contextlib.asynccontextmanager
async def running(processes: list[asyncio.subprocess.Process]) -> AsyncIterator[None]:
    try:
        yield
    finally:
        for process in processes:
            if process.returncode is None:
                process.kill()
                await process.wait()


async def chat(fake: FakeDiscord, world: World, guilds: list[FakeGuild], round_: str) -> None:
    """Friendly messages and hostile ones (each from a new member, so none is in a
    cooldown) in each server."""
    for guild in guilds:
        general = channel_id(guild)
        friend = member(fake, guild, f"friend-{round_}-{guild.id}")
        for i in range(FRIENDLY):
            await fake.send_message(general, friend.id, f"good game everyone {i}")
        for i in range(HOSTILE):
            rude = member(fake, guild, f"rude-{round_}-{i}-{guild.id}")
            message = await fake.send_message(general, rude.id, "you are a useless idiot")
            world.hostile.append((general, int(message["id"])))
        world.sent[guild.id] = world.sent.get(guild.id, 0) + FRIENDLY + HOSTILE


async def until(check: Callable[[], bool | Awaitable[bool]], what: str, within: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        result = check()
        if result if isinstance(result, bool) else await result:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"never: {what}")
        await asyncio.sleep(0.1)


async def seen_today(store: SharedStore, guilds: list[FakeGuild]) -> dict[int, int]:
    today = datetime.now(UTC).date().isoformat()
    db = await store.open()
    try:
        return {g.id: (await db.stats_totals(g.id, today, today)).get("seen", 0) for g in guilds}
    finally:
        await db.close()


def nudges(fake: FakeDiscord, channel: int, message_id: int) -> int:
    return sum(
        1
        for r in fake.find_requests("POST", f"/channels/{channel}/messages")
        if int(((r.json or {}).get("message_reference") or {}).get("message_id", 0)) == message_id
    )


def summaries(fake: FakeDiscord, guild: FakeGuild, week: str) -> int:
    name = f"kindness-summary-{week}.png"
    return sum(
        1
        for m in fake.messages_in(channel_id(guild, "summaries"))
        if any(a["filename"] == name for a in m.get("attachments") or [])
    )


async def all_posted(store: SharedStore, world: World) -> bool:
    db = await store.open()
    try:
        for guild in world.all():
            status = await db.summary_for_week(guild.id, world.week)
            if status is None or status.state.value != "posted":
                return False
    finally:
        await db.close()
    return True


def posted_by(log: Path) -> set[int]:
    return {int(g) for g in re.findall(r"posting summary \S+ for guild (\d+)", log.read_text())}


async def test_three_shard_processes_share_the_work_exactly_once(
    fake: FakeDiscord, shared_store: SharedStore, tmp_path: Path
) -> None:
    world = await build_world(fake, shared_store)
    victim = world.guilds[1][0]  # shard 1 posts it first; its two others wait behind it
    held = fake.hold("POST", f"/channels/{channel_id(victim, 'summaries')}/messages")
    syncing = fake.hold("PUT", COMMANDS)
    logs = {k: tmp_path / f"shard-{k}.log" for k in range(SHARDS)}
    processes = [await start(fake, shared_store, k, logs[k]) for k in range(SHARDS)]
    async with running(processes):
        # While one process syncs the commands (Discord slow to answer), the other two
        # skip the sync and connect: the lease, not luck, keeps it to one sync.
        await syncing.wait_arrival(timeout=60)
        await until(lambda: len(fake.gateway.sessions) == SHARDS - 1, "two shards connected")
        syncing.release()
        await connected(fake, set(range(SHARDS)))
        await held.wait_arrival(timeout=60)

        # A second process for a running shard is refused, before it contacts Discord.
        twin_log = tmp_path / "twin.log"
        twin = await start(fake, shared_store, 2, twin_log)
        assert await asyncio.wait_for(twin.wait(), 30) == ExitCode.ALREADY_RUNNING
        setting = next(iter(shared_store.env))  # DATABASE_PATH or DATABASE_URL
        assert f"is already running shard 2 on {setting}=" in twin_log.read_text()

        await chat(fake, world, list(world.all()), "one")
        everyone = list(world.all())

        async def counted() -> bool:
            return await seen_today(shared_store, everyone) == world.sent

        await until(counted, "every message counted")
        await until(
            lambda: all(nudges(fake, c, m) >= 1 for c, m in world.hostile),
            "every hostile message nudged",
        )

        processes[1].send_signal(signal.SIGKILL)  # in the middle of posting the victim's
        await processes[1].wait()
        held.release()  # Discord had the request and creates the message after all
        await until(lambda: summaries(fake, victim, world.week) == 1, "the post landed")

        identified = fake.gateway.identify_count
        processes[1] = await start(fake, shared_store, 1, tmp_path / "shard-1-again.log")
        await connected(fake, {1}, since=identified)
        await until(lambda: all_posted(shared_store, world), "every summary recorded", 60)

        await chat(fake, world, world.guilds[1], "two")  # the restarted shard works
        await until(counted, "every message counted after the restart")
        await until(
            lambda: all(nudges(fake, c, m) >= 1 for c, m in world.hostile),
            "every hostile message nudged after the restart",
        )
        for process in processes:
            process.send_signal(signal.SIGTERM)
        codes = [await asyncio.wait_for(p.wait(), 30) for p in processes]
    assert codes == [ExitCode.OK] * SHARDS

    assert await seen_today(shared_store, everyone) == world.sent
    assert [nudges(fake, c, m) for c, m in world.hostile] == [1] * len(world.hostile)
    assert {g.id: summaries(fake, g, world.week) for g in everyone} == {g.id: 1 for g in everyone}
    assert len(fake.find_requests("PUT", COMMANDS)) == 1
    for k in (0, 2):
        assert posted_by(logs[k]) == {g.id for g in world.guilds[k]}
        assert f"in {SERVERS_PER_SHARD} servers (shard {k} of {SHARDS})" in logs[k].read_text()
    assert posted_by(logs[1]) == {victim.id}  # then it was killed
    again = (tmp_path / "shard-1-again.log").read_text()
    assert "was already in the channel; recorded as posted" in again
    assert posted_by(tmp_path / "shard-1-again.log") == {g.id for g in world.guilds[1][1:]}
    assert {shard_of(g.id, SHARDS) for g in world.guilds[1]} == {1}


async def test_too_few_shards_end_in_one_sentence(
    fake: FakeDiscord, shared_store: SharedStore, tmp_path: Path
) -> None:
    """Discord closes a shard of a count below what it requires with 4011."""
    log = tmp_path / "short.log"
    env = process_env(shared_store, 0) | {"KINDNESS_SHARD_COUNT": str(SHARDS - 1)}
    argv = launch_command(fake.api_base, fake.gateway_url, ["run", "--env-file", os.devnull])
    with log.open("ab") as out:
        process = await asyncio.create_subprocess_exec(
            *argv, cwd=REPO_ROOT, env=env, stdout=out, stderr=out
        )
    async with running([process]):
        assert await asyncio.wait_for(process.wait(), 60) == ExitCode.CONFIG
    last = log.read_text().strip().splitlines()[-1]
    assert last.startswith("kindness-bot: Discord refused shard 0 of KINDNESS_SHARD_COUNT=2")
    assert "sharding required" in last and "Traceback" not in log.read_text()
