"""Bullying is a pattern: the two detectors that look from the target's side.

A pile-on: many hostile messages aimed at one member from several members in a short
window (default 5 messages from 3 members within 30 minutes). Persistent targeting:
the same member aiming hostile messages at the same member on several different
days within a week (default 3 days in 7). Each author counts once per day there, and
the day is the server's local day (its summary time zone) so an evening is not two days.

Pure and in memory: plain values in, whether the pattern holds (and its window) out;
the caller's clock is
`Hit.at`, so tests control time. State per target (or per author and target pair)
expires with its window and the number of tracked keys is bounded (least recently
touched dropped first), so a raid cannot grow memory without limit.
"""

from __future__ import annotations

import contextlib
import zoneinfo
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from bot.core.guild_settings import GuildSettings
from bot.core.scoring.verdict import Category

DAY_SECONDS = 86_400.0
PERSISTENT_WINDOW_DAYS = 7
"""Persistent targeting looks at the last 7 local days (today included)."""
MAX_TARGETS_TRACKED = 10_000
"""Members with a pile-on window open at once (across servers)."""
MAX_PAIRS_TRACKED = 20_000
"""Author-target pairs with a persistent-targeting window open at once."""
MAX_HITS = 50
"""Hits kept per target; also the largest pile-on threshold a moderator can set."""
RECENT_LINKS = 3


@dataclass(frozen=True, slots=True)
class PileOnRule:
    messages: int = 5
    members: int = 3
    minutes: int = 30

    @property
    def seconds(self) -> float:
        return self.minutes * 60.0


@dataclass(frozen=True, slots=True)
class PersistentRule:
    days: int = 3


@dataclass(frozen=True, slots=True)
class BullyingRules:
    """A server's patterns; None means that pattern is switched off."""

    pile_on: PileOnRule | None = PileOnRule()
    persistent: PersistentRule | None = PersistentRule()


def rules_for(settings: GuildSettings) -> BullyingRules:
    """The patterns a server's settings switch on, with its thresholds."""
    pile_on = PileOnRule(
        settings.bullying_pileon_messages,
        settings.bullying_pileon_members,
        settings.bullying_pileon_minutes,
    )
    persistent = PersistentRule(settings.bullying_persistent_days)
    return BullyingRules(
        pile_on if settings.bullying_pileon_enabled else None,
        persistent if settings.bullying_persistent_enabled else None,
    )


def local_day(at: float, timezone: str) -> date:
    """The calendar day of `at` (Unix seconds) in `timezone`; UTC if the zone is unknown."""
    zone: tzinfo = UTC
    with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo(timezone)
    return datetime.fromtimestamp(at, zone).date()


@dataclass(frozen=True, slots=True)
class Hit:
    """One hostile message aimed at one member: ids, a time, a local day, categories."""

    guild_id: int
    target_id: int
    author_id: int
    channel_id: int
    message_id: int
    at: float
    day: date
    categories: tuple[Category, ...] = ()


@dataclass(frozen=True, slots=True)
class Window:
    """What a detector holds for one target (or pair) right now."""

    hits: tuple[Hit, ...]
    """The most recent hits kept (oldest first), for the alert's links and categories."""
    messages: int
    authors: tuple[int, ...]
    first_at: float
    days: int = 1

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(dict.fromkeys(c for h in self.hits for c in h.categories))


@dataclass(slots=True)
class _Target:
    hits: deque[Hit]
    """Hostile messages at this member inside the window, oldest first (at most MAX_HITS)."""
    authors: dict[int, int]
    """How many of `hits` each author sent (so a check costs no pass over the window)."""

    def push(self, hit: Hit) -> None:
        self.hits.append(hit)
        self.authors[hit.author_id] = self.authors.get(hit.author_id, 0) + 1
        if len(self.hits) > MAX_HITS:
            self.pop()

    def pop(self) -> None:
        author = self.hits.popleft().author_id
        left = self.authors[author] - 1
        if left:
            self.authors[author] = left
        else:
            del self.authors[author]

    def window(self) -> Window:
        recent = tuple(self.hits)[-RECENT_LINKS:]
        return Window(recent, len(self.hits), tuple(self.authors), self.hits[0].at)


