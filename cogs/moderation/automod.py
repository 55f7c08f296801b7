"""`/kindness automod enable | disable | status`: Discord's AutoMod stops the worst words
before they are sent, with a kind note.

The rule's contents are planned in `bot.core.automod`; `bot.automod` (the
`AutoModService`, set by the `cogs.automod` extension) talks to Discord. Every
refusal (no Manage Server, Discord's limits) is one private sentence.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.core.automod.rule_plan import RulePlan
from bot.core.texts.automod_status_text import status_text
from bot.discord.automod_service import AutomodError, AutoModService
from bot.discord.interaction_errors import FriendlyError, on_component_error
from bot.discord.private_reply import reply_privately
from cogs.moderation.common import ModeratorGroup, is_moderator, kindness_bot

VIEW_TIMEOUT = 15 * 60


def _service(interaction: discord.Interaction[Any]) -> tuple[AutoModService, discord.Guild]:
    service = kindness_bot(interaction).automod
    if service is None or interaction.guild is None:
        raise FriendlyError("AutoMod is not available right now (its extension is not loaded).")
    return service, interaction.guild


def enabled_text(plan: RulePlan) -> str:
    alert = (
        f" Each stopped message is reported in <#{plan.alert_channel_id}>."
        if plan.alert_channel_id
        else " Set an alert channel to have stopped messages reported there."
    )
    return (
        "**AutoMod is on.** Discord now stops slurs, self-harm encouragement and explicit "
        f"threats before they are sent ({len(plan.keywords)} keywords, {len(plan.regexes)} "
        "patterns) and shows the sender a kind #CreateKindness note." + alert
    )


async def _enable(interaction: discord.Interaction[Any]) -> None:
    service, guild = _service(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        plan = await service.enable(guild)
    except AutomodError as exc:
        await reply_privately(interaction, str(exc))
        return
    await reply_privately(interaction, enabled_text(plan))


class ReEnableView(discord.ui.View):
    """One button under a status that found the rule deleted or edited."""

    def __init__(self) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)

    @discord.ui.button(label="Re-enable my AutoMod rule", style=discord.ButtonStyle.primary)
    async def re_enable(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[ReEnableView]
    ) -> None:
        button.disabled = True
        await _enable(interaction)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if not is_moderator(interaction):
            raise FriendlyError("Only moderators (Manage Server) can change AutoMod.")
        return True

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: Any, /
    ) -> None:
        await on_component_error(interaction, error)


class AutomodGroup(
    ModeratorGroup, name="automod", description="Stop the worst words before they are sent"
):
    """The bot's one AutoMod rule: slurs, self-harm encouragement, explicit threats."""

    @app_commands.command(description="Create or restore the bot's AutoMod rule")
    async def enable(self, interaction: discord.Interaction[Any]) -> None:
        await _enable(interaction)

    @app_commands.command(description="Remove the bot's AutoMod rule")
    async def disable(self, interaction: discord.Interaction[Any]) -> None:
        service, guild = _service(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            removed = await service.disable(guild)
        except AutomodError as exc:
            await reply_privately(interaction, str(exc))
            return
        text = (
            "**AutoMod is off.** I removed my rule; messages are no longer stopped before "
            "sending (nudges work as before)."
            if removed
            else "AutoMod was already off: I have no rule in this server."
        )
        await reply_privately(interaction, text)

    @app_commands.command(description="Is the AutoMod rule on, intact, and what does it hold?")
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        service, guild = _service(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await service.status(guild)
        broken = status.enabled and (status.rule_found is False or bool(status.drift))
        view = ReEnableView() if broken and status.can_manage else None
        await reply_privately(interaction, status_text(status), view=view)
