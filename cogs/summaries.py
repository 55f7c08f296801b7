"""Weekly summaries on Discord: the minute ticker, the embed, and the moderator hooks.

The logic (when, exactly once, what) lives in `bot.summaries` and the pure core;
this cog only turns a `SummaryContent` into a `discord.Embed` with the chart
attached, sends it without pings, and turns Discord errors into a reason a
moderator can act on (shown in `/kindness settings`). `/kindness summary preview`
and `post` call the module-level coroutines; the summary settings are changed by
`cogs.moderation.summary`, like every other setting.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import discord
from discord.ext import commands, tasks

from bot.client import KindnessBot
from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import utc_now
from bot.core.texts.escape import escape_name
from bot.discord.permissions import SUMMARY_POST_FLAGS, label, labels
from bot.summaries.content import SummaryContent, build_week_so_far, summary_filename
from bot.summaries.scheduler import PostOutcome, SummaryDeliveryError, SummaryScheduler

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
TICK_SECONDS = 60.0
EMBED_COLOUR = discord.Colour(0xF5B83D)  # warm #CreateKindness yellow


def summary_embed(content: SummaryContent) -> tuple[discord.Embed, discord.File]:
    """The embed with the chart shown inside it, and the PNG attachment it points at."""
    text = content.text
    embed = discord.Embed(title=text.title, description=text.description, colour=EMBED_COLOUR)
    for name, value in text.fields:
        embed.add_field(name=name, value=value, inline=True)
    embed.set_image(url=f"attachment://{content.filename}")
    embed.set_footer(text=text.footer)
    return embed, discord.File(io.BytesIO(content.png), filename=content.filename)


def _missing_permissions(channel: discord.abc.GuildChannel) -> list[str]:
    """Which needed permissions the bot lacks in `channel` (empty if it cannot tell).

    discord.py also reports every permission that depends on a missing one (no Send
    Messages means no Embed Links), so name only the first missing one in that chain:
    that is the one a moderator has to grant.
    """
    me = channel.guild.me
    if me is None:
        return []
    perms = channel.permissions_for(me)
    for flag in SUMMARY_POST_FLAGS[:2]:
        if not getattr(perms, flag):
            return [label(flag)]
    return labels(flag for flag in SUMMARY_POST_FLAGS[2:] if not getattr(perms, flag))


HISTORY_LIMIT = 500
"""Messages read after the recorded time when checking for an unconfirmed post."""


def _carries(message: discord.Message, filename: str) -> bool:
    """The bot's summary message for a week: its chart attachment has the week's name."""
    if any(a.filename == filename for a in message.attachments):
        return True
    return any((e.image.url or "").endswith(filename) for e in message.embeds)


async def find_posted(
    bot: KindnessBot, settings: GuildSettings, week: str, since: float
) -> bool | None:
    """Whether the bot's own summary for `week` is in the summary channel since `since`.

    Reads the channel's history from that moment on (oldest first, bounded), looking
    for the bot's message carrying this week's chart. None when it cannot tell.
    """
    channel = _summary_channel(bot, settings)
    me = bot.user
    if channel is None or me is None or not isinstance(channel, discord.abc.Messageable):
        return None
    filename = summary_filename(week)
    after = discord.Object(discord.utils.time_snowflake(datetime.fromtimestamp(since, UTC)))
    try:
        async for message in channel.history(after=after, limit=HISTORY_LIMIT):
            if message.author.id == me.id and _carries(message, filename):
                return True
    except discord.HTTPException as exc:
        logger.warning(
            "cannot read the summary channel of guild %d to check week %s (%s)",
            settings.guild_id,
            week,
            exc.status,
        )
        return None
    return False


def _summary_channel(bot: KindnessBot, settings: GuildSettings) -> discord.abc.GuildChannel | None:
    guild = bot.get_guild(settings.guild_id)
    channel_id = settings.summary_channel_id
    if guild is None or channel_id is None:
        return None
    return guild.get_channel(channel_id)


async def send_summary(bot: KindnessBot, settings: GuildSettings, content: SummaryContent) -> None:
    """Send to the summary channel; failures become a `SummaryDeliveryError` reason."""
    guild = bot.get_guild(settings.guild_id)
    channel_id = settings.summary_channel_id
    channel = None if guild is None or channel_id is None else guild.get_channel(channel_id)
    if channel is None or not isinstance(channel, discord.abc.Messageable):
        raise SummaryDeliveryError("the summary channel no longer exists or is not a text channel")
    embed, file = summary_embed(content)
    try:
        await channel.send(embed=embed, file=file, allowed_mentions=discord.AllowedMentions.none())
    except discord.Forbidden as exc:
        missing = _missing_permissions(channel) or ["Send Messages, Embed Links, Attach Files"]
        raise SummaryDeliveryError(
            f"missing permission: {', '.join(missing)} in #{escape_name(channel.name)}"
        ) from exc
    except discord.NotFound as exc:
        raise SummaryDeliveryError(f"channel #{escape_name(channel.name)} was not found") from exc


def build_scheduler(bot: KindnessBot) -> SummaryScheduler:
    """A scheduler that posts through this module: the channel's history, the embed."""
    return SummaryScheduler(
        bot.db,
        partial(send_summary, bot),
        owner=bot.run_id,
        shards=bot.config.shards,
        find_posted=partial(find_posted, bot),
        is_present=lambda gid: bot.get_guild(gid) is not None,
        on_db_error=lambda exc: bot.database_failed("summary bookkeeping", exc),
    )