class PileOnDetector:
    """Hostile messages aimed at each member within the rule's window."""

    def __init__(self, *, max_tracked: int = MAX_TARGETS_TRACKED) -> None:
        self.max_tracked = max_tracked
        self._targets: OrderedDict[tuple[int, int], _Target] = OrderedDict()

    def add(self, hit: Hit, rule: PileOnRule) -> bool:
        """Record `hit`; True when the member's window now holds a pile-on."""
        key = (hit.guild_id, hit.target_id)
        target = self._targets.get(key)
        if target is None:
            target = self._targets[key] = _Target(deque(), {})
            _bound(self._targets, self.max_tracked)
        self._targets.move_to_end(key)
        target.push(hit)
        cutoff = hit.at - rule.seconds
        while target.hits[0].at <= cutoff:
            target.pop()
        return len(target.hits) >= rule.messages and len(target.authors) >= rule.members

    def window(self, guild_id: int, target_id: int) -> Window:
        """The member's current window (after `add` said it holds a pile-on)."""
        return self._targets[(guild_id, target_id)].window()

    def sweep(self, now: float, longest: float) -> None:
        """Drop targets with no hit in the last `longest` seconds (the widest window)."""
        cutoff = now - longest
        for key in [k for k, t in self._targets.items() if t.hits[-1].at <= cutoff]:
            del self._targets[key]

    def forget(self, guild_id: int, user_id: int) -> None:
        """Erase the member as a target and as an author."""
        self._targets.pop((guild_id, user_id), None)
        for key, target in list(self._targets.items()):
            if key[0] != guild_id or user_id not in target.authors:
                continue
            kept = [h for h in target.hits if h.author_id != user_id]
            if not kept:
                del self._targets[key]
                continue
            target.hits.clear()
            target.authors.clear()
            for hit in kept:
                target.push(hit)

    def tracked(self) -> int:
        return len(self._targets)


@dataclass(slots=True)
class _Pair:
    days: dict[date, int]
    """Hostile messages per local day (only days inside the window)."""
    recent: deque[Hit]
    first_at: float


class PersistentDetector:
    """Days on which one member aimed hostile messages at another, within 7 days."""

    def __init__(self, *, max_tracked: int = MAX_PAIRS_TRACKED) -> None:
        self.max_tracked = max_tracked
        self._pairs: OrderedDict[tuple[int, int, int], _Pair] = OrderedDict()

    def add(self, hit: Hit, rule: PersistentRule) -> bool:
        """Record `hit`; True when the author has now aimed at the target on at least
        `rule.days` different days within the last 7 (each day counted once)."""
        key = (hit.guild_id, hit.author_id, hit.target_id)
        pair = self._pairs.get(key)
        if pair is None:
            pair = self._pairs[key] = _Pair({}, deque(maxlen=RECENT_LINKS), hit.at)
            _bound(self._pairs, self.max_tracked)
        self._pairs.move_to_end(key)
        oldest = hit.day - timedelta(days=PERSISTENT_WINDOW_DAYS - 1)
        for day in [d for d in pair.days if d < oldest]:
            del pair.days[day]
        if not pair.days:
            pair.first_at = hit.at
        pair.days[hit.day] = pair.days.get(hit.day, 0) + 1
        pair.recent.append(hit)
        return len(pair.days) >= rule.days

    def window(self, guild_id: int, author_id: int, target_id: int) -> Window:
        """The pair's current window (after `add` said the pattern holds)."""
        pair = self._pairs[(guild_id, author_id, target_id)]
        return Window(
            tuple(pair.recent),
            sum(pair.days.values()),
            (author_id,),
            pair.first_at,
            days=len(pair.days),
        )

    def sweep(self, now: float) -> None:
        """Drop pairs whose newest hit is more than the 7-day window old."""
        cutoff = now - PERSISTENT_WINDOW_DAYS * DAY_SECONDS
        for key in [k for k, p in self._pairs.items() if p.recent[-1].at <= cutoff]:
            del self._pairs[key]

    def forget(self, guild_id: int, user_id: int) -> None:
        """Erase the member as a target and as an author."""
        for key in [k for k in self._pairs if k[0] == guild_id and user_id in k[1:]]:
            del self._pairs[key]

    def tracked(self) -> int:
        return len(self._pairs)


def _bound(table: OrderedDict[Any, Any], limit: int) -> None:
    while len(table) > limit:
        table.popitem(last=False)
