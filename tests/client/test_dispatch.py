"""`KindnessBot.dispatch` skips `socket_event_type` only while nothing listens to it.

discord.py dispatches that event before every gateway event; the bot does not
listen to it, so the skip saves work on every message. These tests pin that
each way discord.py offers to listen still receives it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from discord.ext.commands.bot import BotBase

from bot.client import KindnessBot
from bot.config import AppConfig


@pytest.fixture
async def bot(tmp_path: Path) -> KindnessBot:
    bot = KindnessBot(AppConfig(database_path=tmp_path / "k.db"), extensions=())
    await bot._async_setup_hook()  # the event loop discord.py schedules events on
    return bot


@pytest.fixture
def dispatched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Event names that reached discord.py's own dispatch."""
    names: list[str] = []
    real = BotBase.dispatch

    def spy(self: BotBase, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        names.append(event_name)
        real(self, event_name, *args, **kwargs)

    monkeypatch.setattr(BotBase, "dispatch", spy)
    return names


async def test_unheard_socket_event_type_is_skipped_and_other_events_are_not(
    bot: KindnessBot, dispatched: list[str]
) -> None:
    bot.dispatch("socket_event_type", "MESSAGE_CREATE")
    bot.dispatch("guild_available", object())
    assert dispatched == ["guild_available"]


async def test_a_listener_added_later_receives_it(bot: KindnessBot, dispatched: list[str]) -> None:
    seen: list[str] = []

    async def on_socket_event_type(event: str) -> None:
        seen.append(event)

    bot.add_listener(on_socket_event_type)
    bot.dispatch("socket_event_type", "MESSAGE_CREATE")
    await asyncio.sleep(0.01)
    assert dispatched == ["socket_event_type"]
    assert seen == ["MESSAGE_CREATE"]


async def test_an_event_method_receives_it(bot: KindnessBot) -> None:
    seen: list[str] = []

    async def on_socket_event_type(event: str) -> None:
        seen.append(event)

    bot.event(on_socket_event_type)
    bot.dispatch("socket_event_type", "GUILD_CREATE")
    await asyncio.sleep(0.01)
    assert seen == ["GUILD_CREATE"]


async def test_wait_for_receives_it(bot: KindnessBot) -> None:
    waiting = asyncio.ensure_future(bot.wait_for("socket_event_type", timeout=5))
    await asyncio.sleep(0)
    bot.dispatch("socket_event_type", "MESSAGE_CREATE")
    assert await waiting == "MESSAGE_CREATE"
