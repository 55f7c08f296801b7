"""The `/kindness` group and its top-level settings commands (setup, threshold, ...).

The subgroups (`lists`, `summary`) and the data commands (`data`: stats, export,
feedback, forget) are declared in sibling modules and attached to this group by
`cogs.moderation.build_group`.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

import discord
from discord import app_commands

from bot.core.guild_settings import SUPPORTED_LANGUAGES, DeliveryMode, GuildSettings
from bot.core.scoring.languages import LanguageError, parse_languages
from bot.core.texts.settings_text import LANGUAGE_NAMES, channel_ref, duration, render_settings
from bot.core.texts.verdict_text import VerdictStyle, render_verdict
from bot.discord.interaction_errors import FriendlyError
from bot.discord.permissions import MODERATOR_COMMAND_PERMISSIONS
from bot.discord.private_reply import reply_privately
from cogs.moderation.common import (
    ModeratorGroup,
    current_settings,
    edit_settings,
    guild_id_of,
    in_range,
    kindness_bot,
)
from cogs.moderation.data import setup_report

logger = logging.getLogger(__name__)

THRESHOLD_MIN = 0.1
THRESHOLD_MAX = 0.95
MAX_DELETE_AFTER = 24 * 3600
MAX_COOLDOWN = 24 * 3600
MAX_CHECK_TEXT = 2000
DeliveryChoice = Literal["reply", "dm", "reaction", "silent"]


def languages_option(raw: str) -> tuple[str, ...]:
    """The `languages` option parsed; unknown codes are refused with the list of known ones."""
    try:
        return parse_languages(raw)
    except LanguageError as exc:
        known = ", ".join(f"`{c}` ({LANGUAGE_NAMES.get(c, c)})" for c in SUPPORTED_LANGUAGES)
        raise FriendlyError(
            f"Unknown language {', '.join(f'`{c}`' for c in exc.unknown) or '(none given)'}. "
            f"Known languages: {known}. Nothing was changed."
        ) from None


@app_commands.guild_only()
class KindnessGroup(
    ModeratorGroup,
    name="kindness",
    description="Configure and check the kindness bot (moderators)",
    default_permissions=MODERATOR_COMMAND_PERMISSIONS,
):
    """The `/kindness` group; subgroups are attached in `build_group`."""

    @app_commands.command(description="One-step setup: alert channel, summary channel, delivery")
    @app_commands.describe(
        alert_channel="Moderators-only channel for alerts and member reports",
        summary_channel="Channel for the weekly summary (optional)",
        delivery="How members are nudged (default: reply)",
    )
    async def setup(
        self,
        interaction: discord.Interaction[Any],
        alert_channel: discord.TextChannel,
        summary_channel: discord.TextChannel | None = None,
        delivery: DeliveryChoice | None = None,
    ) -> None:
        def change(s: GuildSettings) -> GuildSettings:
            return s.replace(
                alert_channel_id=alert_channel.id,
                summary_channel_id=summary_channel.id if summary_channel else s.summary_channel_id,
                delivery=DeliveryMode(delivery) if delivery else s.delivery,
            )

        settings = await edit_settings(interaction, change)
        report = setup_report(interaction, settings)
        await reply_privately(interaction, report)

    @app_commands.command(description="Show every setting of this server")
    async def settings(self, interaction: discord.Interaction[Any]) -> None:
        bot = kindness_bot(interaction)
        settings = await current_settings(interaction)
        guild = interaction.guild
        role_names = {}
        if guild is not None:
            role_names = {
                r: role.name for r in settings.exempt_roles if (role := guild.get_role(r))
            }
        status = await bot.db.summary_status(guild_id_of(interaction))
        lines = render_settings(settings, role_names=role_names, summary_status=status)
        lines += bot.delivery.notes(guild_id_of(interaction))  # what Discord refused lately
        embed = discord.Embed(
            title="Kindness bot settings",
            description="\n".join(lines),
            colour=discord.Colour.gold(),
        )
        await reply_privately(interaction, embed=embed)

    @app_commands.command(description="How sensitive the bot is (lower flags more)")
    @app_commands.describe(value=f"Score threshold, {THRESHOLD_MIN} to {THRESHOLD_MAX}")
    async def threshold(
        self,
        interaction: discord.Interaction[Any],
        value: app_commands.Range[float, THRESHOLD_MIN, THRESHOLD_MAX],
    ) -> None:
        in_range("The threshold", value, THRESHOLD_MIN, THRESHOLD_MAX)
        await edit_settings(interaction, lambda s: s.replace(threshold=round(value, 3)))
        await reply_privately(
            interaction, f"Threshold set to **{value:.2f}**. It applies to the next message."
        )

    @app_commands.command(description="How members are nudged: reply, dm, reaction or silent")
    async def delivery(self, interaction: discord.Interaction[Any], mode: DeliveryChoice) -> None:
        try:
            chosen = DeliveryMode(mode)
        except ValueError:
            raise FriendlyError(
                "Delivery must be one of reply, dm, reaction or silent; nothing was changed."
            ) from None
        await edit_settings(interaction, lambda s: s.replace(delivery=chosen))
        await reply_privately(interaction, f"Nudges are now delivered as **{chosen.value}**.")

    @app_commands.command(name="delete-after", description="Delete nudges after this long")
    @app_commands.describe(seconds="Seconds before a nudge deletes itself (0 = keep it)")
    async def delete_after(
        self,
        interaction: discord.Interaction[Any],
        seconds: app_commands.Range[int, 0, MAX_DELETE_AFTER],
    ) -> None:
        in_range("Delete-after", seconds, 0, MAX_DELETE_AFTER)
        await edit_settings(interaction, lambda s: s.replace(nudge_delete_after=seconds))
        shown = "kept (not deleted)" if seconds == 0 else f"deleted after {duration(seconds)}"
        await reply_privately(interaction, f"Nudges are now {shown}.")

    @app_commands.command(description="Minimum time between two nudges to the same member")
    @app_commands.describe(seconds="Seconds (0 = no cooldown)")
    async def cooldown(
        self,
        interaction: discord.Interaction[Any],
        seconds: app_commands.Range[int, 0, MAX_COOLDOWN],
    ) -> None:
        in_range("The cooldown", seconds, 0, MAX_COOLDOWN)
        await edit_settings(interaction, lambda s: s.replace(cooldown_seconds=seconds))
        shown = "no cooldown" if seconds == 0 else duration(seconds)
        await reply_privately(interaction, f"Cooldown between nudges to one member: **{shown}**.")

    @app_commands.command(description="Languages the bot reads and writes")
    @app_commands.describe(languages="Language codes, comma-separated (en, it)")
    @app_commands.choices(
        languages=[
            app_commands.Choice(name="English", value="en"),
            app_commands.Choice(name="Italian", value="it"),
            app_commands.Choice(name="English and Italian", value="en,it"),
            app_commands.Choice(name="Italian and English", value="it,en"),
        ]
    )
    async def languages(self, interaction: discord.Interaction[Any], languages: str) -> None:
        codes = languages_option(languages)
        await edit_settings(interaction, lambda s: s.replace(languages=codes))
        names = ", ".join(LANGUAGE_NAMES.get(c, c) for c in codes)
        await reply_privately(interaction, f"Languages set to **{names}**.")

    @app_commands.command(
        name="kindness-reaction", description="React to kind messages (#CreateKindness) or not"
    )
    async def kindness_reaction(self, interaction: discord.Interaction[Any], enabled: bool) -> None:
        await edit_settings(interaction, lambda s: s.replace(kindness_reaction=enabled))
        await reply_privately(
            interaction, f"Kindness reactions are now **{'on' if enabled else 'off'}**."
        )

    @app_commands.command(
        name="alert-channel", description="Where alerts and member reports go (empty = none)"
    )
    async def alert_channel(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel | None = None
    ) -> None:
        cid = channel.id if channel else None
        await edit_settings(interaction, lambda s: s.replace(alert_channel_id=cid))
        if cid is None:
            await reply_privately(
                interaction,
                "Alert channel cleared: no alerts are sent and members cannot report messages.",
            )
            return
        await reply_privately(
            interaction, f"Alerts and member reports now go to {channel_ref(cid)}."
        )

    @app_commands.command(
        name="rules-channel", description="The rules channel linked in explanations (empty = none)"
    )
    async def rules_channel(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel | None = None
    ) -> None:
        cid = channel.id if channel else None
        await edit_settings(interaction, lambda s: s.replace(rules_channel_id=cid))
        await reply_privately(interaction, f"Rules channel: {channel_ref(cid)}.")

    @app_commands.command(description="Score a text with this server's settings, for tuning")
    async def check(
        self,
        interaction: discord.Interaction[Any],
        text: app_commands.Range[str, 1, MAX_CHECK_TEXT],
    ) -> None:
        if not text.strip():
            raise FriendlyError("Give me some text to check.")
        bot = kindness_bot(interaction)
        settings = await current_settings(interaction)
        verdict = bot.scorers.scorer_for(settings).score(text[:MAX_CHECK_TEXT])
        await reply_privately(
            interaction, render_verdict(verdict, VerdictStyle.DISCORD, threshold=settings.threshold)
        )

    @app_commands.command(description="Stop checking messages in this server for now")
    async def pause(self, interaction: discord.Interaction[Any]) -> None:
        await edit_settings(interaction, lambda s: s.replace(paused=True))
        await reply_privately(
            interaction, "Paused: I am not checking messages. `/kindness resume` restarts."
        )

    @app_commands.command(description="Start checking messages again")
    async def resume(self, interaction: discord.Interaction[Any]) -> None:
        await edit_settings(interaction, lambda s: s.replace(paused=False))
        await reply_privately(
            interaction, "Resumed: I am checking messages again. \N{YELLOW HEART}"
        )
