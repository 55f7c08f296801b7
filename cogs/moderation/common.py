"""What every `/kindness` command shares: the moderator check and settings edits.

Discord hides the group from members without Manage Server, but a server can
override that visibility, so `ModeratorGroup.interaction_check` checks the
permission again on the bot's side for every subcommand of every subgroup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.core.guild_settings import GuildSettings
from bot.discord.interaction_errors import FriendlyError
from bot.discord.private_reply import leave_note

if TYPE_CHECKING:
    from bot.client import KindnessBot


def is_moderator(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server (or Administrator) in this server, as Discord computed it for this use."""
    perms = interaction.permissions
    return interaction.guild_id is not None and (perms.manage_guild or perms.administrator)


def require_moderator(interaction: discord.Interaction[Any]) -> None:
    """Raise the errors the app-command error handler turns into clear answers."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage
    if not is_moderator(interaction):
        raise app_commands.MissingPermissions(["manage_guild"])


class ModeratorGroup(app_commands.Group):
    """A command group usable only by moderators, checked on every invocation."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        require_moderator(interaction)
        return True


def kindness_bot(interaction: discord.Interaction[Any]) -> KindnessBot:
    """The bot that received the interaction (typed)."""
    bot: KindnessBot = interaction.client
    return bot


def guild_id_of(interaction: discord.Interaction[Any]) -> int:
    """The server of a guild-only command (the check has already run)."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage
    return interaction.guild_id


def in_range(name: str, value: float, low: float, high: float) -> None:
    """Refuse a value outside [low, high] (Discord checks ranges too; a client may not)."""
    if not low <= value <= high:
        raise FriendlyError(f"{name} must be between {low:g} and {high:g}; nothing was changed.")


async def current_settings(interaction: discord.Interaction[Any]) -> GuildSettings:
    return await kindness_bot(interaction).settings.get(guild_id_of(interaction))


async def edit_settings(
    interaction: discord.Interaction[Any], change: Callable[[GuildSettings], GuildSettings]
) -> GuildSettings:
    """Apply `change` to the settings of the interaction's server (see `edit_guild_settings`).

    A change to what the server's AutoMod rule is built from (words, allowed terms,
    exempt roles, ignored channels, languages, alert channel) updates the rule; if
    Discord refuses, the command's answer says so in one sentence.
    """
    bot = kindness_bot(interaction)
    guild_id = guild_id_of(interaction)
    before = await bot.settings.get(guild_id)
    after = await edit_guild_settings(bot, guild_id, change)
    if bot.automod is not None:
        note = await bot.automod.settings_changed(guild_id, before, after)
        if note is not None:
            leave_note(interaction, note)
    return after


async def edit_guild_settings(
    bot: KindnessBot, guild_id: int, change: Callable[[GuildSettings], GuildSettings]
) -> GuildSettings:
    """Apply `change` to the server's settings and save, one edit per server at a time.

    Every settings change goes through here, so two moderators editing at once never
    lose each other's change. `change` may raise (`FriendlyError`, `ValueError`) to
    refuse; nothing is saved then.
    """
    return await bot.settings.edit(guild_id, change)
