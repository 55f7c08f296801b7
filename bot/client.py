"""The bot: one `commands.Bot` subclass that owns the shared resources.

Cogs reach the database, the stats counter, per-server settings and the scorers
through this object, so each of those exists once per process. Stats are counted
in memory and flushed by a `tasks.loop` in one write per interval, so the message
rate never drives the write rate.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands, tasks

from bot.config import AppConfig
from bot.core.collector import tune_for_scoring
from bot.core.failure_log import FailureLog
from bot.core.guild_settings import GuildSettings
from bot.core.moderation.nudge_deletions import PendingNudgeDeletions
from bot.core.moderation.user_state import UserState
from bot.core.stats.counters import StatRow, StatsCounter
from bot.discord import command_sync
from bot.discord import interaction_errors as app_errors
from bot.discord.delivery import MAX_RATELIMIT_TIMEOUT, DeliveryService
from bot.discord.scorer_cache import ScorerCache
from bot.discord.service_hooks import BullyingService, ExperimentHook, NudgeTimers, SummaryService
from bot.discord.settings_cache import SettingsCache
from bot.discord.user_state_cache import UserStateCache
from bot.extensions import EXTENSIONS
from db.database import Database
from db.errors import error_kind

if TYPE_CHECKING:
    from bot.discord.automod_service import AutoModService

logger = logging.getLogger(__name__)

PRUNE_INTERVAL_HOURS = 6
PRUNE_LEASE = "prune"
PRUNE_LEASE_SECONDS = 3600.0
"""Held for an hour, never released: the other processes skip the shared prune."""
USER_STATE_FLUSH_EVERY = 5
"""Flush ticks between writes of per-user state (stats are written every tick)."""
# What may wait in memory while the database fails (see `_restore`).
MAX_PENDING_STAT_ROWS = 200_000
_UNHEARD_EVENT = "socket_event_type"
"""Dispatched by discord.py's gateway before every event; see `KindnessBot.dispatch`."""
_UNHEARD_METHOD = "on_" + _UNHEARD_EVENT


def bot_intents() -> discord.Intents:
    """Only what the features need: guild structure, guild messages and their text."""
    intents = discord.Intents.none()
    intents.guilds = True  # channels, roles (exempt roles, permissions), guild join/leave
    intents.guild_messages = True  # MESSAGE_CREATE, raw edit/delete for outcomes
    intents.message_content = True  # privileged: the text to score
    intents.auto_moderation_execution = True  # blocks by the bot's AutoMod rule, counted
    return intents


