"""Every nudge, reaction and alert goes out through here: checked, bounded, never late.

Discord bans a bot's IP for about an hour after 10,000 invalid requests (401, 403,
429) in 10 minutes, so before any request the bot asks its cache whether it may
act in that channel (overwrites included) and whether Discord refused the same
action there recently (`PermissionMemory`), and it stops optional work when its own
invalid requests pile up (`InvalidRequestGuard`). What it skips is counted as
`undelivered:<kind>`.

Work is bounded: each server has a queue of at most `QUEUE_SIZE` deliveries and at
most `WORKERS` running, one at a time per channel and action (a refused channel
costs one request, not one per worker). When the queue is full the oldest optional
delivery (reaction, alert) is dropped, else the oldest nudge; a delivery that
cannot start before its deadline (30 s for a nudge) is dropped rather than sent
late. Both are counted as `dropped:<kind>`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from types import SimpleNamespace

import aiohttp
import discord

from bot.core.alerts import AlertBook
from bot.core.permission_memory import Action, Cause, PermissionMemory
from bot.core.rate_limit import GuardLevel, InvalidRequestGuard
from bot.core.stats import StatsCounter
from bot.discord.permissions import labels, needed_for
from bot.discord.rest_errors import CANNOT_DM, REACTION_BLOCKED, ErrorReporter

logger = logging.getLogger(__name__)

MAX_RATELIMIT_TIMEOUT = 30.0
"""discord.py raises `RateLimited` instead of holding a route longer (30 s is its minimum)."""
QUEUE_SIZE = 50
"""Deliveries waiting per server."""
WORKERS = 4
"""Deliveries running at once per server (one per channel and action)."""
MAX_PENDING = QUEUE_SIZE + WORKERS
"""The most deliveries a server can have waiting or running."""
RATE_LIMIT_HOLD = 30.0
"""Hold after a 429 that discord.py gave up retrying (it carries no retry_after)."""
MEMBER_REFUSALS = frozenset({CANNOT_DM, REACTION_BLOCKED})
"""403s about one member (closed DMs, a member who blocked the bot), not the channel."""
MAX_NOTES = 10
"""Held channels listed in `/kindness settings` before "and N more"."""
UNDELIVERED_PREFIX = "undelivered:"
DROPPED_PREFIX = "dropped:"


class Kind(StrEnum):
    """What is delivered; reactions and alerts are optional, nudges are the point."""

    NUDGE = "nudge"
    REACTION = "reaction"
    ALERT = "alert"
    REPORT = "report"
    """A member's report to the moderators: posted by the command, never queued."""

    @property
    def optional(self) -> bool:
        return self in (Kind.REACTION, Kind.ALERT)


DEADLINES: dict[Kind, float] = {
    Kind.NUDGE: 30.0,
    Kind.REACTION: 30.0,
    Kind.ALERT: 300.0,
    Kind.REPORT: 30.0,
}
"""Seconds after queueing when a delivery is dropped instead of sent late."""


@dataclass(eq=False, slots=True)
class Delivery:
    """One queued piece of work: `run` makes the Discord calls and reports failures."""

    kind: Kind
    guild_id: int
    channel_id: int
    action: Action | None
    """The channel permission it needs (None: a DM, no channel check)."""
    run: Callable[[], Awaitable[None]]
    deadline: float
    on_drop: Callable[[], None] | None = None


@dataclass(slots=True)
class _Lane:
    queue: deque[Delivery] = field(default_factory=deque)
    running: int = 0
    busy: set[tuple[int, Action | None]] = field(default_factory=set)


