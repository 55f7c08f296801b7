"""A bare discord.py client for testing the fake Discord itself, without the bot."""

from __future__ import annotations

import discord


def bare_client(**options: object) -> discord.Client:
    intents = discord.Intents.default()
    intents.message_content = True
    intents.members = True  # caches members (and makes discord.py chunk them at startup)
    return discord.Client(intents=intents, guild_ready_timeout=0.1, **options)  # type: ignore[arg-type]
