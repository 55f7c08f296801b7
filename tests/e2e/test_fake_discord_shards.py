"""The fake Discord's sharding, driven by unmodified discord.py clients: each shard's
session gets its own servers and their events only (DMs on shard 0); a shard out of
range is closed with 4010, too few shards with 4011, as Discord does."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest

from tests.e2e.conftest import started_fake
from tests.fakediscord import FakeDiscord, FakeGuild, connect_client, point_discord_at
from tests.fakediscord.shards import CLOSE_INVALID_SHARD, CLOSE_SHARDING_REQUIRED, ShardKey

COUNT = 3


@pytest.fixture
async def sharded_fake() -> AsyncIterator[FakeDiscord]:
    async with started_fake(shard_count=COUNT) as fake:
        yield fake


class Recorder(discord.AutoShardedClient):
    """An unmodified sharded client that remembers the messages it was sent."""

    def __init__(self, shard_id: int) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(
            intents=intents, shard_count=COUNT, shard_ids=[shard_id], guild_ready_timeout=0.1
        )
        self.seen: list[str] = []

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message.content)


async def wait_seen(client: Recorder, text: str) -> None:
    for _ in range(200):
        if text in client.seen:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{text!r} never arrived")


def general(guild: FakeGuild) -> int:
    return next(iter(guild.channels))


async def test_each_shard_gets_its_servers_and_their_events_only(
    sharded_fake: FakeDiscord,
) -> None:
    guilds = {
        k: [sharded_fake.add_guild(f"s{k}-{n}", shard=(k, COUNT)) for n in range(2)]
        for k in range(COUNT)
    }
    alice = sharded_fake.add_user("alice")
    for placed in guilds.values():
        for guild in placed:
            guild.add_member(alice)
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(connect_client(Recorder(k), sharded_fake))
            for k in range(COUNT)
        ]
        for k, client in enumerate(clients):
            assert {g.id for g in client.guilds} == {g.id for g in guilds[k]}
        assert sorted(s.shard for s in sharded_fake.gateway.sessions) == [
            ShardKey(k, COUNT) for k in range(COUNT)
        ]
        for placed in guilds.values():
            for guild in placed:
                await sharded_fake.send_message(general(guild), alice.id, f"hi {guild.id}")
        await sharded_fake.send_message(sharded_fake.dm_channel(alice.id).id, alice.id, "a dm")
        for k, client in enumerate(clients):
            for guild in guilds[k]:
                await wait_seen(client, f"hi {guild.id}")
        await wait_seen(clients[0], "a dm")
        await asyncio.sleep(0.1)  # anything misrouted would have arrived by now
        for k, client in enumerate(clients):
            expected = {f"hi {g.id}" for g in guilds[k]} | ({"a dm"} if k == 0 else set())
            assert set(client.seen) == expected


async def test_a_server_joining_mid_session_reaches_its_shard_only(
    sharded_fake: FakeDiscord,
) -> None:
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(connect_client(Recorder(k), sharded_fake))
            for k in range(COUNT)
        ]
        joined = sharded_fake.add_guild("late", shard=(2, COUNT))
        await sharded_fake.announce_guild(joined)
        for _ in range(200):
            if clients[2].get_guild(joined.id) is not None:
                break
            await asyncio.sleep(0.01)
        assert clients[2].get_guild(joined.id) is not None
        assert clients[0].get_guild(joined.id) is None and clients[1].get_guild(joined.id) is None


async def identify_raw(fake: FakeDiscord, shard: list[int] | None) -> int | None:
    """IDENTIFY over a plain websocket; the close code the fake answers with (None: READY)."""
    data: dict[str, object] = {"token": fake.token, "intents": 1, "properties": {}}
    if shard is not None:
        data["shard"] = shard
    async with aiohttp.ClientSession() as session, session.ws_connect(fake.gateway_url) as ws:
        await ws.receive()  # HELLO
        await ws.send_str(json.dumps({"op": 2, "d": data}))
        reply = await ws.receive()
        if reply.type is aiohttp.WSMsgType.TEXT:
            assert json.loads(reply.data)["t"] == "READY"
            return None
        return ws.close_code


@pytest.mark.parametrize("shard", [[3, 3], [-1, 3], [0, 0], [1], "0,3"])
async def test_an_invalid_shard_is_closed_with_4010(
    sharded_fake: FakeDiscord, shard: list[int]
) -> None:
    assert await identify_raw(sharded_fake, shard) == CLOSE_INVALID_SHARD


async def test_too_few_shards_are_closed_with_4011(sharded_fake: FakeDiscord) -> None:
    assert await identify_raw(sharded_fake, None) == CLOSE_SHARDING_REQUIRED
    assert await identify_raw(sharded_fake, [0, 2]) == CLOSE_SHARDING_REQUIRED
    assert await identify_raw(sharded_fake, [0, 4]) is None  # more shards than needed is fine
    assert sharded_fake.gateway.identify_count == 1


async def test_an_unsharded_client_is_refused_when_sharding_is_required(
    sharded_fake: FakeDiscord,
) -> None:
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.1)
    with pytest.raises(discord.ConnectionClosed) as closed:
        async with connect_client(client, sharded_fake):
            pass
    assert closed.value.code == CLOSE_SHARDING_REQUIRED


async def test_gateway_bot_says_how_many_shards() -> None:
    """An auto-sharded client asks /gateway/bot and connects every shard (discord.py waits
    5 s before each identify after the first: two shards keep this short)."""
    async with FakeDiscord(shard_count=2) as fake:
        undo = point_discord_at(fake)
        try:
            placed = [fake.add_guild(f"g{k}", shard=(k, 2)) for k in range(2)]
            client = discord.AutoShardedClient(
                intents=discord.Intents.default(), guild_ready_timeout=0.1
            )
            async with connect_client(client, fake, timeout=30):
                assert client.shard_count == 2
                assert {g.id for g in client.guilds} == {g.id for g in placed}
                assert {g.shard_id for g in client.guilds} == {0, 1}
        finally:
            undo()
        assert fake.find_requests("GET", "/gateway/bot")
