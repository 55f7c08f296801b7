"""Tools for every member: `/kindcheck`, "Check my tone", "Report to moderators", `/safety`.

Discord does not let a bot prompt inside the message box, so `/kindcheck` and the
"Check my tone" menu are the pre-send "consider before you comment" check. Only
an aggregate count (`kindchecks`, `reports`) is stored; drafts and reports are
never written anywhere but the moderators' channel.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import KindnessBot
from bot.core.guild_settings import GuildSettings
from bot.core.moderation.alerts import verdict_excerpt
from bot.core.moderation.permission_memory import Action
from bot.core.moderation.rate_limit import SlidingWindowLimiter
from bot.core.stats.counters import NO_CHANNEL, Metric
from bot.core.texts.member_tools_text import kindcheck_text, report_thanks_text
from bot.core.texts.nudge_texts import safety_text
from bot.discord.delivery import Kind
from bot.discord.interaction_errors import FriendlyError, on_component_error
from bot.discord.message_scoring import in_channels, score_message
from bot.discord.private_reply import NO_MENTIONS, reply_privately

logger = logging.getLogger(__name__)

REPORTS_PER_WINDOW = 3
REPORT_WINDOW_SECONDS = 600.0
MAX_REASON = 500
MAX_DRAFT = 2000
KINDCHECKS_PER_MINUTE = 10


def _settings_languages(settings: GuildSettings | None) -> tuple[str, ...]:
    return settings.languages if settings is not None else ("en",)


def report_text(
    message: discord.Message, reporter: discord.abc.User, reason: str, excerpt: str
) -> str:
    """The report posted to the alert channel: enough to act on, nothing that pings."""
    author = message.author
    flat_reason = " ".join(reason.split())
    shown_reason = discord.utils.escape_mentions(discord.utils.escape_markdown(flat_reason))
    return "\n".join(
        [
            "\N{TRIANGULAR FLAG ON POST} **Member report**",
            f"Message: {message.jump_url} in <#{message.channel.id}>",
            f"Author: <@{author.id}> ({discord.utils.escape_markdown(author.name)})",
            f"Reported by (only moderators see this): <@{reporter.id}> "
            f"({discord.utils.escape_markdown(reporter.name)})",
            f"Reason: {shown_reason or 'none given'}",
            f"Excerpt (censored): `{excerpt}`",
        ]
    )


class ReportModal(discord.ui.Modal, title="Report to moderators"):
    """Asks for an optional reason, then posts the report to the alert channel."""

    reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
        label="What's wrong? (optional)",
        custom_id="reason",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=MAX_REASON,
        placeholder="Only the moderators will read this.",
    )

    def __init__(self, tools: MemberTools, message: discord.Message) -> None:
        super().__init__(timeout=15 * 60)
        self.tools = tools
        self.message = message

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        await self.tools.deliver_report(interaction, self.message, self.reason.value or "")

    async def on_error(  # type: ignore[override]  # discord.py's Modal narrows View's hook
        self, interaction: discord.Interaction[Any], error: Exception, /
    ) -> None:
        await on_component_error(interaction, error)


class MemberTools(commands.Cog):
    """Slash commands and message menus any member can use."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.reports = SlidingWindowLimiter(REPORTS_PER_WINDOW, REPORT_WINDOW_SECONDS)
        self.menus = [
            app_commands.guild_only()(
                app_commands.ContextMenu(name="Check my tone", callback=self.check_my_tone)
            ),
            app_commands.guild_only()(
                app_commands.ContextMenu(name="Report to moderators", callback=self.report_message)
            ),
        ]

    async def cog_load(self) -> None:
        for menu in self.menus:
            self.bot.tree.add_command(menu)

    async def cog_unload(self) -> None:
        for menu in self.menus:
            self.bot.tree.remove_command(menu.name, type=menu.type)

    async def _settings(self, interaction: discord.Interaction[Any]) -> GuildSettings | None:
        if interaction.guild_id is None:
            return None
        return await self.bot.settings.get(interaction.guild_id)

    def _count(self, guild_id: int | None, metric: str, channel_id: int = NO_CHANNEL) -> None:
        if guild_id is not None:
            self.bot.stats.add(guild_id, channel_id, metric)

    # -- tone checks ------------------------------------------------------------------

    @app_commands.command(description="Check a draft before posting; only you see the answer")
    @app_commands.describe(draft="The message you are about to send (it is not stored)")
    @app_commands.guild_only()
    @app_commands.checks.cooldown(KINDCHECKS_PER_MINUTE, 60.0)
    async def kindcheck(
        self,
        interaction: discord.Interaction[Any],
        draft: app_commands.Range[str, 1, MAX_DRAFT],
    ) -> None:
        if not draft.strip():
            raise FriendlyError("Type the message you want to check after /kindcheck.")
        settings = await self._settings(interaction)
        if settings is None:
            raise app_commands.NoPrivateMessage
        channel = interaction.channel
        verdict = self.bot.scorers.scorer_for(settings).score(
            draft[:MAX_DRAFT],
            profanity_ok=channel is not None
            and in_channels(channel, settings.profanity_ok_channels),
        )
        self._count(interaction.guild_id, Metric.KINDCHECKS)
        await reply_privately(
            interaction,
            kindcheck_text(verdict, settings.languages),
        )

    async def check_my_tone(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        if message.author.id != interaction.user.id:
            raise FriendlyError(
                "You can check the tone of your own messages only. If someone else's message "
                "worries you, use **Apps → Report to moderators** on it."
            )
        settings = await self._settings(interaction)
        if settings is None:
            raise app_commands.NoPrivateMessage
        if not message.content.strip():
            raise FriendlyError("That message has no text for me to check.")
        verdict = score_message(self.bot, settings, message)
        self._count(interaction.guild_id, Metric.KINDCHECKS)
        await reply_privately(
            interaction,
            kindcheck_text(verdict, settings.languages),
        )

    # -- reports ----------------------------------------------------------------------

    def _rate_limited(self, guild_id: int, user_id: int) -> str | None:
        wait = self.reports.retry_after((guild_id, user_id), time.monotonic())
        if wait <= 0:
            return None
        minutes = max(1, round(wait / 60))
        return (
            f"You have already sent {REPORTS_PER_WINDOW} reports in the last "
            f"{int(REPORT_WINDOW_SECONDS // 60)} minutes. Thank you, the moderators have them. "
            f"You can report again in about {minutes} minute{'s' if minutes != 1 else ''}; "
            "Discord's own **Report Message** is always available."
        )

    async def report_message(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        settings = await self._settings(interaction)
        if settings is None or interaction.guild_id is None:
            raise app_commands.NoPrivateMessage
        if settings.alert_channel_id is None:
            raise FriendlyError(
                "This server has no moderators' channel for reports yet, so I cannot pass your "
                "report on. Please tell a moderator directly.\n\n"
                + safety_text(settings.languages, rules_channel_id=settings.rules_channel_id)
            )
        limited = self._rate_limited(interaction.guild_id, interaction.user.id)
        if limited:
            raise FriendlyError(limited)
        await interaction.response.send_modal(ReportModal(self, message))

    async def deliver_report(
        self, interaction: discord.Interaction[Any], message: discord.Message, reason: str
    ) -> None:
        """Post the report to the alert channel, count it, thank the reporter."""
        guild = interaction.guild
        settings = await self._settings(interaction)
        if guild is None or settings is None:
            raise app_commands.NoPrivateMessage
        limited = self._rate_limited(guild.id, interaction.user.id)
        if limited:
            raise FriendlyError(limited)
        channel = (
            guild.get_channel(settings.alert_channel_id) if settings.alert_channel_id else None
        )
        if not isinstance(channel, discord.TextChannel):
            raise FriendlyError(
                "The moderators' channel for reports is not set or no longer exists, so your "
                "report could not be delivered. Please tell a moderator directly."
            )
        verdict = score_message(self.bot, settings, message)
        excerpt = verdict_excerpt(message.content, verdict)
        not_posted = FriendlyError(
            "I could not post your report in the moderators' channel (I may be missing "
            "permission there). Please tell a moderator directly."
        )
        delivery = self.bot.delivery  # no request where Discord would refuse it
        if not delivery.allowed(Kind.REPORT, guild.id, channel.id, Action.SEND):
            raise not_posted
        try:
            await channel.send(
                report_text(message, interaction.user, reason, excerpt or "(no text)"),
                allowed_mentions=NO_MENTIONS,
            )
        except (discord.HTTPException, discord.RateLimited) as exc:
            delivery.failed(
                exc,
                Kind.REPORT,
                "post a member's report",
                guild_id=guild.id,
                channel_id=channel.id,
                action=Action.SEND,
            )
            raise not_posted from None
        self.reports.record((guild.id, interaction.user.id), time.monotonic())
        self._count(guild.id, Metric.REPORTS, message.channel.id)
        safety = safety_text(settings.languages, rules_channel_id=settings.rules_channel_id)
        await reply_privately(
            interaction,
            report_thanks_text(safety, settings.languages),
        )

    @commands.Cog.listener()
    async def on_kindness_forget_user(self, guild_id: int, user_id: int) -> None:
        """`/kindness forget` also drops the member's report window."""
        self.reports.forget((guild_id, user_id))

    # -- safety -----------------------------------------------------------------------

    @app_commands.command(description="Tools to stay safe: block, mute, report (only you see it)")
    async def safety(self, interaction: discord.Interaction[Any]) -> None:
        settings = await self._settings(interaction)
        text = safety_text(
            _settings_languages(settings),
            rules_channel_id=settings.rules_channel_id if settings else None,
        )
        await reply_privately(interaction, text)


async def setup(bot: commands.Bot) -> None:
    """discord.py extension entry point."""
    if not isinstance(bot, KindnessBot):
        raise TypeError("the member tools cog needs a KindnessBot")
    await bot.add_cog(MemberTools(bot))
