"""Shared end-to-end fixtures: a started fake Discord that discord.py is pointed at."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from tests.fakediscord import FakeDiscord, FakeGuild, point_discord_at


@asynccontextmanager
async def started_fake(**options: Any) -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord (`options` go to it) with discord.py pointed at it; fails
    the test when the client called a route the fake does not know."""
    fake = FakeDiscord(**options)
    await fake.start()
    undo = point_discord_at(fake)
    try:
        yield fake
    finally:
        undo()
        await fake.stop()
    unknown = [f"{r.method} {r.path}" for r in fake.unknown_routes]
    assert not unknown, f"the client called routes the fake does not know: {unknown}"


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started, unsharded FakeDiscord (see `started_fake`)."""
    async with started_fake() as fake:
        yield fake


@pytest.fixture
def guild(fake_discord: FakeDiscord) -> FakeGuild:
    """A server on `fake_discord` with its #general channel (the bare-client tests';
    test_fake_discord_limits.py asks for a second channel with its own)."""
    return fake_discord.add_guild("Kind Server")