class Summaries(commands.Cog):
    """Ticks every minute and posts each server's weekly summary exactly once."""

    def __init__(
        self, bot: KindnessBot, *, clock: Clock = utc_now, interval: float = TICK_SECONDS
    ) -> None:
        self.bot = bot
        self.clock = clock
        self.scheduler = build_scheduler(bot)
        self.tick_loop.change_interval(seconds=interval)

    async def cog_load(self) -> None:
        self.bot.summary_service = self
        self.tick_loop.start()

    async def cog_unload(self) -> None:
        """Runs in `bot.close()` before the HTTP session closes: a post in flight gets
        the shutdown grace time to finish, then is recorded as interrupted."""
        if self.bot.summary_service is self:
            self.bot.summary_service = None
        await self.scheduler.stop(self.bot.config.shutdown_grace_seconds)
        self.tick_loop.cancel()

    @tasks.loop(seconds=TICK_SECONDS)
    async def tick_loop(self) -> None:
        # tasks.loop stops for good on an unhandled error; one bad tick must not do that
        try:
            await self.scheduler.tick(self.clock())
        except Exception:
            logger.exception("summary tick failed; trying again next tick")

    @tick_loop.before_loop
    async def _before_tick(self) -> None:
        await self.bot.wait_until_ready()


async def preview_summary(bot: KindnessBot, guild_id: int) -> tuple[discord.Embed, discord.File]:
    """The week so far as an embed and chart, for an ephemeral `/kindness summary preview`."""
    service = bot.summary_service
    now = service.clock() if service is not None else utc_now()
    content = await build_week_so_far(bot.db, guild_id, now)
    return summary_embed(content)


def _outcome_text(outcome: PostOutcome, channel_id: int) -> str:
    if outcome.before_data:
        return (
            f"There is no finished week to summarise yet: I was not counting here during "
            f"{outcome.week}. The first summary covers the week in progress and is posted when "
            "it ends; `/kindness summary preview` shows it so far."
        )
    if outcome.ok:
        return f"Posted the weekly summary for {outcome.week} in <#{channel_id}>."
    return (
        f"I could not post the summary for {outcome.week}: {outcome.error}. "
        "Fix that and run `/kindness summary post` again."
    )


async def post_summary_now(bot: KindnessBot, guild_id: int) -> str:
    """Post the latest finished week to the summary channel now; a human answer either way."""
    settings = await bot.settings.get(guild_id)
    if settings.summary_channel_id is None:
        return "No summary channel is set yet: choose one with `/kindness summary channel` first."
    service = bot.summary_service
    if service is None:  # the ticking cog is not loaded: post through a scheduler of our own
        outcome = await build_scheduler(bot).post_now(settings, utc_now())
    else:
        outcome = await service.scheduler.post_now(settings, service.clock())
    return _outcome_text(outcome, settings.summary_channel_id)


async def setup(bot: commands.Bot) -> None:
    """discord.py extension entry point."""
    if not isinstance(bot, KindnessBot):
        raise TypeError("the summaries cog needs a KindnessBot")
    await bot.add_cog(Summaries(bot))
