"""Episodes: a pattern found once, then followed, so moderators hear once per episode.

`BullyingWatch` feeds each hostile message aimed at a member to both detectors
(`bot.core.moderation.bullying`). The first time a pattern holds, an `Episode` opens
(`Found.new`): one alert, perhaps one private message to the member. Later hostile
messages at that member (for persistent targeting: from that same author) fold into
the open episode, which the caller shows by editing the alert. An episode closes when
its window passes with no new hostile message (30 minutes for a pile-on by default,
7 days for persistent targeting). Pure, in memory, bounded.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.core.moderation.bullying import (
    DAY_SECONDS,
    MAX_PAIRS_TRACKED,
    MAX_TARGETS_TRACKED,
    PERSISTENT_WINDOW_DAYS,
    RECENT_LINKS,
    BullyingRules,
    Hit,
    PersistentDetector,
    PileOnDetector,
    Window,
)
from bot.core.scoring.verdict import Category
from bot.core.texts.bullying_text import episode_alert_text

MAX_EPISODES = 10_000
MAX_AUTHORS_KEPT = 25
"""Authors named in one episode's alert (the count keeps growing past it)."""


class PatternKind(StrEnum):
    PILE_ON = "pile-on"
    PERSISTENT = "persistent"


@dataclass(slots=True)
class Episode:
    """One member being targeted: what the moderators' alert says, and where it is."""

    kind: PatternKind
    guild_id: int
    target_id: int
    first_at: float
    last_at: float
    messages: int
    authors: dict[int, None]
    author_count: int
    recent: deque[tuple[int, int]]
    """(channel id, message id) of the most recent messages, for jump links."""
    categories: dict[Category, None]
    days: int = 1
    """Different local days with hostile messages (persistent targeting)."""
    last_day: date | None = None
    message_id: int | None = None
    """The posted alert, once posted."""
    posted_in: int | None = None
    syncing: bool = False
    """A post or edit of the alert is queued: later changes ride on it."""

    def fold(self, hit: Hit) -> None:
        """A later hostile message of the same episode."""
        self.last_at = max(self.last_at, hit.at)
        self.messages += 1
        if hit.author_id not in self.authors:
            self.author_count += 1
            if len(self.authors) < MAX_AUTHORS_KEPT:
                self.authors[hit.author_id] = None
        self.recent.append((hit.channel_id, hit.message_id))
        self.categories.update(dict.fromkeys(hit.categories))
        if self.last_day is not None and hit.day > self.last_day:
            self.days += 1
            self.last_day = hit.day

    def involves(self, user_id: int) -> bool:
        return user_id == self.target_id or user_id in self.authors

    def text(self) -> str:
        """The alert for the moderators' channel (ids render as names, never ping)."""
        return episode_alert_text(
            persistent=self.kind is PatternKind.PERSISTENT,
            guild_id=self.guild_id,
            target_id=self.target_id,
            messages=self.messages,
            author_ids=tuple(self.authors),
            author_count=self.author_count,
            first_at=self.first_at,
            last_at=self.last_at,
            days=self.days,
            links=tuple(self.recent),
            categories=tuple(c.label for c in self.categories),
        )


def _opened(kind: PatternKind, window: Window, hit: Hit) -> Episode:
    authors = dict.fromkeys(window.authors[:MAX_AUTHORS_KEPT])
    persistent = kind is PatternKind.PERSISTENT
    return Episode(
        kind,
        hit.guild_id,
        hit.target_id,
        window.first_at,
        hit.at,
        window.messages,
        authors,
        len(window.authors),
        deque(((h.channel_id, h.message_id) for h in window.hits), maxlen=RECENT_LINKS),
        dict.fromkeys(window.categories),
        window.days,
        hit.day if persistent else None,
    )


@dataclass(frozen=True, slots=True)
class Found:
    """An episode a hostile message opened (`new`) or added to."""

    episode: Episode
    new: bool


EpisodeKey = tuple[PatternKind, int, int, int]
"""(kind, guild, target, author for persistent targeting else 0)."""


class BullyingWatch:
    """Both detectors and the open episodes of every server."""

    def __init__(
        self,
        *,
        max_targets: int = MAX_TARGETS_TRACKED,
        max_pairs: int = MAX_PAIRS_TRACKED,
        max_episodes: int = MAX_EPISODES,
    ) -> None:
        self.pile_on = PileOnDetector(max_tracked=max_targets)
        self.persistent = PersistentDetector(max_tracked=max_pairs)
        self.max_episodes = max_episodes
        self._episodes: OrderedDict[EpisodeKey, Episode] = OrderedDict()
        self._longest_pile_on = 0.0

    def observe(self, hit: Hit, rules: BullyingRules) -> list[Found]:
        """Feed one hostile message aimed at one member; the episodes it opened or grew."""
        found: list[Found] = []
        if rules.pile_on is not None:
            self._longest_pile_on = max(self._longest_pile_on, rules.pile_on.seconds)
            holds = self.pile_on.add(hit, rules.pile_on)
            key = (PatternKind.PILE_ON, hit.guild_id, hit.target_id, 0)
            episode = self._open(key, hit, rules.pile_on.seconds)
            if episode is not None:
                found.append(Found(episode, new=False))
            elif holds:
                window = self.pile_on.window(hit.guild_id, hit.target_id)
                found.append(Found(self._start(key, window, hit), new=True))
        if rules.persistent is not None:
            holds = self.persistent.add(hit, rules.persistent)
            key = (PatternKind.PERSISTENT, hit.guild_id, hit.target_id, hit.author_id)
            episode = self._open(key, hit, PERSISTENT_WINDOW_DAYS * DAY_SECONDS)
            if episode is not None:
                found.append(Found(episode, new=False))
            elif holds:
                window = self.persistent.window(hit.guild_id, hit.author_id, hit.target_id)
                found.append(Found(self._start(key, window, hit), new=True))
        return found

    def _open(self, key: EpisodeKey, hit: Hit, expiry: float) -> Episode | None:
        """The key's open episode with `hit` folded in, or None (a passed one is closed)."""
        episode = self._episodes.get(key)
        if episode is None:
            return None
        if hit.at - episode.last_at > expiry:
            del self._episodes[key]
            return None
        episode.fold(hit)
        self._episodes.move_to_end(key)
        return episode

    def _start(self, key: EpisodeKey, window: Window, hit: Hit) -> Episode:
        episode = self._episodes[key] = _opened(key[0], window, hit)
        while len(self._episodes) > self.max_episodes:
            self._episodes.popitem(last=False)
        return episode

    def sweep(self, now: float) -> None:
        """Forget windows and episodes that have passed (call every few minutes)."""
        self.pile_on.sweep(now, self._longest_pile_on)
        self.persistent.sweep(now)
        week = PERSISTENT_WINDOW_DAYS * DAY_SECONDS
        for key in [
            k
            for k, e in self._episodes.items()
            if e.last_at
            <= now - (week if k[0] is PatternKind.PERSISTENT else self._longest_pile_on)
        ]:
            del self._episodes[key]

    def forget(self, guild_id: int, user_id: int) -> None:
        """Erase the member from every window and episode, as target and as author."""
        self.pile_on.forget(guild_id, user_id)
        self.persistent.forget(guild_id, user_id)
        for key in [
            k for k, e in self._episodes.items() if k[1] == guild_id and e.involves(user_id)
        ]:
            del self._episodes[key]

    def open_episodes(self) -> int:
        return len(self._episodes)
