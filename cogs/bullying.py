"""Bullying patterns on Discord: notice pile-ons and persistent targeting, care for the member.

Thin by design: who a message is aimed at (`bot.discord.message_aim`,
`bot.core.moderation.bullying_targets`), whether a pattern holds and when an episode
opens (`bot.core.moderation.bullying_episodes`) and what is said
(`bot.core.texts.bullying_text`) live elsewhere. This cog is `bot.bullying`, the
service the watcher hands every hostile message to; it posts one alert per episode
(edited as it goes on, never pinging), offers the member one private message at most
every 7 days, honours "Don't message me about this again", and forgets a member on
`/kindness forget`. Who aimed at whom lives in memory only (see the README).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, cast

import discord
from discord.ext import commands, tasks

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.bullying import Hit, local_day, rules_for
from bot.core.moderation.bullying_episodes import BullyingWatch, Found
from bot.core.moderation.bullying_targets import targets_of
from bot.core.scoring.verdict import Verdict
from bot.core.stats.counters import NO_CHANNEL, Metric
from bot.core.texts.bullying_text import support_dm_text, support_texts
from bot.discord.alert_posting import AlertPoster
from bot.discord.delivery import Kind
from bot.discord.message_aim import message_aim, names_anyone
from bot.discord.private_reply import reply_privately
from bot.discord.rest_errors import CANNOT_DM, ErrorReporter

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
SUPPORT_EVERY = 7 * 86_400.0
"""At most one private message per member per server in this many seconds."""
SWEEP_MINUTES = 5
PRUNE_HOURS = 6
OPT_OUT_TEMPLATE = r"kb:bo:(?P<guild>[0-9]+)"


class OptOutButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=OPT_OUT_TEMPLATE
):
    """ "Don't message me about this again", under the member's DM; works after a restart
    because the server is in its custom_id and the member is whoever presses it."""

    def __init__(self, guild_id: int, *, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=label or None,
                style=discord.ButtonStyle.secondary,
                custom_id=f"kb:bo:{guild_id}",
            )
        )
        self.guild_id = guild_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> OptOutButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(int(match["guild"]), label=label or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = cast("KindnessBot", interaction.client)
        texts = support_texts((await bot.settings.get(self.guild_id)).languages)
        if await bot.db.add_bullying_optout(self.guild_id, interaction.user.id):
            bot.stats.add(self.guild_id, NO_CHANNEL, Metric.BULLYING_OPTOUTS)
            await reply_privately(interaction, texts.opt_out_done)
        else:
            await reply_privately(interaction, texts.opt_out_already)


def opt_out_view(guild_id: int, settings: GuildSettings) -> discord.ui.View:
    """The DM's one button, labelled in the server's language; a finished view, because
    the `DynamicItem` is dispatched by custom_id (nothing kept per message)."""
    view = discord.ui.View(timeout=None)
    view.add_item(OptOutButton(guild_id, label=support_texts(settings.languages).opt_out_label))
    view.stop()
    return view


class Bullying(commands.Cog):
    """Pile-ons and persistent targeting: alerts for moderators, care for the member."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.watch = BullyingWatch()
        self.alerts = AlertPoster(bot.stats, bot.delivery, ErrorReporter())
        self._offering: set[tuple[int, int]] = set()
        """Members whose support message is being decided or sent right now."""

    async def cog_load(self) -> None:
        self.bot.bullying = self
        self.bot.add_dynamic_items(OptOutButton)
        self.sweep_loop.start()
        self.prune_loop.start()

    async def cog_unload(self) -> None:
        self.sweep_loop.cancel()
        self.prune_loop.cancel()
        self.bot.remove_dynamic_items(OptOutButton)
        if self.bot.bullying is self:
            self.bot.bullying = None

    # -- the watcher's hand-off --------------------------------------------------------

    def hostile(self, message: discord.Message, settings: GuildSettings, verdict: Verdict) -> None:
        """A hostile message: feed it to the detectors once per member it is aimed at."""
        guild = message.guild
        if guild is None or not names_anyone(message):  # most hostile messages: no target
            return
        targets = targets_of(message_aim(message))
        if not targets:
            return
        rules = rules_for(settings)
        if rules.pile_on is None and rules.persistent is None:
            return
        now = time.time()
        day = local_day(now, settings.summary_timezone)
        for target_id in targets:
            hit = Hit(
                guild.id,
                target_id,
                message.author.id,
                message.channel.id,
                message.id,
                now,
                day,
                verdict.categories,
            )
            for found in self.watch.observe(hit, rules):
                self._found(found, guild, settings, message.channel.id)

    def _found(
        self, found: Found, guild: discord.Guild, settings: GuildSettings, source_channel_id: int
    ) -> None:
        """Post or update the episode's alert; on a new episode count it and offer support."""
        episode = found.episode
        channel = self.alerts.alert_channel(guild, settings)
        if channel is not None:
            self.alerts.sync(episode, channel, source_channel_id)
        if not found.new:
            return
        self.bot.stats.add(guild.id, NO_CHANNEL, Metric.BULLYING_EPISODES)
        logger.info("guild %d: a member may be being targeted (%s)", guild.id, episode.kind.value)
        if settings.bullying_dm_enabled:
            self._offer_support(
                guild, episode.target_id, source_channel_id, told=channel is not None
            )

    # -- the member's one private message ------------------------------------------------

    def _offer_support(
        self, guild: discord.Guild, member_id: int, source_channel_id: int, *, told: bool
    ) -> None:
        key = (guild.id, member_id)
        if key in self._offering:
            return  # two episodes found at once: one message
        self._offering.add(key)

        def done() -> None:
            self._offering.discard(key)

        async def offer() -> None:
            try:
                await self._support(guild, member_id, told=told)
            finally:
                done()

        if not self.bot.delivery.submit(
            Kind.SUPPORT, guild.id, source_channel_id, None, offer, on_drop=done
        ):
            done()

    async def _support(self, guild: discord.Guild, member_id: int, *, told: bool) -> None:
        """Unless they opted out or had one this week: one warm DM with the safety tools."""
        db = self.bot.db
        try:
            if await db.bullying_opted_out(guild.id, member_id) or not (
                await db.claim_bullying_dm(guild.id, member_id, time.time(), every=SUPPORT_EVERY)
            ):
                return
        except Exception as exc:  # unsure about the opt-out: do not write to them
            self.bot.database_failed("read", exc)
            return
        settings = await self.bot.settings.get(guild.id)
        text = support_dm_text(settings.languages, guild_name=guild.name, moderators_told=told)
        try:
            channel = await self.bot.create_dm(discord.Object(member_id))
            await channel.send(
                text, view=opt_out_view(guild.id, settings), allowed_mentions=NO_MENTIONS
            )
        except (discord.HTTPException, discord.RateLimited) as exc:
            if isinstance(exc, discord.HTTPException) and exc.code == CANNOT_DM:
                logger.debug("a targeted member has DMs closed; not messaged")
                return
            self.bot.delivery.failed(
                exc,
                Kind.SUPPORT,
                "send the support DM",
                guild_id=guild.id,
                channel_id=0,
                action=None,
            )
            return
        self.bot.stats.add(guild.id, NO_CHANNEL, Metric.BULLYING_SUPPORTED)

    # -- memory and retention ----------------------------------------------------------

    @commands.Cog.listener()
    async def on_kindness_forget_user(self, guild_id: int, user_id: int) -> None:
        """`/kindness forget`: the member leaves every window and episode, both sides."""
        self.watch.forget(guild_id, user_id)

    @tasks.loop(minutes=SWEEP_MINUTES)
    async def sweep_loop(self) -> None:
        """Windows and episodes whose time has passed are dropped."""
        self.watch.sweep(time.time())

    @tasks.loop(hours=PRUNE_HOURS)
    async def prune_loop(self) -> None:
        """Support-message times older than the 7 days they limit are deleted."""
        try:
            pruned = await self.bot.db.prune_bullying_dms(before=time.time() - SUPPORT_EVERY)
        except Exception as exc:
            self.bot.database_failed("prune", exc)
            return
        if pruned:
            logger.info("pruned %d support-message time(s) older than 7 days", pruned)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Bullying(cast("KindnessBot", bot)))
