"""The message watcher: score each message, count it, nudge kindly, alert when needed.

Thin by design: which messages to skip, how to score, what to decide and what to
say all live elsewhere (`bot.discord.message_scoring`, `bot.core.moderation.nudge_decision`,
`bot.core.moderation.alerts`, `bot.core.moderation.outcomes`); this cog turns those decisions into
deliveries. Every Discord call goes through the bot's `DeliveryService`
(`bot.discord.delivery`): checked against the cached permissions and remembered 403s,
queued with a bound per server, dropped rather than sent late. Alerts are folded
per member and capped per server (`AlertBook`) and posted by `AlertPoster`
(`bot.discord.alert_posting`). Hostile messages also go to `bot.bullying`, which
looks for pile-ons and persistent targeting. A failed call never stops the bot; the
counts are kept either way.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, cast

import discord
from discord.ext import commands

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.nudge_decision import NudgeDecision, decide_nudge, is_exempt
from bot.core.moderation.outcomes import OutcomeEvent, OutcomeTracker
from bot.core.moderation.permission_memory import Action
from bot.core.moderation.rate_limit import SlidingWindowLimiter
from bot.core.scoring.kindness import is_kind
from bot.core.scoring.verdict import Category, Severity, Verdict
from bot.core.stats.counters import Metric
from bot.core.texts.nudge_texts import dm_nudge_text, nudge_text
from bot.discord.alert_posting import AlertPoster
from bot.discord.delivery import Kind
from bot.discord.message_scoring import in_channels, is_reply, mentions_someone, score_message
from bot.discord.permissions import is_exempt_moderator
from bot.discord.rest_errors import CANNOT_DM, ErrorReporter
from cogs.nudge_cleanup import schedule_nudge_deletion
from cogs.nudge_views import NudgeRef, nudge_view

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

REACTIONS_PER_CHANNEL = 4
"""Kindness reactions per channel per second: Discord allows about one per 0.25 s."""
NUDGE_REACTION = "\N{SEEDLING}"
"""Reaction-only nudges: a quiet sign, not an accusation."""
NO_MENTIONS = discord.AllowedMentions.none()
# Metric names built once: Metric.severity/category validate through enum calls.
_SEVERITY_METRICS: dict[Severity, str] = {
    s: Metric.severity(s) for s in Severity if s is not Severity.NONE
}
_CATEGORY_METRICS: dict[Category, str] = {c: Metric.category(c) for c in Category}
# Counted on every message: plain strs, read once (a `Metric.X` read goes through the
# enum class's attribute hook, and the counter would copy the member's value).
_SEEN: Final = str(Metric.SEEN)
_KIND: Final = str(Metric.KIND)
_FLAGGED: Final = str(Metric.FLAGGED)


class Watcher(commands.Cog):
    """Listens to guild messages and raw edit/delete events."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.outcomes = OutcomeTracker()
        self.errors = ErrorReporter()
        self._rotation = itertools.count()
        self._reactions = SlidingWindowLimiter(REACTIONS_PER_CHANNEL, 1.0)
        self.delivery = bot.delivery
        self.alert_poster = AlertPoster(bot.stats, bot.delivery, self.errors)

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
        bot = self.bot
        settings = bot.settings.cached(guild.id) or await bot.settings.get(guild.id)
        if settings.paused or in_channels(message.channel, settings.ignored_channels):
            return
        role_ids = [r.id for r in author.roles] if settings.exempt_roles else []
        if is_exempt(settings, role_ids, is_moderator=is_exempt_moderator(author)):
            return
        verdict = score_message(bot, settings, message)
        channel_id = message.channel.id
        bot.stats.add(guild.id, channel_id, _SEEN)
        if verdict.hostile:
            await self._flagged(message, author, settings, verdict)
        elif is_kind(message.content, settings.languages):
            bot.stats.add(guild.id, channel_id, _KIND)
            if settings.kindness_reaction and self._may_react(channel_id):
                await self._react(message, settings.kindness_emoji, Kind.REACTION)

    async def _flagged(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        verdict: Verdict,
    ) -> None:
        guild_id, channel_id = author.guild.id, message.channel.id
        stats = self.bot.stats
        stats.add(guild_id, channel_id, _FLAGGED)
        severity = verdict.severity
        stats.add(
            guild_id, channel_id, _SEVERITY_METRICS.get(severity) or Metric.severity(severity)
        )
        for category in verdict.categories:
            stats.add(
                guild_id, channel_id, _CATEGORY_METRICS.get(category) or Metric.category(category)
            )
        if self.bot.bullying is not None:  # before any cooldown: patterns count every one
            self.bot.bullying.hostile(message, settings, verdict)
        now = time.time()
        state = await self.bot.get_user_state(guild_id, author.id)
        decision = decide_nudge(
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
        if self.bot.experiments is not None:  # a server's experiment may hold the nudge back
            decision = self.bot.experiments.on_flag(message, severity, decision, now)
        self.bot.put_user_state(decision.state)
        if decision.repeated:
            stats.add(guild_id, channel_id, Metric.REPEATED)
        if decision.alert:  # queued first: the nudge below may wait on Discord
            self.alert_poster.queue(message, settings, verdict, decision)
        if decision.nudge:
            await self._nudge(message, author, settings, decision, now)

    # -- nudges --------------------------------------------------------------------

    def _nudged(
        self, message: discord.Message, settings: GuildSettings, used: DeliveryMode, now: float
    ) -> None:
        """Count a delivered nudge and watch what the author does next."""
        guild_id = message.guild.id if message.guild else 0
        channel_id = message.channel.id
        self.bot.stats.add(guild_id, channel_id, Metric.nudge(used))
        if used is not DeliveryMode.SILENT:
            self.outcomes.track(
                message.id,
                guild_id=guild_id,
                channel_id=channel_id,
                now=now,
                window=settings.outcome_window_seconds,
            )

    async def _nudge(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        decision: NudgeDecision,
        now: float,
    ) -> None:
        """Deliver the nudge the server asked for; it is counted by the mode actually used."""
        if decision.delivery is DeliveryMode.SILENT:
            self._nudged(message, settings, DeliveryMode.SILENT, now)
            return
        if decision.delivery is DeliveryMode.REACTION:
            await self._react(
                message,
                NUDGE_REACTION,
                Kind.NUDGE,
                then=lambda: self._nudged(message, settings, DeliveryMode.REACTION, now),
            )
            return
        guild_id, channel_id = author.guild.id, message.channel.id
        rotation = next(self._rotation)

        async def deliver() -> None:
            if decision.delivery is DeliveryMode.DM:
                if await self._dm(message, author, settings, rotation):
                    self._nudged(message, settings, DeliveryMode.DM, now)
                    return
                if not self.delivery.allowed(Kind.NUDGE, guild_id, channel_id, Action.SEND):
                    return
            if await self._reply(message, author, settings, decision, rotation):
                self._nudged(message, settings, DeliveryMode.REPLY, now)

        action = None if decision.delivery is DeliveryMode.DM else Action.SEND
        await self.delivery.deliver(Kind.NUDGE, guild_id, channel_id, action, deliver)

    async def _dm(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        rotation: int,
    ) -> bool:
        """The nudge as a DM; False when DMs are closed (the caller falls back to a reply)."""
        ref = NudgeRef(author.guild.id, message.channel.id, message.id, author.id)
        text = dm_nudge_text(
            settings.languages, rotation, guild_name=author.guild.name, jump_url=message.jump_url
        )
        try:
            await author.send(text, view=_unstored(nudge_view(ref, settings)))
        except discord.HTTPException as exc:
            if exc.code != CANNOT_DM:
                self._failed(exc, Kind.NUDGE, "send the nudge DM", message, None)
            else:
                logger.debug("member has DMs closed; nudging with a reply instead")
            return False
        except discord.RateLimited as exc:
            self._failed(exc, Kind.NUDGE, "send the nudge DM", message, None)
            return False
        return True

    async def _reply(
        self,
        message: discord.Message,
        author: discord.Member,
        settings: GuildSettings,
        decision: NudgeDecision,
        rotation: int,
    ) -> bool:
        ref = NudgeRef(author.guild.id, message.channel.id, message.id, author.id)
        text = nudge_text(settings.languages, rotation, target_mentioned=decision.target_mentioned)
        try:
            sent = await message.channel.send(
                text,
                reference=message.to_reference(fail_if_not_exists=False),
                view=_unstored(nudge_view(ref, settings)),
                allowed_mentions=NO_MENTIONS,
                silent=True,
            )
        except (discord.HTTPException, discord.RateLimited) as exc:
            self._failed(exc, Kind.NUDGE, "send the nudge reply", message, Action.SEND)
            return False
        if settings.nudge_delete_after > 0:
            schedule_nudge_deletion(
                self.bot,
                guild_id=author.guild.id,
                channel_id=sent.channel.id,
                message_id=sent.id,
                delay=settings.nudge_delete_after,
            )
        return True

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

    async def _react(
        self,
        message: discord.Message,
        emoji: str,
        kind: Kind,
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Deliver a reaction (a kindness heart, or a reaction-mode nudge)."""
        guild_id = message.guild.id if message.guild else 0
        what = "add the nudge reaction" if kind is Kind.NUDGE else "add the kindness reaction"

        async def react() -> None:
            try:
                await message.add_reaction(emoji)
            except (discord.HTTPException, discord.RateLimited) as exc:
                self._failed(exc, kind, what, message, Action.REACT)
                return
            if then is not None:
                then()

        await self.delivery.deliver(kind, guild_id, message.channel.id, Action.REACT, react)

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

    def _failed(
        self,
        exc: discord.HTTPException | discord.RateLimited,
        kind: Kind,
        what: str,
        message: discord.Message,
        action: Action | None,
    ) -> None:
        guild_id = message.guild.id if message.guild else 0
        self.delivery.failed(
            exc, kind, what, guild_id=guild_id, channel_id=message.channel.id, action=action
        )

    # -- permissions change: what Discord refused may work now --------------------------

    @commands.Cog.listener()
    async def on_guild_channel_update(
        self, before: discord.abc.GuildChannel, after: discord.abc.GuildChannel
    ) -> None:
        if before.overwrites == after.overwrites and before.category_id == after.category_id:
            return
        self.delivery.forget_channel(after.id)
        if isinstance(after, discord.CategoryChannel):
            for child in after.channels:
                self.delivery.forget_channel(child.id)
        elif isinstance(after, discord.TextChannel | discord.ForumChannel):
            for thread in after.threads:  # threads follow their parent's overwrites
                self.delivery.forget_channel(thread.id)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        self.delivery.forget_channel(channel.id)

    @commands.Cog.listener()
    async def on_member_update(self, before: discord.Member, after: discord.Member) -> None:
        if self.bot.user is not None and after.id == self.bot.user.id:
            self.delivery.forget_guild(after.guild.id)

    @commands.Cog.listener()
    async def on_guild_role_update(self, before: discord.Role, after: discord.Role) -> None:
        if before.permissions != after.permissions:
            self.delivery.forget_guild(after.guild.id)

    @commands.Cog.listener()
    async def on_guild_role_delete(self, role: discord.Role) -> None:
        self.delivery.forget_guild(role.guild.id)

    @commands.Cog.listener()
    async def on_kindness_forget_user(self, guild_id: int, user_id: int) -> None:
        self.delivery.alerts.forget_member(guild_id, user_id)


def _unstored(view: discord.ui.View) -> discord.ui.View:
    """A finished view: discord.py then does not keep it per message (a leak at 100k nudges).

    The buttons are `DynamicItem`s, dispatched by custom_id, so nothing is lost.
    """
    view.stop()
    return view


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Watcher(cast("KindnessBot", bot)))
