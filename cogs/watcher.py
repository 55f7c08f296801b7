"""The message watcher: score each message, count it, nudge kindly, alert when needed.

Thin by design: which messages to skip, how to score, what to decide and what to
say all live elsewhere (`bot.message_scoring`, `bot.core.nudges`,
`bot.core.alerts`, `bot.core.outcomes`); this cog turns those decisions into
Discord calls. A failed Discord call is logged once per (server, channel,
reason) and never stops the bot; the counts are kept either way.
"""

from __future__ import annotations

import itertools
import logging
import time
from typing import TYPE_CHECKING, cast

import discord
from discord.ext import commands

from bot.core.alerts import alert_text, censored_excerpt
from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.kindness import is_kind
from bot.core.nudges import NudgeDecision, decide, dm_nudge_text, is_exempt, nudge_text
from bot.core.outcomes import OutcomeEvent, OutcomeTracker
from bot.core.rate_limit import SlidingWindowLimiter
from bot.core.stats import Metric
from bot.core.verdict import Category, Severity, Verdict
from bot.discord_errors import CANNOT_DM, ErrorReporter
from bot.message_scoring import in_channels, is_reply, mentions_someone, score_message
from cogs.nudge_cleanup import schedule_nudge_deletion
from cogs.nudge_views import NudgeRef, nudge_view

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

REACTIONS_PER_CHANNEL = 4
"""Kindness reactions per channel per second: Discord allows about one per 0.25 s."""
NUDGE_REACTION = "\N{SEEDLING}"
"""Reaction-only nudges: a quiet sign, not an accusation."""
MODERATOR_PERMISSIONS = discord.Permissions(manage_guild=True, manage_messages=True).value
"""Manage Server or Manage Messages makes a moderator (exempt by default)."""
# Metric names built once: Metric.severity/category validate through enum calls.
_SEVERITY_METRICS: dict[Severity, str] = {
    s: Metric.severity(s) for s in Severity if s is not Severity.NONE
}
_CATEGORY_METRICS: dict[Category, str] = {c: Metric.category(c) for c in Category}


