"""Helpers for the moderator and member-tool end-to-end tests: run a command, read the answer."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.client import KindnessBot
from bot.config import AppConfig
from tests.fakediscord import (
    EPHEMERAL,
    CallbackType,
    FakeDiscord,
    FakeGuild,
    OptionValue,
    SentInteraction,
    connect_client,
)

JSON = dict[str, Any]


@dataclass(frozen=True)
class Answer:
    """The message a member sees for one interaction (response or first follow-up)."""

    sent: SentInteraction
    callback: JSON
    message: JSON

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.message.get("flags") or 0) & EPHEMERAL)

    @property
    def text(self) -> str:
        """Content plus every embed's title, description and fields, for assertions."""
        parts = [self.message.get("content") or ""]
        for embed in self.message.get("embeds") or []:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
        return "\n".join(p for p in parts if p)

    @property
    def no_pings(self) -> bool:
        return self.message.get("allowed_mentions") == {"parse": []}

    @property
    def custom_ids(self) -> list[str]:
        return [
            c["custom_id"]
            for row in self.message.get("components") or []
            for c in row.get("components", [])
            if "custom_id" in c
        ]


async def answer_of(fake: FakeDiscord, sent: SentInteraction) -> Answer:
    """Wait for the bot's answer; a deferred answer is followed to its follow-up or edit."""
    callback = (await fake.wait_for_response(sent)).json
    kind = callback["type"]
    if kind == CallbackType.CHANNEL_MESSAGE:
        return Answer(sent, callback, callback["data"])
    if kind == CallbackType.DEFERRED_CHANNEL_MESSAGE:
        request = await fake.wait_for(
            lambda r: r.path.startswith(sent.webhook_path) and r.method in {"POST", "PATCH"}
        )
        message = dict(request.json or {})
        message.setdefault("flags", callback.get("data", {}).get("flags", 0))
        return Answer(sent, callback, message)
    return Answer(sent, callback, callback.get("data") or {})


async def run(
    fake: FakeDiscord,
    channel_id: int,
    user_id: int,
    path: str,
    options: Mapping[str, OptionValue] | None = None,
    *,
    permissions: int | None = None,
) -> Answer:
    """Send `/path` with options as `user_id` and return the answer."""
    sent = await fake.send_slash_command(
        channel_id, user_id, path, options, permissions=permissions
    )
    return await answer_of(fake, sent)


def moderator_id(guild: FakeGuild) -> int:
    """The owner: Discord computes all permissions for them."""
    return guild.owner_id


@contextlib.asynccontextmanager
async def bot_with(
    fake: FakeDiscord, db_path: Path, extensions: Sequence[str], **config: Any
) -> AsyncIterator[KindnessBot]:
    """A bot that loads only `extensions`; `config` overrides `AppConfig` fields."""
    config.setdefault("flush_seconds", 60.0)
    bot = KindnessBot(
        AppConfig(discord_token="fake-token", database_path=db_path, **config),
        extensions=extensions,
        guild_ready_timeout=0.1,
    )
    async with connect_client(bot, fake) as connected:
        yield connected
