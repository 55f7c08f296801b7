"""`/kindness bullying ...`: the pile-on and persistent-targeting settings, and the DM.

Every change goes through `edit_guild_settings` (the per-server lock) and is checked
before anything is saved; each answer is the whole picture, as `status` shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.bullying import MAX_HITS
from bot.core.texts.bullying_text import bullying_status_text
from bot.discord.interaction_errors import FriendlyError
from bot.discord.private_reply import reply_privately
from cogs.moderation.common import ModeratorGroup, current_settings, edit_settings

MESSAGES = (2, MAX_HITS)
MEMBERS = (2, 25)
MINUTES = (5, 24 * 60)
DAYS = (2, 7)


def status_text(settings: GuildSettings) -> str:
    return bullying_status_text(
        pile_on=(
            settings.bullying_pileon_enabled,
            settings.bullying_pileon_messages,
            settings.bullying_pileon_members,
            settings.bullying_pileon_minutes,
        ),
        persistent=(settings.bullying_persistent_enabled, settings.bullying_persistent_days),
        dm=settings.bullying_dm_enabled,
        alert_channel_id=settings.alert_channel_id,
    )


def pile_on_change(
    enabled: bool | None, messages: int | None, members: int | None, minutes: int | None
) -> Callable[[GuildSettings], GuildSettings]:
    """The settings change, refused when it would ask for more members than messages."""

    def change(s: GuildSettings) -> GuildSettings:
        new = s.replace(
            bullying_pileon_enabled=s.bullying_pileon_enabled if enabled is None else enabled,
            bullying_pileon_messages=messages or s.bullying_pileon_messages,
            bullying_pileon_members=members or s.bullying_pileon_members,
            bullying_pileon_minutes=minutes or s.bullying_pileon_minutes,
        )
        if new.bullying_pileon_members > new.bullying_pileon_messages:
            raise FriendlyError(
                f"A pile-on needs at least as many messages as members "
                f"({new.bullying_pileon_messages} messages, {new.bullying_pileon_members} "
                "members asked); nothing was changed."
            )
        return new

    return change


class BullyingGroup(
    ModeratorGroup, name="bullying", description="Pile-ons and persistent targeting of a member"
):
    """Status, the two patterns' thresholds and on/off, and the member's private message."""

    @app_commands.command(description="What the bot watches for and who hears about it")
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        await reply_privately(interaction, status_text(await current_settings(interaction)))

    @app_commands.command(description="Many members aiming hostile messages at one member")
    @app_commands.describe(
        enabled="Watch for pile-ons (default on)",
        messages="Hostile messages aimed at the member (default 5)",
        members="From at least this many different members (default 3)",
        minutes="Within this many minutes (default 30)",
    )
    async def pileon(
        self,
        interaction: discord.Interaction[Any],
        enabled: bool | None = None,
        messages: app_commands.Range[int, MESSAGES[0], MESSAGES[1]] | None = None,
        members: app_commands.Range[int, MEMBERS[0], MEMBERS[1]] | None = None,
        minutes: app_commands.Range[int, MINUTES[0], MINUTES[1]] | None = None,
    ) -> None:
        for name, value, (low, high) in (
            ("Messages", messages, MESSAGES),
            ("Members", members, MEMBERS),
            ("Minutes", minutes, MINUTES),
        ):
            if value is not None and not low <= value <= high:
                raise FriendlyError(f"{name} must be {low} to {high}; nothing was changed.")
        settings = await edit_settings(
            interaction, pile_on_change(enabled, messages, members, minutes)
        )
        await reply_privately(interaction, status_text(settings))

    @app_commands.command(
        description="One member aiming hostile messages at another on several days"
    )
    @app_commands.describe(
        enabled="Watch for persistent targeting (default on)",
        days="On at least this many different days within 7 days (default 3)",
    )
    async def persistent(
        self,
        interaction: discord.Interaction[Any],
        enabled: bool | None = None,
        days: app_commands.Range[int, DAYS[0], DAYS[1]] | None = None,
    ) -> None:
        if days is not None and not DAYS[0] <= days <= DAYS[1]:
            raise FriendlyError(f"Days must be {DAYS[0]} to {DAYS[1]}; nothing was changed.")

        def change(s: GuildSettings) -> GuildSettings:
            return s.replace(
                bullying_persistent_enabled=(
                    s.bullying_persistent_enabled if enabled is None else enabled
                ),
                bullying_persistent_days=days or s.bullying_persistent_days,
            )

        await reply_privately(interaction, status_text(await edit_settings(interaction, change)))

    @app_commands.command(description="The private message offering the member the safety tools")
    @app_commands.describe(enabled="Send it (at most one per member every 7 days; default on)")
    async def dm(self, interaction: discord.Interaction[Any], enabled: bool) -> None:
        settings = await edit_settings(
            interaction, lambda s: s.replace(bullying_dm_enabled=enabled)
        )
        await reply_privately(interaction, status_text(settings))
