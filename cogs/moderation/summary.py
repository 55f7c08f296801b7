"""`/kindness summary ...`: where and when the weekly summary is posted, preview, post now.

The summaries cog owns the posting; the summary settings change here, through
`edit_guild_settings` under the per-server lock like every other setting, and are
validated before anything is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.core.guild_settings import GuildSettings
from bot.core.stats.schedule import WEEKDAY_NAMES, parse_weekday, validate_hour, validate_timezone
from bot.core.texts.settings_text import channel_ref
from bot.discord.interaction_errors import FriendlyError
from bot.discord.private_reply import reply_privately
from cogs import summaries
from cogs.moderation.common import (
    ModeratorGroup,
    edit_guild_settings,
    guild_id_of,
    kindness_bot,
)

if TYPE_CHECKING:
    from bot.client import KindnessBot


async def set_summary_channel(
    bot: KindnessBot, guild_id: int, channel_id: int | None
) -> GuildSettings:
    """Set (or, with None, switch off) the channel the weekly summary goes to."""
    return await edit_guild_settings(
        bot, guild_id, lambda s: s.replace(summary_channel_id=channel_id)
    )


async def set_summary_time(
    bot: KindnessBot,
    guild_id: int,
    *,
    weekday: int | str | None = None,
    hour: int | None = None,
    timezone: str | None = None,
) -> GuildSettings:
    """Change when the summary is posted; ValueError (with a readable reason) if invalid.

    All values are validated before anything is saved, so a bad time zone never
    leaves a half-changed schedule.
    """
    changes: dict[str, object] = {}
    if weekday is not None:
        changes["summary_weekday"] = parse_weekday(weekday)
    if hour is not None:
        changes["summary_hour"] = validate_hour(hour)
    if timezone is not None:
        changes["summary_timezone"] = validate_timezone(timezone)
    return await edit_guild_settings(bot, guild_id, lambda s: s.replace(**changes))


WEEKDAY_CHOICES = [app_commands.Choice(name=n, value=i) for i, n in enumerate(WEEKDAY_NAMES)]


class SummaryGroup(ModeratorGroup, name="summary", description="The weekly summary post"):
    """Channel, day, hour and time zone of the weekly summary; preview; post now."""

    @app_commands.command(description="Where the weekly summary is posted (empty = no summary)")
    async def channel(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel | None = None
    ) -> None:
        cid = channel.id if channel else None
        await set_summary_channel(kindness_bot(interaction), guild_id_of(interaction), cid)
        if cid is None:
            await reply_privately(interaction, "Weekly summaries are switched off.")
            return
        await reply_privately(
            interaction, f"Weekly summaries will be posted in {channel_ref(cid)}."
        )

    async def _set_time(self, interaction: discord.Interaction[Any], **change: Any) -> None:
        try:
            settings = await set_summary_time(
                kindness_bot(interaction), guild_id_of(interaction), **change
            )
        except ValueError as exc:
            reason = str(exc)
            raise FriendlyError(f"{reason[:1].upper()}{reason[1:]}. Nothing was changed.") from None
        weekday = WEEKDAY_NAMES[settings.summary_weekday]
        await reply_privately(
            interaction,
            f"The weekly summary is posted on **{weekday}s at {settings.summary_hour:02d}:00** "
            f"({settings.summary_timezone}).",
        )

    @app_commands.command(description="The day of the week the summary is posted")
    @app_commands.choices(day=WEEKDAY_CHOICES)
    async def weekday(self, interaction: discord.Interaction[Any], day: int) -> None:
        await self._set_time(interaction, weekday=day)

    @app_commands.command(description="The hour (0-23, local time) the summary is posted")
    async def hour(
        self, interaction: discord.Interaction[Any], hour: app_commands.Range[int, 0, 23]
    ) -> None:
        await self._set_time(interaction, hour=hour)

    @app_commands.command(description="The time zone of the summary hour, e.g. Europe/Rome")
    async def timezone(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 64]
    ) -> None:
        await self._set_time(interaction, timezone=name)

    @app_commands.command(description="Preview this week's summary so far (only you see it)")
    async def preview(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = kindness_bot(interaction)
        await bot.flush()
        embed, file = await summaries.preview_summary(bot, guild_id_of(interaction))
        await reply_privately(interaction, embed=embed, file=file)

    @app_commands.command(description="Post the latest finished week's summary now")
    async def post(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = kindness_bot(interaction)
        await bot.flush()
        answer = await summaries.post_summary_now(bot, guild_id_of(interaction))
        await reply_privately(interaction, answer)