class KindnessBot(commands.AutoShardedBot):
    """The application: owns config, database, stats, settings cache and scorers.

    Auto-sharded: with KINDNESS_SHARD_COUNT/IDS it connects those shards; without them
    it connects as many as Discord recommends (one for most bots), all in this process.
    """

    def __init__(
        self,
        config: AppConfig,
        *,
        extensions: Sequence[str] = EXTENSIONS,
        database: Database | None = None,
        **options: Any,
    ) -> None:
        options.setdefault("max_messages", None)  # no message text kept in a cache
        options.setdefault("member_cache_flags", discord.MemberCacheFlags.none())
        options.setdefault("chunk_guilds_at_startup", False)
        delivery = DeliveryService()
        options.setdefault("http_trace", delivery.http_trace)  # counts invalid requests
        options.setdefault("max_ratelimit_timeout", MAX_RATELIMIT_TIMEOUT)
        if config.shards.sharded:
            options.setdefault("shard_count", config.shards.count)
            options.setdefault("shard_ids", list(config.shards.ids))
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=bot_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.config = config
        self.extension_names = tuple(extensions)
        self.stats = StatsCounter()
        self.delivery = delivery.bind(self, self.stats)
        self.nudge_deletions = PendingNudgeDeletions()
        self.db_failures = FailureLog(config.db_error_log_seconds)
        self.run_id = uuid.uuid4().hex
        """Names this run in what it claims in the database (weekly summaries)."""
        # the runner opens (and checks) the database before contacting Discord
        self._db: Database | None = database
        self.scorers = ScorerCache()
        """One scorer per config in use; `scorers.scorer_for(settings)` on the hot path."""
        self.settings = SettingsCache(lambda: self.db, self.scorers)
        """Each server's settings, cached; `settings.edit` is the one way to change them."""
        self.user_state_cache = UserStateCache(lambda: self.db)
        """Members' states in memory: read before the database, written by `flush`."""
        self._flush_lock = asyncio.Lock()
        self.message_handler: Callable[[discord.Message], Awaitable[None]] | None = None
        self.nudge_timers: NudgeTimers | None = None
        """Set by the `NudgeCleanup` cog while loaded; deletions are stored either way."""
        self.summary_service: SummaryService | None = None
        """Set by the `Summaries` cog while loaded: its scheduler and clock."""
        self.automod: AutoModService | None = None
        """Set by the `AutoMod` cog while loaded: the server's AutoMod rule, kept in step."""
        self.experiments: ExperimentHook | None = None
        """Set by the `Experiments` cog while loaded; the watcher asks it about every flag."""
        self.bullying: BullyingService | None = None
        """Set by the `Bullying` cog while loaded: every hostile message is handed to it."""
        self._closing = False
        self.flush_loop.change_interval(seconds=config.flush_seconds)

    # -- resources ---------------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database is opened in setup_hook; it is not open yet")
        return self._db

    async def setup_hook(self) -> None:
        """Open the database, load the cogs, sync commands if they changed, start the loops."""
        if self._db is None:
            self._db = await Database.open(self.config.database)
        logger.info(
            "database %s ready (schema version %d); this process works for %s",
            self.config.database_label,
            self._db.schema_version,
            self.config.shards.describe(),
        )
        app_errors.install(self.tree)
        for name in self.extension_names:
            await self.load_extension(name)
        await command_sync.sync_if_changed(self)
        await self.prime()
        self.flush_loop.start()
        self.prune_loop.start()

    async def prime(self) -> None:
        """Compile the default lexicons now, not on the first message, and tune the GC.

        They and the caches built before live as long as the process: keep the cyclic
        garbage collector from walking them again on every full collection, and collect
        the young generation less often (every message allocates a few dozen
        short-lived objects).
        """
        default = GuildSettings(guild_id=0)
        await self.scorers.prepare(default)
        self.scorers.scorer_for(default)
        tune_for_scoring()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """Skip `socket_event_type` while nothing listens to it; every other event as usual.

        discord.py's gateway dispatches `socket_event_type` before every event it
        parses (every message). The bot never listens to it, yet each such dispatch
        costs a debug-log check, a listener look-up, an AttributeError raised and
        caught for the missing `on_socket_event_type`, and the extra-events look-up:
        a few microseconds per message, for nothing. The three tests below are
        exactly the places `Client.dispatch` and `BotBase.dispatch` look for a
        listener (`wait_for`, the `on_` method, `add_listener`/cog listeners), so
        the moment anything listens the event goes through as before.
        """
        if (
            event_name == _UNHEARD_EVENT
            and not self._listeners.get(_UNHEARD_EVENT)
            and not self.extra_events.get(_UNHEARD_METHOD)
            and getattr(self, _UNHEARD_METHOD, None) is None
        ):
            return
        super().dispatch(event_name, *args, **kwargs)

    async def on_message(self, message: discord.Message, /) -> None:
        """Hand the message to the watcher; no prefix commands, so no command parsing.

        The watcher registers itself here instead of as a cog listener: a listener
        would cost a second task per message next to this (unavoidable) event method.
        """
        if self.message_handler is not None:
            await self.message_handler(message)

    async def close(self) -> None:
        """Stop receiving events, then write what is still in memory and close the db."""
        if self._closing:
            return
        self._closing = True
        self.flush_loop.cancel()
        self.prune_loop.cancel()
        await self.delivery.close()
        await super().close()
        if self._db is not None:
            await self.flush()
            await self._db.close()
            self._db = None
            logger.info("stats flushed and database closed")

    # -- per-user state (cooldowns, repeats) --------------------------------------------

    async def get_user_state(self, guild_id: int, user_id: int) -> UserState | None:
        """Memory first, then the database (one shared read per member); None when
        nothing is known about the member."""
        return await self.user_state_cache.get(guild_id, user_id)

    def put_user_state(self, state: UserState) -> None:
        """Keep the new state in memory; the next flush writes it."""
        self.user_state_cache.put(state)

    def forget_cached_user(self, guild_id: int, user_id: int) -> None:
        """Drop a user's cached state (after `forget_user` erased it from the database)."""
        self.user_state_cache.forget(guild_id, user_id)

    # -- flushing ------------------------------------------------------------------

    async def flush(self, *, user_states: bool = True) -> int:
        """Write pending counts, nudge deletions and, if asked, dirty user states.

        All of it goes in ONE write transaction. Returns the stat rows written. On a
        database error everything goes back into memory and is retried next time.
        """
        async with self._flush_lock:
            if self._db is None:
                return 0
            rows = self.stats.drain()
            scheduled, done = self.nudge_deletions.drain()
            states: list[UserState] = []
            if user_states:
                states = self.user_state_cache.take_dirty()
            started = time.perf_counter()
            try:
                await self._db.flush(rows, states, nudges_scheduled=scheduled, nudges_done=done)
            except Exception as exc:
                self._restore(rows, states)
                self.nudge_deletions.requeue(scheduled, done)
                self.database_failed("write", exc)
                return 0
            if rows or states or scheduled or done:
                self._database_works()
            if rows or states or scheduled or done:
                logger.debug(
                    "flushed %d stat rows and %d user states, %d nudge deletions, in %.1f ms",
                    len(rows),
                    len(states),
                    len(scheduled) + len(done),
                    (time.perf_counter() - started) * 1000,
                )
            return len(rows)

    def _restore(self, rows: Sequence[StatRow], states: Sequence[UserState]) -> None:
        """Put a failed batch back, within bounds: an outage must not grow memory forever.

        Counts are aggregated per (server, day, channel, metric), so the bound is
        reached only by a very long outage on a very large bot; the newest days are
        kept, and what is dropped is counted in the log.
        """
        room = max(0, MAX_PENDING_STAT_ROWS - self.stats.pending())
        kept = sorted(rows, key=lambda r: r.day, reverse=True)[:room]
        self.stats.requeue(kept)
        excess = self.user_state_cache.requeue(states)
        if len(kept) < len(rows) or excess > 0:
            dropped = sum(r.value for r in rows) - sum(r.value for r in kept)
            report = self.db_failures.failed("memory bound", time.monotonic())
            if report is not None:
                logger.error(
                    "the database has been failing so long that the counts waiting in memory "
                    "reached their bound; dropped %d counts and %d member states",
                    dropped,
                    excess,
                )

    def database_failed(self, action: str, exc: BaseException) -> None:
        """Log a database failure once per kind per window, with a count; the traceback at
        DEBUG only. Without this a locked or full disk logged a traceback every flush."""
        kind = error_kind(exc)
        logger.debug("database %s failed", action, exc_info=exc)
        report = self.db_failures.failed(kind, time.monotonic())
        if report is None:
            return
        waiting = self.stats.pending()
        if report.first:
            logger.warning(
                "database %s failed (%s: %s); %d stat rows wait in memory and are written when "
                "it works again (this failure is logged once per %.0f s)",
                action,
                kind,
                exc,
                waiting,
                self.db_failures.window,
            )
        else:
            logger.warning(
                "database %s still failing (%s: %s): %d failures since this was last logged; "
                "%d stat rows wait in memory",
                action,
                kind,
                exc,
                report.count,
                waiting,
            )

    def _database_works(self) -> None:
        recovery = self.db_failures.succeeded(time.monotonic())
        if recovery is not None:
            logger.warning(
                "database works again after %d failed attempts over %.0f s; "
                "the counts kept in memory are written",
                recovery.failures,
                recovery.seconds,
            )

    @tasks.loop(seconds=1.0)
    async def flush_loop(self) -> None:
        """Counts every tick; per-user state every few ticks, so a busy second costs one
        write transaction, not two (a crash forgets a few seconds of cooldowns at most)."""
        ticks = self.flush_loop.current_loop
        await self.flush(user_states=ticks % USER_STATE_FLUSH_EVERY == 0)

    @tasks.loop(hours=PRUNE_INTERVAL_HOURS)
    async def prune_loop(self) -> None:
        """Expire old aggregates and per-user state, as promised in the privacy notes: of
        the servers this process owns; shared rows (leases) under a lease, by one process."""
        now = time.time()
        cutoff_day = dt.datetime.fromtimestamp(now, dt.UTC).date() - dt.timedelta(
            weeks=self.config.stats_retention_weeks
        )
        try:
            stats_rows, users = await self.db.prune_owned(
                self.config.shards,
                stats_before_day=cutoff_day.isoformat(),
                user_state_before=now - self.config.user_state_retention_days * 86_400,
            )
            if await self.db.try_lease(PRUNE_LEASE, self.run_id, PRUNE_LEASE_SECONDS):
                await self.db.prune_leases(expired_for=PRUNE_INTERVAL_HOURS * 3600)
        except Exception as exc:
            self.database_failed("prune", exc)
            return
        if stats_rows or users:
            logger.info("pruned %d old stat rows and %d expired user states", stats_rows, users)
