"""Nudges delete themselves after the server's delay, even across restarts and crashes.

The watcher hands each reply nudge to `schedule_nudge_deletion`. The delay runs
in memory here, and the deletion (the bot's own message, channel and guild ids and
a time: no user ids, no text) goes to `bot.nudge_deletions`, which the next flush
stores in the same transaction as the counts. After a restart, the first sweep
(once the bot is ready) picks every stored deletion up again: overdue nudges are
deleted at once, the others when their time comes. Later sweeps retry what failed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, cast

import discord
from discord.ext import commands, tasks

from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.discord.rest_errors import ErrorReporter
from db.database import DATABASE_ERRORS

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

COG_NAME = "NudgeCleanup"
SWEEP_MINUTES = 5.0
SWEEP_GRACE_SECONDS = 300.0
"""Periodic sweeps leave alone what became due this recently: the in-memory timers of
this process handle those, and their finished rows may still be waiting for a flush."""
SWEEP_LIMIT = 1000
"""Deletions picked up per sweep; any more wait for the next one."""
GIVE_UP_SECONDS = 14 * 24 * 3600.0
"""A deletion still stored this long after it was due is dropped without trying."""
DELETES_AT_ONCE = 4
"""Concurrent DELETE calls, so a restart with many overdue nudges does not burst."""


class NudgeCleanup(commands.Cog, name=COG_NAME):
    """Deletes the bot's own nudges when due; stored deletions survive restarts."""

    def __init__(self, bot: KindnessBot) -> None:
        self.bot = bot
        self.errors = ErrorReporter()
        self._timers: dict[int, asyncio.Task[None]] = {}
        self._deleting = asyncio.Semaphore(DELETES_AT_ONCE)
        self.started = asyncio.Event()
        """Set once the sweep at start took up what earlier processes left stored."""

    async def cog_load(self) -> None:
        self.bot.nudge_timers = self
        self.sweep_loop.start()

    async def cog_unload(self) -> None:
        """Stop the timers; their deletions stay stored for the next start."""
        if self.bot.nudge_timers is self:
            self.bot.nudge_timers = None
        self.sweep_loop.cancel()
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()

    @tasks.loop(minutes=SWEEP_MINUTES)
    async def sweep_loop(self) -> None:
        # tasks.loop stops for good on an unhandled error; one bad sweep must not do that
        try:
            await self.sweep(first=not self.started.is_set())
        except DATABASE_ERRORS as exc:  # logged once per kind per window, with a count
            self.bot.database_failed("sweep of nudge deletions", exc)
            return
        except Exception:
            logger.exception("sweeping stored nudge deletions failed; will try again later")
            return
        self.started.set()

    @sweep_loop.before_loop
    async def _before_sweep(self) -> None:
        await self.bot.wait_until_ready()

    async def sweep(self, *, first: bool) -> int:
        """Take up stored deletions no timer of this process handles; returns how many.

        Only the servers of this process's shards. The first sweep after start takes
        every stored deletion (the previous process's timers died with it); later ones
        only those overdue by more than the grace time.
        """
        now = time.time()
        shards = self.bot.config.shards  # only the servers this process owns
        dropped = await self.bot.db.prune_owned_nudge_deletions(
            shards, before=now - GIVE_UP_SECONDS
        )
        if dropped:
            logger.info(
                "gave up on %d nudge deletion(s) overdue by more than %d days",
                dropped,
                GIVE_UP_SECONDS // 86_400,
            )
        stored = await self.bot.db.owned_nudge_deletions(
            shards, due_before=None if first else now - SWEEP_GRACE_SECONDS, limit=SWEEP_LIMIT
        )
        taken = [d for d in stored if d.message_id not in self._timers]
        for deletion in taken:
            self.start(deletion)
        if taken:
            overdue = sum(1 for d in taken if d.delete_at <= now)
            logger.info("took up %d stored nudge deletion(s), %d overdue", len(taken), overdue)
        return len(taken)

    def start(self, deletion: NudgeDeletion) -> None:
        """Delete the nudge when it is due (at once if overdue), unless the cog unloads first."""
        timer = asyncio.create_task(self._delete_when_due(deletion))
        self._timers[deletion.message_id] = timer
        timer.add_done_callback(lambda _: self._forget_timer(deletion.message_id, timer))

    def _forget_timer(self, message_id: int, timer: asyncio.Task[None]) -> None:
        if self._timers.get(message_id) is timer:
            del self._timers[message_id]

    async def _delete_when_due(self, deletion: NudgeDeletion) -> None:
        await asyncio.sleep(max(0.0, deletion.delete_at - time.time()))
        async with self._deleting:
            message = self.bot.get_partial_messageable(
                deletion.channel_id, guild_id=deletion.guild_id
            ).get_partial_message(deletion.message_id)
            try:
                await message.delete()
            except (discord.NotFound, discord.Forbidden) as exc:
                # Already deleted (by a moderator, or the channel is gone) or never allowed:
                # retrying cannot help, so the stored deletion goes.
                self._report(exc, deletion)
            except discord.HTTPException as exc:
                self._report(exc, deletion)  # kept: a later sweep tries again
                return
        self.bot.nudge_deletions.done(deletion.message_id)

    def _report(self, exc: discord.HTTPException, deletion: NudgeDeletion) -> None:
        self.errors.report(
            exc,
            "delete its own nudge",
            guild_id=deletion.guild_id,
            channel_id=deletion.channel_id,
        )


def schedule_nudge_deletion(
    bot: KindnessBot, *, guild_id: int, channel_id: int, message_id: int, delay: float
) -> None:
    """Delete the bot's nudge `message_id` after `delay` seconds, even across a restart.

    The deletion is stored by the next flush whatever happens; the loaded cog also
    times it in memory (`bot.nudge_timers`). Without the cog (a nudge answered while
    the bot shuts down) the stored deletion waits for the next start.
    """
    deletion = NudgeDeletion(message_id, channel_id, guild_id, time.time() + delay)
    bot.nudge_deletions.schedule(deletion)
    timers = bot.nudge_timers
    if timers is not None:
        timers.start(deletion)
    else:
        logger.debug("nudge cleanup is not running; the stored deletion waits for a start")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(NudgeCleanup(cast("KindnessBot", bot)))
