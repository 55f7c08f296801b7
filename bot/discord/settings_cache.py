"""The settings cache: each server's settings read from the database once, then kept.

The bot holds one (`bot.settings`). Every change goes through `edit`, one edit per
server at a time under that server's lock, so two moderators editing at once never
lose each other's change; `update` saves and refreshes the cache so the next message
already uses the change. Settings read or saved here have their scorer prepared first
(`ScorerCache.prepare`), so `scorer_for` stays cheap on the hot path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.core.guild_settings import GuildSettings

if TYPE_CHECKING:
    from bot.discord.scorer_cache import ScorerCache
    from db.database import Database


class SettingsCache:
    """Per-server settings by guild id, and the per-server edit locks."""

    def __init__(self, db: Callable[[], Database], scorers: ScorerCache) -> None:
        self._db = db  # the database opens in setup_hook, after this is built
        self._scorers = scorers
        self._settings: dict[int, GuildSettings] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    async def get(self, guild_id: int) -> GuildSettings:
        """The server's settings, read from the database once and then cached."""
        cached = self._settings.get(guild_id)
        if cached is not None:
            return cached
        settings = await self._db().get_guild_settings(guild_id)
        await self._scorers.prepare(settings)
        self._settings[guild_id] = settings
        return settings

    def cached(self, guild_id: int) -> GuildSettings | None:
        """Settings without awaiting, when already cached (the hot path)."""
        return self._settings.get(guild_id)

    async def update(self, settings: GuildSettings) -> None:
        """Save, then refresh the cache so the next message already uses the change."""
        await self._db().save_guild_settings(settings)
        await self._scorers.prepare(settings)
        self._settings[settings.guild_id] = settings

    async def edit(
        self, guild_id: int, change: Callable[[GuildSettings], GuildSettings]
    ) -> GuildSettings:
        """Apply `change` to the server's settings and save, one edit per server at a time.

        `change` may raise (`FriendlyError`, `ValueError`) to refuse; nothing is saved then.
        """
        async with self._locks.setdefault(guild_id, asyncio.Lock()):
            before = await self.get(guild_id)
            after = change(before)
            if after != before:
                await self.update(after)
            return after
