"""Sliding-window limits kept in memory only: per key, and for the bot's invalid requests.

`SlidingWindowLimiter` is used for "Report to moderators" (a few reports per member
per window keep an alert channel from being flooded) and kindness reactions.
`InvalidRequestGuard` keeps the bot far from Discord's invalid-request ban. Nothing
is persisted: a restart forgets the windows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from enum import IntEnum


class SlidingWindowLimiter:
    """At most `limit` events per key within any `window` seconds; `now` is a parameter."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._events: dict[Hashable, deque[float]] = {}

    def _recent(self, key: Hashable, now: float) -> deque[float]:
        events = self._events.get(key)
        if events is None:
            return deque()
        while events and events[0] <= now - self.window:
            events.popleft()
        if not events:
            del self._events[key]
        return events

    def retry_after(self, key: Hashable, now: float) -> float:
        """Seconds until `key` may act again; 0.0 when it may act now."""
        events = self._recent(key, now)
        if len(events) < self.limit:
            return 0.0
        return events[0] + self.window - now

    def record(self, key: Hashable, now: float) -> None:
        """Count one event for `key` (callers check `retry_after` first)."""
        self._recent(key, now)
        self._events.setdefault(key, deque()).append(now)

    def forget(self, key: Hashable) -> None:
        """Drop everything about `key` (used by `/kindness forget`)."""
        self._events.pop(key, None)

    def __len__(self) -> int:
        return len(self._events)


DISCORD_INVALID_LIMIT = 10_000
"""Invalid requests (401, 403, 429) in 10 minutes that get a bot's IP banned for about an hour."""
INVALID_WINDOW_SECONDS = 600.0
OPTIONAL_SHARE = 0.2
"""Past 2,000 invalid requests the bot stops optional sends (reactions, alerts)."""
ALL_SHARE = 0.5
"""Past 5,000 it stops nudges too; replies to commands are never stopped."""
RESUME_SHARE = 0.5
"""Stopped work resumes when the count falls to half the threshold that stopped it."""


class GuardLevel(IntEnum):
    """How much the invalid-request guard lets through; ordered by severity."""

    OPEN = 0
    ESSENTIAL_ONLY = 1
    CLOSED = 2


class InvalidRequestGuard:
    """Counts the bot's invalid requests over a sliding window, in one-second buckets.

    Other processes on the same IP (shards, a second bot) share Discord's limit, so
    the guard stops well before it: a share of the limit, not the limit itself.
    """

    def __init__(
        self,
        *,
        limit: int = DISCORD_INVALID_LIMIT,
        window: float = INVALID_WINDOW_SECONDS,
        optional_share: float = OPTIONAL_SHARE,
        all_share: float = ALL_SHARE,
    ) -> None:
        if not 0 < optional_share <= all_share <= 1 or window <= 0:
            raise ValueError("need 0 < optional_share <= all_share <= 1 and window > 0")
        self.window = window
        self.optional_limit = int(limit * optional_share)
        self.all_limit = int(limit * all_share)
        self._buckets: deque[list[float]] = deque()  # [second, count], oldest first
        self._total = 0
        self._level = GuardLevel.OPEN

    def record(self, now: float, n: int = 1) -> None:
        """Count `n` invalid requests answered at `now`."""
        second = float(int(now))
        if self._buckets and self._buckets[-1][0] == second:
            self._buckets[-1][1] += n
        else:
            self._buckets.append([second, float(n)])
        self._total += n
        self._expire(now)

    def count(self, now: float) -> int:
        """Invalid requests within the window ending at `now`."""
        self._expire(now)
        return self._total

    def level(self, now: float) -> GuardLevel:
        """How much may go out now. A level, once reached, holds until the count falls to
        half its threshold, so work does not stop and start again around one number."""
        count = self.count(now)
        if count >= self.all_limit:
            level = GuardLevel.CLOSED
        elif count >= self.optional_limit:
            level = GuardLevel.ESSENTIAL_ONLY
        else:
            level = GuardLevel.OPEN
        for held, threshold in (
            (GuardLevel.CLOSED, self.all_limit),
            (GuardLevel.ESSENTIAL_ONLY, self.optional_limit),
        ):
            if level < held <= self._level and count >= threshold * RESUME_SHARE:
                level = held
                break
        self._level = level
        return level

    def _expire(self, now: float) -> None:
        while self._buckets and self._buckets[0][0] <= now - self.window:
            self._total -= int(self._buckets.popleft()[1])
