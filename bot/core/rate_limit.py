"""A sliding-window limit per key (member), kept in memory only.

Used for "Report to moderators": a few reports per member per window keep an
alert channel from being flooded, while a genuine reporter is never blocked for
long. Nothing is persisted: a restart forgets the window, which errs on the side
of letting a report through.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable


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
