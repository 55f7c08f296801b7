"""Discord's AutoMod, driven by the bot: the service's life and the blocks it counts.

Loading this cog reads which servers have a rule and sets `bot.automod` (the
`AutoModService`); `/kindness automod` and every settings change reach it there.
AUTO_MODERATION_ACTION_EXECUTION events (the auto_moderation_execution intent)
arrive as `on_automod_action`; a block by the bot's own rule is counted per
category. The event's text and matched words are never stored or logged.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import KindnessBot
from bot.discord.automod_service import AutoModService

logger = logging.getLogger(__name__)


class AutoMod(commands.Cog):
    """Holds the AutoMod service while loaded and counts the blocks it reports."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.service = AutoModService(bot)

    async def cog_load(self) -> None:
        await self.service.load()
        self.bot.automod = self.service

    async def cog_unload(self) -> None:
        self.bot.automod = None

    @commands.Cog.listener()
    async def on_automod_action(self, execution: discord.AutoModAction) -> None:
        await self.service.count_block(execution)


async def setup(bot: KindnessBot) -> None:
    """discord.py extension entry point."""
    await bot.add_cog(AutoMod(bot))
