"""Every nudge, reaction and alert goes out through here: checked, bounded, never late.

Before a request, `DeliveryChecks` (`bot.discord.delivery_checks`) asks the cache and
the remembered refusals whether the bot may act, and counts what it skips as
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

from bot.core.moderation.permission_memory import Action
from bot.discord.delivery_checks import DeliveryChecks, Kind

__all__ = ["MAX_PENDING", "MAX_RATELIMIT_TIMEOUT", "Delivery", "DeliveryService", "Kind"]

logger = logging.getLogger(__name__)

MAX_RATELIMIT_TIMEOUT = 30.0
"""discord.py raises `RateLimited` instead of holding a route longer (30 s is its minimum)."""
QUEUE_SIZE = 50
"""Deliveries waiting per server."""
WORKERS = 4
"""Deliveries running at once per server (one per channel and action)."""
MAX_PENDING = QUEUE_SIZE + WORKERS
"""The most deliveries a server can have waiting or running."""
DROPPED_PREFIX = "dropped:"


DEADLINES: dict[Kind, float] = {
    Kind.NUDGE: 30.0,
    Kind.REACTION: 30.0,
    Kind.ALERT: 300.0,
    Kind.REPORT: 30.0,
    Kind.SUPPORT: 60.0,
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


class DeliveryService(DeliveryChecks):
    """Per-server bounded delivery queues, over the checks that keep requests valid."""

    def __init__(
        self,
        *,
        queue_size: int = QUEUE_SIZE,
        workers: int = WORKERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(clock=clock)
        self.queue_size = queue_size
        self.workers = workers
        self.deadlines = dict(DEADLINES)
        self.dropped: Counter[Kind] = Counter()
        self.peak_pending = 0
        """The most deliveries one server had waiting or running at once."""
        self._lanes: dict[int, _Lane] = {}
        self._tasks: set[asyncio.Task[None]] = set()

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
