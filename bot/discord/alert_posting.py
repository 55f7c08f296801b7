"""Moderator alerts on Discord: folded per member, posted once, then edited in place.

`AlertBook` (`bot.core.moderation.alerts`) decides what an alert says and folds repeats into the
member's open alert (or the server's digest); this posts it to the alert channel
through the `DeliveryService`, or edits the posted message with the newest count,
with one queued post or edit per alert at a time. Any `PostedAlert` (a bullying
episode too) is posted and edited the same way.
"""

from __future__ import annotations

import time
from typing import Protocol

import discord

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.alerts import AlertDetails, verdict_excerpt
from bot.core.moderation.nudge_decision import NudgeDecision
from bot.core.moderation.permission_memory import Action
from bot.core.scoring.verdict import Verdict
from bot.core.stats.counters import Metric, StatsCounter
from bot.discord.delivery import DeliveryService, Kind
from bot.discord.rest_errors import ErrorReporter

NO_MENTIONS = discord.AllowedMentions.none()
AlertChannel = discord.TextChannel | discord.Thread | discord.VoiceChannel | discord.StageChannel


class PostedAlert(Protocol):
    """An alert that is posted once and then edited: its text and where it was posted."""

    message_id: int | None
    posted_in: int | None
    syncing: bool

    def text(self) -> str: ...


class AlertPoster:
    """Posts and updates the alerts of the servers this bot watches."""

    def __init__(
        self, stats: StatsCounter, delivery: DeliveryService, errors: ErrorReporter
    ) -> None:
        self.stats = stats
        self.delivery = delivery
        self.errors = errors

    def queue(
        self,
        message: discord.Message,
        settings: GuildSettings,
        verdict: Verdict,
        decision: NudgeDecision,
    ) -> None:
        """Fold the alert into the member's open one (or the digest) and sync it."""
        guild = message.guild
        if guild is None or decision.alert_reason is None:
            return
        channel = self.alert_channel(guild, settings)
        if channel is None:
            return
        details = AlertDetails(
            verdict=verdict,
            reason=decision.alert_reason,
            jump_url=message.jump_url,
            channel_id=message.channel.id,
            excerpt=verdict_excerpt(message.content, verdict),
            flags_in_window=decision.flags_in_window,
            nudged=decision.nudge and decision.delivery is not DeliveryMode.SILENT,
            wall_time=time.time(),
        )
        entry = self.delivery.alerts.fold(
            guild.id, message.author.id, self.delivery.clock(), details
        )
        self.sync(entry, channel, message.channel.id)

    def alert_channel(self, guild: discord.Guild, settings: GuildSettings) -> AlertChannel | None:
        """The server's alert channel; None when none is set or it is gone (noted once)."""
        if settings.alert_channel_id is None:
            return None
        channel = guild.get_channel_or_thread(settings.alert_channel_id)
        if not isinstance(channel, AlertChannel):
            self.errors.note(
                "could not post an alert: the alert channel no longer exists; set a new one",
                guild_id=guild.id,
                channel_id=settings.alert_channel_id,
            )
            return None
        return channel

    def sync(self, entry: PostedAlert, channel: AlertChannel, source_channel_id: int) -> None:
        """Post the alert, or edit it with the newest count; one queued sync at a time."""
        if entry.syncing:
            return  # the queued post or edit will show this change too
        entry.syncing = True
        guild_id = channel.guild.id

        def dropped() -> None:
            entry.syncing = False

        async def sync() -> None:
            entry.syncing = False
            text = entry.text()
            try:
                if entry.message_id is None or entry.posted_in != channel.id:
                    sent = await channel.send(text, allowed_mentions=NO_MENTIONS)
                    entry.message_id, entry.posted_in = sent.id, channel.id
                    self.stats.add(guild_id, source_channel_id, Metric.ALERTS)
                else:
                    await channel.get_partial_message(entry.message_id).edit(
                        content=text, allowed_mentions=NO_MENTIONS
                    )
            except (discord.HTTPException, discord.RateLimited) as exc:
                if isinstance(exc, discord.NotFound):
                    entry.message_id = None  # moderators deleted it: the next one is posted
                self.delivery.failed(
                    exc,
                    Kind.ALERT,
                    "post an alert",
                    guild_id=guild_id,
                    channel_id=channel.id,
                    action=Action.SEND,
                )

        if not self.delivery.submit(
            Kind.ALERT, guild_id, channel.id, Action.SEND, sync, on_drop=dropped
        ):
            entry.syncing = False
