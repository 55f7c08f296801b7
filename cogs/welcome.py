"""One welcome when the bot is added to a server: what it does and how to start.

Posted once, on joining (a restart does not join again), in the server's system
channel or else the first text channel the bot may post in; silent, pinging no
one. Without any such channel the bot says nothing and logs why, once.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import KindnessBot
from bot.core.welcome_text import welcome_text
from bot.discord.private_reply import NO_MENTIONS

logger = logging.getLogger(__name__)


def welcome_channel(guild: discord.Guild) -> discord.TextChannel | None:
    """The system channel if the bot may post there, else the first such text channel."""
    me = guild.me
    candidates = [guild.system_channel] if guild.system_channel is not None else []
    candidates += sorted(guild.text_channels, key=lambda c: (c.position, c.id))
    for channel in candidates:
        permissions = channel.permissions_for(me)
        if permissions.view_channel and permissions.send_messages:
            return channel
    return None


class Welcome(commands.Cog):
    """Greets a server once, when the bot joins it."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        channel = welcome_channel(guild)
        if channel is None:
            logger.info("joined server %s: no channel to post the welcome in", guild.id)
            return
        settings = await self.bot.get_settings(guild.id)
        try:
            await channel.send(
                welcome_text(settings.languages), allowed_mentions=NO_MENTIONS, silent=True
            )
        except discord.HTTPException as exc:
            logger.warning(
                "joined server %s: the welcome was refused (%s %s)", guild.id, exc.status, exc.code
            )
            return
        logger.info("joined server %s: welcome posted in channel %s", guild.id, channel.id)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, KindnessBot)
    await bot.add_cog(Welcome(bot))