class Watcher(commands.Cog):
    """Listens to guild messages and raw edit/delete events."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.outcomes = OutcomeTracker()
        self.errors = ErrorReporter()
        self._rotation = itertools.count()
        self._reactions = SlidingWindowLimiter(REACTIONS_PER_CHANNEL, 1.0)

    async def cog_load(self) -> None:
        self.bot.message_handler = self.on_message

    async def cog_unload(self) -> None:
        if self.bot.message_handler == self.on_message:
            self.bot.message_handler = None

    # -- messages ------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        """Called by `KindnessBot.on_message` for every message the gateway delivers."""
        guild = message.guild
        author = message.author
        if (
            guild is None
            or author.bot
            or message.webhook_id is not None
            or message.is_system()
            or not message.content
            or not isinstance(author, discord.Member)
        ):
            return
        settings = self.bot.cached_settings(guild.id) or await self.bot.get_settings(guild.id)
        if settings.paused or in_channels(message.channel, settings.ignored_channels):
            return
        moderator = author.guild_permissions.value & MODERATOR_PERMISSIONS != 0
        role_ids = [r.id for r in author.roles] if settings.exempt_roles else []
        if is_exempt(settings, role_ids, is_moderator=moderator):
            return
        verdict = score_message(self.bot, settings, message)
        self.bot.stats.add(guild.id, message.channel.id, Metric.SEEN)
        if verdict.hostile:
            await self._flagged(message, author, settings, verdict)
        elif is_kind(message.content, settings.languages):
            self.bot.stats.add(guild.id, message.channel.id, Metric.KIND)
            if settings.kindness_reaction and self._may_react(message.channel.id):
                await self._react(message, settings.kindness_emoji, "add the kindness reaction")

    async def _flagged(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        verdict: Verdict,
    ) -> None:
        guild_id, channel_id = author.guild.id, message.channel.id
        stats = self.bot.stats
        stats.add(guild_id, channel_id, Metric.FLAGGED)
        severity = verdict.severity
        stats.add(
            guild_id, channel_id, _SEVERITY_METRICS.get(severity) or Metric.severity(severity)
        )
        for category in verdict.categories:
            stats.add(
                guild_id, channel_id, _CATEGORY_METRICS.get(category) or Metric.category(category)
            )
        now = time.time()
        state = await self.bot.get_user_state(guild_id, author.id)
        decision = decide(
            verdict,
            settings,
            state,
            now,
            guild_id=guild_id,
            user_id=author.id,
            target_mentioned=mentions_someone(message) or is_reply(message),
        )
        if decision is None:
            return
        self.bot.put_user_state(decision.state)
        if decision.repeated:
            stats.add(guild_id, channel_id, Metric.REPEATED)
        used: DeliveryMode | None = None
        if decision.nudge:
            used = await self._deliver(message, author, settings, decision)
            if used is not None:
                stats.add(guild_id, channel_id, Metric.nudge(used))
            if used not in (None, DeliveryMode.SILENT):
                self.outcomes.track(
                    message.id,
                    guild_id=guild_id,
                    channel_id=channel_id,
                    now=now,
                    window=settings.outcome_window_seconds,
                )
        if decision.alert and await self._alert(message, settings, verdict, decision, used):
            stats.add(guild_id, channel_id, Metric.ALERTS)

    # -- nudges --------------------------------------------------------------------

    async def _deliver(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        decision: NudgeDecision,
    ) -> DeliveryMode | None:
        """Send the nudge the server asked for; returns the mode actually used."""
        if decision.delivery is DeliveryMode.SILENT:
            return DeliveryMode.SILENT
        if decision.delivery is DeliveryMode.REACTION:
            ok = await self._react(message, NUDGE_REACTION, "add the nudge reaction")
            return DeliveryMode.REACTION if ok else None
        ref = NudgeRef(author.guild.id, message.channel.id, message.id, author.id)
        rotation = next(self._rotation)
        if decision.delivery is DeliveryMode.DM:
            text = dm_nudge_text(
                settings.languages,
                rotation,
                guild_name=author.guild.name,
                jump_url=message.jump_url,
            )
            try:
                await author.send(text, view=_unstored(nudge_view(ref, settings)))
            except discord.HTTPException as exc:
                if exc.code != CANNOT_DM:
                    self._report(exc, "send the nudge DM", message)
                    return None
                logger.debug("member has DMs closed; nudging with a reply instead")
            else:
                return DeliveryMode.DM
        text = nudge_text(settings.languages, rotation, target_mentioned=decision.target_mentioned)
        try:
            sent = await message.channel.send(
                text,
                reference=message.to_reference(fail_if_not_exists=False),
                view=_unstored(nudge_view(ref, settings)),
                allowed_mentions=discord.AllowedMentions.none(),
                silent=True,
            )
        except discord.HTTPException as exc:
            self._report(exc, "send the nudge reply", message)
            return None
        if settings.nudge_delete_after > 0:
            schedule_nudge_deletion(
                self.bot,
                guild_id=author.guild.id,
                channel_id=sent.channel.id,
                message_id=sent.id,
                delay=settings.nudge_delete_after,
            )
        return DeliveryMode.REPLY

    def _may_react(self, channel_id: int) -> bool:
        """Kindness reactions stay within Discord's per-channel reaction rate limit.

        Beyond it discord.py would queue the calls behind 429 sleeps without bound;
        a skipped heart is still counted as a kindness moment.
        """
        now = time.monotonic()
        if self._reactions.retry_after(channel_id, now) > 0:
            return False
        self._reactions.record(channel_id, now)
        return True

    async def _react(self, message: discord.Message, emoji: str, action: str) -> bool:
        try:
            await message.add_reaction(emoji)
        except discord.HTTPException as exc:
            self._report(exc, action, message)
            return False
        return True

    # -- alerts --------------------------------------------------------------------

    async def _alert(
        self,
        message: discord.Message,
        settings: GuildSettings,
        verdict: Verdict,
        decision: NudgeDecision,
        used: DeliveryMode | None,
    ) -> bool:
        """Post to the alert channel; False (logged once) if it is gone or not writable."""
        guild = message.guild
        if guild is None or decision.alert_reason is None or settings.alert_channel_id is None:
            return False
        channel = guild.get_channel_or_thread(settings.alert_channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            self.errors.note(
                "could not post an alert: the alert channel no longer exists; set a new one",
                guild_id=guild.id,
                channel_id=settings.alert_channel_id,
            )
            return False
        text = alert_text(
            verdict=verdict,
            reason=decision.alert_reason,
            jump_url=message.jump_url,
            author_id=message.author.id,
            channel_id=message.channel.id,
            excerpt=censored_excerpt(message.content, terms=[m.term for m in verdict.matches]),
            flags_in_window=decision.flags_in_window,
            nudged=used not in (None, DeliveryMode.SILENT),
        )
        try:
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            self.errors.report(
                exc, "post an alert", guild_id=guild.id, channel_id=settings.alert_channel_id
            )
            return False
        return True

    # -- outcomes ------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        # Link previews also arrive as updates; only a real edit sets edited_timestamp.
        if payload.guild_id is None or not payload.data.get("edited_timestamp"):
            return
        self._count(self.outcomes.edited(payload.message_id, time.time()), Metric.REVISED)

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        if payload.guild_id is not None:
            self._count(self.outcomes.deleted(payload.message_id, time.time()), Metric.DELETED)

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        if payload.guild_id is None:
            return
        now = time.time()
        for message_id in payload.message_ids:
            self._count(self.outcomes.deleted(message_id, now), Metric.DELETED)

    def _count(self, event: OutcomeEvent | None, metric: Metric) -> None:
        if event is not None:
            self.bot.stats.add(event.guild_id, event.channel_id, metric)

    # -- helpers -------------------------------------------------------------------

    def _report(self, exc: discord.HTTPException, action: str, message: discord.Message) -> None:
        guild_id = message.guild.id if message.guild else 0
        self.errors.report(exc, action, guild_id=guild_id, channel_id=message.channel.id)


def _unstored(view: discord.ui.View) -> discord.ui.View:
    """A finished view: discord.py then does not keep it per message (a leak at 100k nudges).

    The buttons are `DynamicItem`s, dispatched by custom_id, so nothing is lost.
    """
    view.stop()
    return view


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Watcher(cast("KindnessBot", bot)))
