"""What the delivery end-to-end tests share: messages, waiting until the bot settles."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.client import KindnessBot
from tests.e2e.kindness_harness import member, totals
from tests.fakediscord import FakeDiscord, FakeGuild, FakeUser

SEVERE = "I will kill you"
KIND = "thank you all #CreateKindness"


async def settled(bot: KindnessBot, guild_id: int, seen: int, *, within: float = 30.0) -> None:
    """Until `seen` messages are scored and no delivery is waiting or running."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        stats = await totals(bot, guild_id)
        if stats.get("seen", 0) >= seen and bot.delivery.pending(guild_id) == 0:
            return
        if loop.time() > deadline:
            raise AssertionError(f"not settled: {stats}, {bot.delivery.pending(guild_id)} pending")
        await asyncio.sleep(0.02)


async def eventually(check: Callable[[], bool], what: str, *, within: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not check():
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.02)


def members(fake: FakeDiscord, guild: FakeGuild, count: int, prefix: str) -> list[FakeUser]:
    return [member(fake, guild, f"{prefix}{i}") for i in range(count)]


def requests_to(fake: FakeDiscord, channel: int) -> list[str]:
    return [f"{r.method} {r.status}" for r in fake.requests if f"/channels/{channel}/" in r.path]
