"""Aggregated daily counters, kept in memory and flushed to the database in batches.

Counting happens on every message, so it must cost a dict update, never a write:
`StatsCounter` accumulates increments keyed by (guild, UTC day, channel, metric)
and the bot drains it into one database transaction per flush interval. Only
aggregate numbers exist here; nothing about a message's text or author.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from bot.core.guild_settings import DeliveryMode
from bot.core.scoring.verdict import Category, Severity

CATEGORY_PREFIX = "category:"
SEVERITY_PREFIX = "severity:"
NUDGE_PREFIX = "nudge:"
STOPPED_PREFIX = "stopped:"
STOPPED_OTHER = "other"
"""`stopped:other`: a block by the bot's AutoMod rule on a word it cannot place (a
moderator edited the rule in Server Settings)."""
NO_CHANNEL = 0
"""`channel_id` for counts that belong to no channel (e.g. DMs, server-wide events)."""


class Metric(StrEnum):
    """Stable metric names (they are stored, so never rename a value)."""

    SEEN = "seen"
    FLAGGED = "flagged"
    ALERTS = "alerts"
    KIND = "kind"
    FALSE_POSITIVE = "false_positive"
    REVISED = "revised"
    DELETED = "deleted"
    REPEATED = "repeated"
    REPORTS = "reports"
    KINDCHECKS = "kindchecks"
    HELD_BACK = "held_back"
    """Would-be nudges left out by a hold-back experiment (`/kindness experiment`)."""
    BULLYING_EPISODES = "bullying_episodes"
    """Episodes found: a member may have been targeted (pile-on or persistent)."""
    BULLYING_SUPPORTED = "bullying_supported"
    """Members sent the private support message (delivered DMs)."""
    BULLYING_OPTOUTS = "bullying_optouts"
    """Members who asked not to get that message again."""

    @staticmethod
    def category(cat: Category | str) -> str:
        """`category:<c>`: flagged messages per category (validated against `Category`)."""
        return CATEGORY_PREFIX + Category(cat).value

    @staticmethod
    def severity(sev: Severity) -> str:
        """`severity:<low|medium|high>`: flagged messages per tier; NONE is never flagged."""
        tier = Severity(sev)
        if tier is Severity.NONE:
            raise ValueError("severity:none is not a metric; only flagged tiers are counted")
        return SEVERITY_PREFIX + tier.label

    @staticmethod
    def nudge(mode: DeliveryMode | str) -> str:
        """`nudge:<mode>`: nudges per delivery mode actually used (after any fallback)."""
        return NUDGE_PREFIX + DeliveryMode(mode).value

    @staticmethod
    def stopped(cat: Category | str | None) -> str:
        """`stopped:<c>`: messages Discord's AutoMod stopped before sending, by the bot's
        rule, per category (`stopped:other` when the word is not the bot's)."""
        return STOPPED_PREFIX + (STOPPED_OTHER if cat is None else Category(cat).value)


def split_metric(metric: str) -> tuple[str, str | None]:
    """`'category:insult'` -> `('category', 'insult')`; `'seen'` -> `('seen', None)`."""
    family, sep, arg = metric.partition(":")
    return (family, arg) if sep else (metric, None)


def utc_now() -> datetime:
    """The default clock; injectable so tests control the day boundary."""
    return datetime.now(UTC)


def utc_day(moment: datetime) -> str:
    """The UTC calendar day of an aware datetime as `YYYY-MM-DD` (the stored day key)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: stats days are UTC, pass an aware datetime")
    return moment.astimezone(UTC).date().isoformat()


def check_day(day: str | date) -> str:
    """Normalise a day to `YYYY-MM-DD`, rejecting anything else before it reaches storage."""
    if isinstance(day, datetime):
        return utc_day(day)
    if isinstance(day, date):
        return day.isoformat()
    parsed = date.fromisoformat(day)
    if parsed.isoformat() != day:
        raise ValueError(f"day must be YYYY-MM-DD, got {day!r}")
    return day


@dataclass(frozen=True, slots=True)
class StatRow:
    """One aggregate: how much `metric` grew on `day` in one channel of one guild."""

    guild_id: int
    day: str
    channel_id: int
    metric: str
    value: int


_Key = tuple[int, str, int, str]


class StatsCounter:
    """In-memory counters drained by the flush loop; pure, single-threaded (asyncio)."""

    def __init__(self, now: Callable[[], datetime] = utc_now) -> None:
        self._now = now
        self._counts: dict[_Key, int] = {}
        # Today's day key and the UTC bounds it holds for: every message counts at
        # least once, so the string is rebuilt only when the clock leaves the day.
        self._day = ""
        self._day_start = self._day_end = 0.0  # Unix seconds

    def add(
        self,
        guild_id: int,
        channel_id: int,
        metric: str,
        n: int = 1,
        *,
        day: str | date | None = None,
    ) -> None:
        """Count `n` more of `metric`; `day` defaults to today's UTC date.

        Called about twice per message, so today's key is read without a call while
        the real clock is still inside the day `_today` last computed (the same
        float compare `_today` makes), and a plain `str` metric is used as it is
        (`str()` of a `Metric` member copies its value).
        """
        if n <= 0:
            if n < 0:
                raise ValueError("stats only grow; n must be >= 0")
            return
        if day is not None:
            key_day = check_day(day)
        elif self._now is utc_now and self._day_start <= time.time() < self._day_end:
            key_day = self._day
        else:
            key_day = self._today()
        key = (guild_id, key_day, channel_id, metric if type(metric) is str else str(metric))
        counts = self._counts
        counts[key] = counts.get(key, 0) + n

    def _today(self) -> str:
        moment: datetime | None = None
        if self._now is utc_now:  # the real clock: a float compare, no datetime per message
            stamp = time.time()
        else:
            moment = self._now()
            if moment.tzinfo is None:
                utc_day(moment)  # raises: stats days are UTC
            stamp = moment.timestamp()
        if not self._day_start <= stamp < self._day_end:
            self._day = utc_day(moment or datetime.fromtimestamp(stamp, UTC))
            self._day_start = datetime.fromisoformat(self._day).replace(tzinfo=UTC).timestamp()
            self._day_end = self._day_start + 86_400  # POSIX days have no leap seconds
        return self._day

    def requeue(self, rows: Iterable[StatRow]) -> None:
        """Put drained rows back (a failed flush), so counts are retried, not lost."""
        for row in rows:
            self.add(row.guild_id, row.channel_id, row.metric, row.value, day=row.day)

    def drain(self) -> list[StatRow]:
        """Everything counted since the last drain, and start again from zero."""
        counts, self._counts = self._counts, {}
        return [StatRow(g, d, c, m, v) for (g, d, c, m), v in counts.items()]

    def pending(self) -> int:
        """How many distinct rows the next drain would return."""
        return len(self._counts)
