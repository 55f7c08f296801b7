"""Run a discord.py client against the fake for the length of a `with` block."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TypeVar

import discord

from tests.fakediscord.server import FakeDiscord

ClientT = TypeVar("ClientT", bound=discord.Client)


@contextlib.asynccontextmanager
async def connect_client(
    client: ClientT,
    fake: FakeDiscord,
    *,
    timeout: float = 10.0,  # noqa: ASYNC109 - a deadline is the API tests want
) -> AsyncIterator[ClientT]:
    """Start `client` with the fake's token, wait until it is ready, close it afterwards.

    A client that fails to start (bad token, disallowed intents) raises its own error
    here instead of a timeout, so tests of those paths read naturally.
    """
    runner = asyncio.create_task(client.start(fake.token), name="fake-discord-client")
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        done, _ = await asyncio.wait(
            {runner, ready}, timeout=timeout, return_when="FIRST_COMPLETED"
        )
        if runner in done:
            runner.result()
            raise AssertionError("the client stopped before it was ready")
        if ready not in done:
            raise AssertionError(f"the client was not ready within {timeout}s")
        yield client
    finally:
        ready.cancel()
        await client.close()
        if not runner.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(runner, timeout)
