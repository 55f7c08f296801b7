"""First contact: one ready line for the operator, one welcome for each new server.

The ready line says the bot is up, where, how to invite it and what to run next,
at whatever level the log shows. The welcome is posted once, on joining (a restart
does not join again), in the server's system channel or else the first text channel
the bot may post in; silent, pinging no one. Without any such channel the bot says
nothing and logs why.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import KindnessBot
from bot.core.texts.welcome_text import welcome_text
from bot.discord.permissions import invite_permissions
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
    """Tells the operator the bot is ready, and greets a server once when it joins."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self._announced = False

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if self._announced:  # on_ready repeats after a reconnect that could not resume
            return
        self._announced = True
        user = self.bot.user
        name = user.name if user is not None else "?"
        invite = (
            discord.utils.oauth_url(
                self.bot.application_id,
                permissions=invite_permissions(),
                scopes=("bot", "applications.commands"),
            )
            if self.bot.application_id is not None
            else "(kindness-bot invite prints it)"
        )
        where = f"{len(self.bot.guilds)} servers"
        if self.bot.config.shards.sharded:  # this process's servers, not the whole bot's
            where += f" ({self.bot.config.shards.describe()})"
        # The one line a healthy start must show, even with LOG_LEVEL=WARNING.
        level = max(logging.INFO, logging.getLogger().getEffectiveLevel())
        logger.log(
            level,
            "ready as %s in %s; invite: %s; then run /kindness setup in each server",
            name,
            where,
            invite,
        )

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        channel = welcome_channel(guild)
        if channel is None:
            logger.info("joined server %s: no channel to post the welcome in", guild.id)
            return
        settings = await self.bot.settings.get(guild.id)
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
