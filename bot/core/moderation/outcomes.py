"""Did the nudge help? Flagged messages edited or deleted soon after a nudge.

Only message ids and where they live are held, in memory, bounded and expiring;
nothing here survives a restart or touches the disk (a restart simply forgets
the outcomes still pending). Each message counts as revised at most once and as
deleted at most once.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_CAPACITY = 20_000


class Outcome(StrEnum):
    REVISED = "revised"
    DELETED = "deleted"


@dataclass(slots=True)
class _Tracked:
    guild_id: int
    channel_id: int
    nudged_at: float
    expires_at: float
    revised: bool = False


@dataclass(frozen=True, slots=True)
class OutcomeEvent:
    """An outcome to count: where it happened and how long after the nudge."""

    outcome: Outcome
    guild_id: int
    channel_id: int
    seconds_after_nudge: float


class OutcomeTracker:
    """Flagged message id -> (guild, channel, nudge time) for the outcome window."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self._capacity = capacity
        self._items: OrderedDict[int, _Tracked] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def track(
        self, message_id: int, *, guild_id: int, channel_id: int, now: float, window: float
    ) -> None:
        """Watch `message_id` for `window` seconds after a nudge sent at `now`."""
        if window <= 0:
            return
        self._expire(now)
        self._items[message_id] = _Tracked(guild_id, channel_id, now, now + window)
        self._items.move_to_end(message_id)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def edited(self, message_id: int, now: float) -> OutcomeEvent | None:
        """A `revised` event the first time a tracked message is edited in its window."""
        item = self._live(message_id, now)
        if item is None or item.revised:
            return None
        item.revised = True
        return OutcomeEvent(Outcome.REVISED, item.guild_id, item.channel_id, now - item.nudged_at)

    def deleted(self, message_id: int, now: float) -> OutcomeEvent | None:
        """A `deleted` event when a tracked message is deleted in its window; stops tracking."""
        item = self._live(message_id, now)
        if item is None:
            return None
        del self._items[message_id]
        return OutcomeEvent(Outcome.DELETED, item.guild_id, item.channel_id, now - item.nudged_at)

    def _live(self, message_id: int, now: float) -> _Tracked | None:
        item = self._items.get(message_id)
        if item is None:
            return None
        if item.expires_at < now:
            del self._items[message_id]
            return None
        return item

    def _expire(self, now: float) -> None:
        """Drop expired entries from the oldest end (windows are similar, so this is cheap)."""
        while self._items:
            oldest_id, oldest = next(iter(self._items.items()))
            if oldest.expires_at >= now:
                break
            del self._items[oldest_id]
