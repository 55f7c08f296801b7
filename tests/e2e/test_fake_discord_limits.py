"""The fake's rate limits and live overwrite changes, driven by a bare discord.py client.

Rate limits are off by default; here they are on, and discord.py must meet the same
headers and 429 bodies it meets on Discord: it waits out a short `retry_after` and
retries, raises `RateLimited` past `max_ratelimit_timeout`, and honours a global 429.
"""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest

from tests.fakediscord import FakeDiscord, FakeGuild, Perm, RateLimits, connect_client


def bare_client(**options: object) -> discord.Client:
    intents = discord.Intents.default()
    return discord.Client(intents=intents, guild_ready_timeout=0.1, **options)  # type: ignore[arg-type]


@pytest.fixture
def guild(fake_discord: FakeDiscord) -> FakeGuild:
    return fake_discord.add_guild("Kind Server", text_channels=("general", "other"))


def _channel(client: discord.Client, guild: FakeGuild, name: str) -> discord.TextChannel:
    channel_id = next(c.id for c in guild.channels.values() if c.name == name)
    channel = client.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


async def test_per_route_buckets_send_headers_and_a_429_with_retry_after(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    fake_discord.enforce_rate_limits(RateLimits(per_route=2, window=0.5, global_per_second=1000))
    async with connect_client(bare_client(), fake_discord) as client:
        general, other = _channel(client, guild, "general"), _channel(client, guild, "other")
        for text in ("one", "two", "three"):  # discord.py reads the headers and waits
            await general.send(text)
        await other.send("another bucket")
        # a client that ignores the headers gets Discord's 429
        async with aiohttp.ClientSession() as session:
            for _ in range(3):
                async with session.post(
                    f"{fake_discord.api_base}/channels/{general.id}/messages",
                    json={"content": "impatient"},
                    headers={"Authorization": f"Bot {fake_discord.token}"},
                ) as response:
                    last = (response.status, dict(response.headers), await response.json())
    status, headers, body = last
    assert status == 429 and headers["Via"] and int(headers["Retry-After"]) >= 1
    assert headers["X-RateLimit-Remaining"] == "0" and headers["X-RateLimit-Scope"] == "user"
    assert 0 < body["retry_after"] <= 0.5 and body["global"] is False
    posts = fake_discord.find_requests("POST", f"/channels/{general.id}/messages")
    assert [r.json["content"] for r in posts if r.status == 200][:3] == ["one", "two", "three"]
    assert all(r.status == 200 for r in posts[:3])  # the well-behaved client never got a 429
    other_posts = fake_discord.find_requests("POST", f"/channels/{other.id}/messages")
    assert [r.status for r in other_posts] == [200]


async def test_a_global_429_and_a_long_retry_after(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    fake_discord.enforce_rate_limits(RateLimits(per_route=100, window=1, global_per_second=3))
    async with connect_client(bare_client(max_ratelimit_timeout=30), fake_discord) as client:
        general = _channel(client, guild, "general")
        start = len(fake_discord.requests)
        await asyncio.gather(*(general.send(f"m{i}") for i in range(5)))
        statuses = [r.status for r in fake_discord.requests[start:]]
        assert statuses.count(200) == 5 and 429 in statuses
        globals_ = [r for r in fake_discord.requests[start:] if r.status == 429]
        assert all(r.response["global"] is True for r in globals_)
        fake_discord.enforce_rate_limits(None)
        fake_discord.fail(
            "POST", f"/channels/{general.id}/messages", status=429, retry_after=60, times=None
        )
        with pytest.raises(discord.RateLimited) as raised:
            await general.send("held for a minute")
        assert raised.value.retry_after == 60


async def test_overwrites_are_enforced_and_changes_announced(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    general = next(c for c in guild.channels.values() if c.name == "general")
    async with connect_client(bare_client(), fake_discord) as client:
        channel = _channel(client, guild, "general")
        me = channel.guild.me
        assert channel.permissions_for(me).send_messages
        updated = asyncio.get_running_loop().create_future()
        client.event(_resolve_on("on_guild_channel_update", updated))
        await fake_discord.set_overwrite(general.id, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
        await asyncio.wait_for(updated, 5)
        assert not channel.permissions_for(me).send_messages  # the cache followed
        with pytest.raises(discord.Forbidden) as raised:
            await channel.send("refused")
        assert raised.value.code == 50013


def _resolve_on(name: str, future: asyncio.Future[None]):  # type: ignore[no-untyped-def]
    async def handler(*_: object) -> None:
        if not future.done():
            future.set_result(None)

    handler.__name__ = name
    return handler
