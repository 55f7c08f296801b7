"""Shared end-to-end fixtures: a started fake Discord that discord.py is pointed at."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakediscord import FakeDiscord, point_discord_at


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord with discord.py pointed at it; fails the test on unknown routes."""
    fake = FakeDiscord()
    await fake.start()
    undo = point_discord_at(fake)
    try:
        yield fake
    finally:
        undo()
        await fake.stop()
    unknown = [f"{r.method} {r.path}" for r in fake.unknown_routes]
    assert not unknown, f"the client called routes the fake does not know: {unknown}"
