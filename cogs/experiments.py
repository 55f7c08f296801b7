"""Hold-back experiments on Discord: who gets no nudge, and what happens next.

The watcher asks `on_flag` about every flagged message (`bot.experiments`, set
while this cog is loaded). For a server running an experiment, a would-be nudge
to a member of the held-back group (a keyed hash of their id decides, see
`bot.core.moderation.holdout`) is left out and counted; a high-severity message is
never held back, and alerts go either way. Flags, first would-be nudges and the
10-minute edit windows are noted in memory (`ExperimentBook`) and written every
few seconds in one transaction; members whose week is over are folded into the
per-group totals hourly, so per-member rows live about a week.
"""

from __future__ import annotations

import logging
import time

import discord
from discord.ext import commands, tasks

from bot.client import KindnessBot
from bot.core.moderation.experiment_book import ExperimentBook
from bot.core.moderation.holdout import FOLLOW_UP_SECONDS, Experiment, assign, new_experiment
from bot.core.moderation.nudge_decision import NudgeDecision
from bot.core.scoring.verdict import Severity
from bot.core.stats.counters import Metric

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0
FOLD_MINUTES = 60
FOLD_MARGIN_SECONDS = 3600
"""Members are folded an hour after their week, so no flag still in memory misses them."""


class Experiments(commands.Cog):
    """Holds back nudges for the experiment's held-back group and follows both groups."""

    def __init__(self, bot: KindnessBot, *, flush_seconds: float = FLUSH_SECONDS) -> None:
        self.bot = bot
        self.book = ExperimentBook()
        self._current: dict[int, Experiment] = {}
        """Each server's experiment whose flags still count (running or in its last week)."""
        self._loaded = False
        self.flush_loop.change_interval(seconds=flush_seconds)

    async def _load(self) -> None:
        """Read the experiments that count; on a database error the flush loop tries again
        (until then nothing is held back: everyone is nudged)."""
        try:
            following = await self.bot.db.following_experiments(time.time())
        except Exception as exc:
            self.bot.database_failed("experiment read", exc)
            return
        for experiment in following:
            self._current.setdefault(experiment.guild_id, experiment)
        self._loaded = True

    async def cog_load(self) -> None:
        await self._load()
        self.bot.experiments = self
        self.flush_loop.start()
        self.fold_loop.start()

    async def cog_unload(self) -> None:
        """Runs in `bot.close()` while the database is still open: nothing noted is lost."""
        if self.bot.experiments is self:
            self.bot.experiments = None
        self.flush_loop.cancel()
        self.fold_loop.cancel()
        await self.flush()

    # -- the watcher's hook (hot path: no await, a dict look-up for most servers) ----------

    def on_flag(
        self,
        message: discord.Message,
        severity: Severity,
        decision: NudgeDecision,
        now: float,
    ) -> NudgeDecision:
        """Note the flag; hold the nudge back when the author is in the held-back group."""
        guild = message.guild
        experiment = self._current.get(guild.id) if guild is not None else None
        if guild is None or experiment is None:
            return decision
        if not experiment.following(now):
            del self._current[guild.id]
            return decision
        decision, held_back = self.book.note_flag(
            experiment,
            message.author.id,
            message.id,
            severity=severity,
            decision=decision,
            now=now,
        )
        if held_back:
            self.bot.stats.add(guild.id, message.channel.id, Metric.HELD_BACK)
        return decision

    # -- the commands' side ----------------------------------------------------------------

    async def start(self, guild_id: int, share: float, now: float) -> Experiment | None:
        """Start an experiment; None when one already runs (that one is unchanged)."""
        await self.flush()
        experiment = new_experiment(guild_id, share, now)
        if not await self.bot.db.start_experiment(experiment):
            return None
        previous = self._current.get(guild_id)
        if previous is not None:
            self.book.drop_experiment(previous.experiment_id)
        self._current[guild_id] = experiment
        return experiment

    async def stop(self, guild_id: int, now: float) -> Experiment | None:
        """Stop the running experiment; its members keep being followed for their week."""
        await self.flush()
        stopped = await self.bot.db.stop_experiment(guild_id, now)
        if stopped is not None:
            self._current[guild_id] = stopped
        return stopped

    async def flush(self) -> None:
        """Close the edit windows that ended and write what was noted, in one transaction."""
        self.book.expire(time.time())
        ops = self.book.drain()
        if not len(ops):
            return
        try:
            await self.bot.db.apply_experiment_ops(ops)
        except Exception as exc:
            self.book.requeue(ops)
            self.bot.database_failed("experiment write", exc)

    # -- edits and deletes of watched messages ------------------------------------------------

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        # link previews arrive as updates too; only a real edit sets edited_timestamp
        if payload.guild_id is not None and payload.data.get("edited_timestamp"):
            self.book.changed(payload.message_id, time.time())

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        if payload.guild_id is not None:
            self.book.changed(payload.message_id, time.time())

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        now = time.time()
        for message_id in payload.message_ids:
            self.book.changed(message_id, now)

    @commands.Cog.listener()
    async def on_kindness_forget_user(self, guild_id: int, user_id: int) -> None:
        """`/kindness forget`: drop what memory holds, and erase again what a write in
        flight may have put back after the database erased it."""
        experiment = self._current.get(guild_id)
        if experiment is not None:
            self.book.forget({assign(experiment, user_id)[0]})
        try:
            await self.bot.db.erase_experiment_member(guild_id, user_id)
        except Exception as exc:
            self.bot.database_failed("experiment forget", exc)

    # -- loops --------------------------------------------------------------------------------

    @tasks.loop(seconds=FLUSH_SECONDS)
    async def flush_loop(self) -> None:
        if not self._loaded:
            await self._load()
        await self.flush()

    @tasks.loop(minutes=FOLD_MINUTES)
    async def fold_loop(self) -> None:
        """Fold members whose week is over into the totals, for the servers this process has."""
        await self.flush()
        before = time.time() - FOLLOW_UP_SECONDS - FOLD_MARGIN_SECONDS
        try:
            due = await self.bot.db.experiments_to_fold(before)
            owned = [e for e, guild_id in due if self.bot.get_guild(guild_id) is not None]
            await self.bot.db.fold_experiment_members(owned, before)
        except Exception as exc:
            self.bot.database_failed("experiment fold", exc)

    @fold_loop.before_loop
    async def _before_fold(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: commands.Bot) -> None:
    """discord.py extension entry point."""
    if not isinstance(bot, KindnessBot):
        raise TypeError("the experiments cog needs a KindnessBot")
    await bot.add_cog(Experiments(bot))