class DeliveryService:
    """Per-server bounded delivery queues plus the checks that keep requests valid."""

    def __init__(
        self,
        *,
        queue_size: int = QUEUE_SIZE,
        workers: int = WORKERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.queue_size = queue_size
        self.workers = workers
        self.clock = clock
        self.deadlines = dict(DEADLINES)
        self.memory = PermissionMemory()
        self.guard = InvalidRequestGuard()
        self.alerts = AlertBook()
        self.errors = ErrorReporter()
        self.dropped: Counter[Kind] = Counter()
        self.undelivered: Counter[Kind] = Counter()
        self.peak_pending = 0
        """The most deliveries one server had waiting or running at once."""
        self.http_trace = aiohttp.TraceConfig()
        self.http_trace.on_request_end.append(self._on_request_end)
        self._client: discord.Client | None = None
        self._stats: StatsCounter | None = None
        self._lanes: dict[int, _Lane] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._level = GuardLevel.OPEN

    def bind(self, client: discord.Client, stats: StatsCounter) -> DeliveryService:
        """Attach the client (for its cache) and the counter (for undelivered/dropped)."""
        self._client, self._stats = client, stats
        return self

    async def close(self) -> None:
        """Cancel queued and running deliveries (the bot is stopping)."""
        for lane in self._lanes.values():
            lane.queue.clear()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- may the bot do it? ------------------------------------------------------

    def refusal(
        self, kind: Kind, guild_id: int, channel_id: int, action: Action | None
    ) -> tuple[str, bool]:
        """Why the bot must not try now ('' when it may), and whether that was already
        logged: the guard and a held 403 announce themselves; a missing permission not."""
        level = self.level()
        if level is GuardLevel.CLOSED or (kind.optional and level is GuardLevel.ESSENTIAL_ONLY):
            return "too many refused requests recently", True
        if action is None:
            return "", False
        hold = self.memory.held(channel_id, action, self.clock())
        if hold is not None:
            return f"Discord {hold.cause.value} when the bot tried to {action.value} here", True
        return self._missing(guild_id, channel_id, action), False

    def _missing(self, guild_id: int, channel_id: int, action: Action) -> str:
        client = self._client
        guild = client.get_guild(guild_id) if client is not None else None
        if guild is None or guild.me is None:
            return ""
        channel = guild.get_channel_or_thread(channel_id)
        if channel is None:
            return ""
        perms = channel.permissions_for(guild.me)
        needed = needed_for(action, in_thread=isinstance(channel, discord.Thread))
        missing = labels(flag for flag in needed if not getattr(perms, flag))
        return f"the bot lacks {', '.join(missing)}" if missing else ""

    def allowed(self, kind: Kind, guild_id: int, channel_id: int, action: Action | None) -> bool:
        """True if the bot may try; otherwise the skip is logged once and counted."""
        reason, announced = self.refusal(kind, guild_id, channel_id, action)
        if not reason:
            return True
        if announced:
            logger.debug("guild %s channel %s: %s skipped: %s", guild_id, channel_id, kind, reason)
        else:
            self.errors.note(
                f"could not deliver a {kind.value}: {reason}; counted as not delivered",
                guild_id=guild_id,
                channel_id=channel_id,
            )
        self.count_undelivered(kind, guild_id, channel_id)
        return False

    def count_undelivered(self, kind: Kind, guild_id: int, channel_id: int) -> None:
        self.undelivered[kind] += 1
        if self._stats is not None:
            self._stats.add(guild_id, channel_id, UNDELIVERED_PREFIX + kind.value)

    def notes(self, guild_id: int, *, limit: int = MAX_NOTES) -> list[str]:
        """What the bot stopped doing in this server and why, for `/kindness settings`
        and `/kindness setup` (one line per held channel and action)."""
        now, wall = self.clock(), time.time()
        holds = self.memory.in_guild(guild_id, now)
        lines = [
            f"\N{WARNING SIGN} Discord {hold.cause.value} when I tried to {hold.action.value} in "
            f"<#{hold.channel_id}>: I stopped trying there until "
            f"<t:{int(wall + hold.until - now)}:t> or until the channel's permissions or my "
            "roles change."
            for hold in holds[:limit]
        ]
        if len(holds) > limit:
            lines.append(f"… and {len(holds) - limit} more channel(s) like this.")
        level = self.level()
        if level is not GuardLevel.OPEN:
            paused = (
                "reactions and alerts"
                if level is GuardLevel.ESSENTIAL_ONLY
                else "nudges, reactions and alerts"
            )
            lines.append(
                f"\N{WARNING SIGN} Discord refused {self.guard.count(now)} of my requests in the "
                f"last 10 minutes, so I paused {paused} until that number falls (Discord blocks "
                "a bot's connection past 10,000)."
            )
        return lines

    # -- what Discord said ---------------------------------------------------------

    def failed(
        self,
        exc: Exception,
        kind: Kind,
        what: str,
        *,
        guild_id: int,
        channel_id: int,
        action: Action | None,
    ) -> None:
        """A delivery request failed: hold the channel on a 403 or long 429, log, count."""
        now = self.clock()
        if isinstance(exc, discord.RateLimited) or (
            isinstance(exc, discord.HTTPException) and exc.status == 429
        ):
            seconds = getattr(exc, "retry_after", RATE_LIMIT_HOLD)
            if action is not None and self.memory.remember(
                guild_id, channel_id, action, now, cause=Cause.RATE_LIMITED, seconds=seconds
            ):
                logger.warning(
                    "guild %s channel %s: rate limited for %.0f s; the bot will not %s "
                    "there until then",
                    guild_id,
                    channel_id,
                    seconds,
                    action.value,
                )
        elif (
            isinstance(exc, discord.HTTPException)
            and exc.status == 403
            and exc.code not in MEMBER_REFUSALS
            and action is not None
        ):
            if self.memory.remember(guild_id, channel_id, action, now):
                logger.warning(
                    "guild %s channel %s: Discord refused to let the bot %s (HTTP 403, code %s); "
                    "not trying again there for %.0f minutes or until the channel's overwrites, "
                    "the bot's roles or the server's roles change",
                    guild_id,
                    channel_id,
                    action.value,
                    exc.code,
                    self.memory.hold / 60,
                )
            else:
                logger.debug("guild %s channel %s: 403 again", guild_id, channel_id)
        elif isinstance(exc, discord.HTTPException):
            self.errors.report(exc, what, guild_id=guild_id, channel_id=channel_id)
        else:
            logger.warning(
                "guild %s channel %s: could not %s: %s",
                guild_id,
                channel_id,
                what,
                type(exc).__name__,
            )
        self.count_undelivered(kind, guild_id, channel_id)

    def forget_channel(self, channel_id: int) -> None:
        """The channel's overwrites changed: what Discord refused there may work now."""
        if self.memory.forget_channel(channel_id):
            logger.info("channel %s: permissions changed; trying again there", channel_id)

    def forget_guild(self, guild_id: int) -> None:
        """The bot's roles or a role's permissions changed in this server."""
        if self.memory.forget_guild(guild_id):
            logger.info("guild %s: permissions changed; trying again everywhere", guild_id)

    async def _on_request_end(
        self,
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestEndParams,
    ) -> None:
        """Count invalid requests as Discord does (a 'shared' 429 is not the bot's)."""
        response = params.response
        status = response.status
        if status in (401, 403) or (
            status == 429 and response.headers.get("X-RateLimit-Scope") != "shared"
        ):
            self.guard.record(self.clock())
            self.level()

    def level(self) -> GuardLevel:
        """The guard's level now; a change is logged once, with why."""
        level = self.guard.level(self.clock())
        if level is not self._level:
            count = self.guard.count(self.clock())
            if level is GuardLevel.OPEN:
                logger.warning(
                    "invalid requests down to %d in 10 minutes; nudges, reactions and alerts "
                    "go out again",
                    count,
                )
            elif level is GuardLevel.ESSENTIAL_ONLY and self._level is GuardLevel.CLOSED:
                logger.warning(
                    "invalid requests down to %d in 10 minutes; nudges go out again, reactions "
                    "and alerts stay stopped",
                    count,
                )
            elif level is GuardLevel.ESSENTIAL_ONLY:
                logger.warning(
                    "%d invalid requests (401/403/429) in 10 minutes, past the safe share of "
                    "Discord's 10,000 limit; reactions and alerts stop until the window clears",
                    count,
                )
            else:
                logger.error(
                    "%d invalid requests (401/403/429) in 10 minutes; all nudges, reactions "
                    "and alerts stop until the window clears (Discord bans the IP at 10,000)",
                    count,
                )
            self._level = level
        return level

    # -- the queue -------------------------------------------------------------------

    def submit(
        self,
        kind: Kind,
        guild_id: int,
        channel_id: int,
        action: Action | None,
        run: Callable[[], Awaitable[None]],
        *,
        on_drop: Callable[[], None] | None = None,
    ) -> bool:
        """Queue a delivery if the bot may make it now; False if skipped or dropped."""
        lane = self._enqueue(kind, guild_id, channel_id, action, run, on_drop=on_drop)
        if lane is None:
            return False
        self._spawn(guild_id, lane)
        return True

    async def deliver(
        self,
        kind: Kind,
        guild_id: int,
        channel_id: int,
        action: Action | None,
        run: Callable[[], Awaitable[None]],
    ) -> None:
        """Like `submit`, but when a worker slot and the channel are free the caller's task
        makes this one delivery (a nudge leaves one event-loop hop sooner); the caller
        never works through other deliveries, so its own handler is not held up."""
        lane = self._enqueue(kind, guild_id, channel_id, action, run, on_drop=None)
        if lane is None:
            return
        delivery = lane.queue[-1]
        key = (channel_id, action)
        if lane.running >= self.workers or key in lane.busy:
            self._spawn(guild_id, lane)
            return
        lane.queue.pop()
        lane.running += 1
        lane.busy.add(key)
        try:
            await self._run(delivery)
        finally:
            lane.busy.discard(key)
            self._finished(guild_id, lane)

    def _enqueue(
        self,
        kind: Kind,
        guild_id: int,
        channel_id: int,
        action: Action | None,
        run: Callable[[], Awaitable[None]],
        *,
        on_drop: Callable[[], None] | None,
    ) -> _Lane | None:
        if not self.allowed(kind, guild_id, channel_id, action):
            return None
        delivery = Delivery(
            kind,
            guild_id,
            channel_id,
            action,
            run,
            self.clock() + self.deadlines[kind],
            on_drop,
        )
        lane = self._lanes.get(guild_id)
        if lane is None:
            lane = self._lanes[guild_id] = _Lane()
        if len(lane.queue) >= self.queue_size and not self._make_room(lane, delivery):
            return None
        lane.queue.append(delivery)
        self.peak_pending = max(self.peak_pending, len(lane.queue) + lane.running)
        return lane

    def pending(self, guild_id: int) -> int:
        """Deliveries waiting or running for one server."""
        lane = self._lanes.get(guild_id)
        return len(lane.queue) + lane.running if lane else 0

    def _make_room(self, lane: _Lane, new: Delivery) -> bool:
        """Drop the oldest optional delivery, else the oldest nudge; False if `new` goes."""
        victim = next((d for d in lane.queue if d.kind.optional), None)
        if victim is None:
            if new.kind.optional:
                self._drop(new)
                return False
            victim = lane.queue[0]
        lane.queue.remove(victim)
        self._drop(victim)
        return True

    def _drop(self, delivery: Delivery) -> None:
        self.dropped[delivery.kind] += 1
        if self._stats is not None:
            self._stats.add(
                delivery.guild_id, delivery.channel_id, DROPPED_PREFIX + delivery.kind.value
            )
        if delivery.on_drop is not None:
            delivery.on_drop()
        self.errors.note(
            "deliveries are being dropped (queue full, or too late to send); counted as dropped",
            guild_id=delivery.guild_id,
            channel_id=0,
        )

    def _next(self, lane: _Lane) -> Delivery | None:
        for delivery in lane.queue:
            if (delivery.channel_id, delivery.action) not in lane.busy:
                lane.queue.remove(delivery)
                return delivery
        return None

    @staticmethod
    def _idle(lane: _Lane) -> int:
        """Queued deliveries that could start now (their channel and action are free)."""
        return sum(1 for d in lane.queue if (d.channel_id, d.action) not in lane.busy)

    def _spawn(self, guild_id: int, lane: _Lane) -> None:
        idle = self._idle(lane)
        while lane.running < self.workers and idle > 0:
            lane.running += 1
            idle -= 1
            task = asyncio.get_running_loop().create_task(
                self._work(guild_id, lane), name=f"delivery-{guild_id}"
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _work(self, guild_id: int, lane: _Lane) -> None:
        try:
            while (delivery := self._next(lane)) is not None:
                key = (delivery.channel_id, delivery.action)
                lane.busy.add(key)
                try:
                    await self._run(delivery)
                finally:
                    lane.busy.discard(key)
        finally:
            self._finished(guild_id, lane)

    def _finished(self, guild_id: int, lane: _Lane) -> None:
        """A worker stopped: hand what is left to new workers, or forget an idle server."""
        lane.running -= 1
        if lane.queue:
            self._spawn(guild_id, lane)
        elif lane.running == 0 and self._lanes.get(guild_id) is lane:
            del self._lanes[guild_id]

    async def _run(self, delivery: Delivery) -> None:
        left = delivery.deadline - self.clock()
        if left <= 0:
            self._drop(delivery)
            return
        if not self.allowed(delivery.kind, delivery.guild_id, delivery.channel_id, delivery.action):
            if delivery.on_drop is not None:
                delivery.on_drop()
            return
        try:
            async with asyncio.timeout(left):  # no extra task, unlike wait_for on 3.11
                await delivery.run()
        except TimeoutError:
            self._drop(delivery)
        except Exception:
            logger.exception(
                "guild %s: a %s delivery failed unexpectedly", delivery.guild_id, delivery.kind
            )
