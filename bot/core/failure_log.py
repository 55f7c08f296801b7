"""Log a repeating failure once per kind per window, with a count, instead of every time.

A database that stays locked or full fails on every flush (3,600 times an hour at
the default interval); one traceback per flush drowns the log and helps nobody.
This keeps, per kind of failure, when it was last reported and how many failures
were swallowed since, and tells the caller when to speak: the first failure of a
kind, then at most once per window with the count, then once when it recovers.
Pure (the clock is passed in), so it is tested without sleeping.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_KINDS = 64
"""Distinct kinds remembered at once; a flood of new kinds forgets the oldest."""


@dataclass(frozen=True, slots=True)
class FailureReport:
    """What to log now: `count` failures of `kind` since the last report (this one included)."""

    kind: str
    count: int
    first: bool
    """True for the first report of this outage (no earlier line to refer to)."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """The outage is over: `failures` in total over `seconds`."""

    failures: int
    seconds: float


@dataclass(slots=True)
class _Kind:
    reported_at: float
    unreported: int


class FailureLog:
    """Per-kind throttling of failure reports for one resource (e.g. the database)."""

    def __init__(self, window_seconds: float) -> None:
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.window = window_seconds
        self._kinds: dict[str, _Kind] = {}
        self._failures = 0
        self._since: float | None = None

    @property
    def failing(self) -> bool:
        """Whether the last attempt failed (an outage is in progress)."""
        return self._since is not None

    def failed(self, kind: str, now: float) -> FailureReport | None:
        """Count one failure; a report when this kind has not been reported for a window."""
        self._failures += 1
        first = self._since is None
        if first:
            self._since = now
        state = self._kinds.get(kind)
        if state is not None and now - state.reported_at < self.window:
            state.unreported += 1
            return None
        count = 1 if state is None else state.unreported + 1
        self._kinds.pop(kind, None)
        self._kinds[kind] = _Kind(reported_at=now, unreported=0)
        while len(self._kinds) > MAX_KINDS:
            del self._kinds[next(iter(self._kinds))]
        return FailureReport(kind, count, first)

    def succeeded(self, now: float) -> Recovery | None:
        """The resource works again; a `Recovery` once per outage, then forget it."""
        if self._since is None:
            return None
        recovery = Recovery(self._failures, max(0.0, now - self._since))
        self._kinds.clear()
        self._failures = 0
        self._since = None
        return recovery
