"""A channel's history run through the live bot's decisions, with the messages' times as the clock.

`kindness-bot replay` previews what the bot would have done in a channel before it
is invited. So that the preview agrees with the bot, nothing here decides anew: the
same skips as the watcher, the server's `Scorer`, `is_kind`, `decide_nudge` (cooldowns,
repeats, alerts) and `AlertBook` (one alert per member per window, a digest past the
cap) run on each message in turn, with its timestamp where the bot reads its clock.
Pure: the CLI reads the export and hands over plain `ReplayMessage`s, oldest first.
Memory stays flat: per-day counts, and per-member state that is dropped once
expired, as the bot's prune drops it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.alerts import AlertBook, AlertDetails
from bot.core.moderation.nudge_decision import AlertReason, NudgeDecision, decide_nudge
from bot.core.moderation.user_state import UserState, is_expired
from bot.core.scoring.kindness import is_kind
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Verdict

PRUNE_EVERY = 4096
"""Messages between two sweeps of expired member states."""


class Skip(StrEnum):
    """Why a message was left alone, as the watcher leaves it alone."""

    BOT = "bot"  # bots and webhooks, the bot itself included
    SYSTEM = "system"  # joins, pins, thread creations...
    EMPTY = "empty"  # no text: attachments, stickers, forwards
    IGNORED = "ignored channel"
    EXEMPT = "exempt role"


@dataclass(frozen=True, slots=True)
class ReplayMessage:
    """What the watcher reads from a message, as plain values."""

    message_id: int
    author_id: int
    timestamp: float
    """Unix seconds: the clock of cooldowns, repeats and alerts."""
    text: str
    author_is_bot: bool = False
    is_system: bool = False
    mentions_someone: bool = False
    is_reply: bool = False
    role_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class ReplayChannel:
    """The exported channel; a thread follows its parent's channel settings."""

    channel_id: int
    parent_id: int | None = None

    def among(self, ids: frozenset[int]) -> bool:
        """The same test as the watcher's `in_channels`."""
        return self.channel_id in ids or (self.parent_id is not None and self.parent_id in ids)


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """An alert the message raised: a new alert message, or an update of an open one."""

    reason: AlertReason
    posted: bool
    """True: a new message in the alert channel (the `alerts` metric); False: an edit."""


@dataclass(frozen=True, slots=True)
class ReplayStep:
    """What happened to one message."""

    day: str
    """UTC date, as the bot's daily stats."""
    skipped: Skip | None = None
    verdict: Verdict | None = None
    kind: bool = False
    decision: NudgeDecision | None = None
    alert: AlertEvent | None = None


@dataclass(slots=True)
class DayCounts:
    """One day's numbers (or a total)."""

    seen: int = 0
    flagged: int = 0
    nudges: int = 0
    in_cooldown: int = 0
    repeated: int = 0
    alerts: int = 0
    alert_updates: int = 0
    kind: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)
    alert_reasons: Counter[str] = field(default_factory=Counter)

    def add(self, other: DayCounts) -> None:
        for name in (
            "seen",
            "flagged",
            "nudges",
            "in_cooldown",
            "repeated",
            "alerts",
            "alert_updates",
            "kind",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.categories.update(other.categories)
        self.severities.update(other.severities)
        self.alert_reasons.update(other.alert_reasons)


def utc_day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).date().isoformat()


class Replay:
    """Feeds messages, oldest first, through the bot's decisions for one server and channel."""

    def __init__(self, settings: GuildSettings, scorer: Scorer, channel: ReplayChannel) -> None:
        self.settings = settings
        self.scorer = scorer
        self.channel = channel
        self.ignored = channel.among(settings.ignored_channels)
        self.profanity_ok = channel.among(settings.profanity_ok_channels)
        self.days: dict[str, DayCounts] = {}
        self.skipped: Counter[Skip] = Counter()
        self._states: dict[int, UserState] = {}
        self._alerts = AlertBook()
        self._fed = 0
        self.prune_every = PRUNE_EVERY
        self._day_cache: tuple[int, str] = (-1, "")

    def feed(self, message: ReplayMessage) -> ReplayStep:
        """Decide about one message and count it."""
        now = message.timestamp
        day = self._day(now)
        self._fed += 1
        if self._fed % self.prune_every == 0:
            self._prune(now)
        reason = self._skip(message)
        if reason is not None:
            self.skipped[reason] += 1
            return ReplayStep(day, skipped=reason)
        counts = self.days.get(day)
        if counts is None:
            counts = self.days[day] = DayCounts()
        counts.seen += 1
        verdict = self.scorer.score(
            message.text,
            mentions_someone=message.mentions_someone,
            is_reply=message.is_reply,
            profanity_ok=self.profanity_ok,
        )
        if not verdict.hostile:
            kind = is_kind(message.text, self.settings.languages)
            counts.kind += kind
            return ReplayStep(day, verdict=verdict, kind=kind)
        return self._flagged(message, verdict, counts, day)

    def totals(self) -> DayCounts:
        total = DayCounts()
        for counts in self.days.values():
            total.add(counts)
        return total

    def _skip(self, message: ReplayMessage) -> Skip | None:
        if message.author_is_bot:
            return Skip.BOT
        if message.is_system:
            return Skip.SYSTEM
        if not message.text:
            return Skip.EMPTY
        if self.ignored:
            return Skip.IGNORED
        if not self.settings.exempt_roles.isdisjoint(message.role_ids):
            return Skip.EXEMPT
        return None

    def _flagged(
        self, message: ReplayMessage, verdict: Verdict, counts: DayCounts, day: str
    ) -> ReplayStep:
        settings, now = self.settings, message.timestamp
        counts.flagged += 1
        counts.severities[verdict.severity.label] += 1
        counts.categories.update(c.value for c in verdict.categories)
        decision = decide_nudge(
            verdict,
            settings,
            self._states.get(message.author_id),
            now,
            guild_id=settings.guild_id,
            user_id=message.author_id,
            target_mentioned=message.mentions_someone or message.is_reply,
        )
        assert decision is not None  # decide_nudge answers every hostile verdict
        self._states[message.author_id] = decision.state
        counts.nudges += decision.nudge
        counts.in_cooldown += decision.in_cooldown
        counts.repeated += decision.repeated
        alert = self._alert(message, verdict, decision)
        if alert is not None:
            counts.alert_reasons[alert.reason.value] += 1
            if alert.posted:
                counts.alerts += 1
            else:
                counts.alert_updates += 1
        return ReplayStep(day, verdict=verdict, decision=decision, alert=alert)

    def _alert(
        self, message: ReplayMessage, verdict: Verdict, decision: NudgeDecision
    ) -> AlertEvent | None:
        """Fold the alert as `AlertPoster.queue` does; posted when nothing open holds it.

        Counted whether or not the server has an alert channel yet (the decision's
        `alert` says whether one would be sent now); no excerpt is kept.
        """
        reason = decision.alert_reason
        if reason is None:
            return None
        details = AlertDetails(
            verdict=verdict,
            reason=reason,
            jump_url="",
            channel_id=self.channel.channel_id,
            excerpt="",
            flags_in_window=decision.flags_in_window,
            nudged=decision.nudge and decision.delivery is not DeliveryMode.SILENT,
            wall_time=message.timestamp,
        )
        entry = self._alerts.fold(
            self.settings.guild_id, message.author_id, message.timestamp, details
        )
        posted = entry.message_id is None
        if posted:
            entry.message_id = message.message_id
        return AlertEvent(reason, posted)

    def members_remembered(self) -> int:
        """Members whose state is held (bounded by the active members, not the history)."""
        return len(self._states)

    def _prune(self, now: float) -> None:
        for user_id in [u for u, s in self._states.items() if is_expired(s, now)]:
            del self._states[user_id]

    def _day(self, timestamp: float) -> str:
        number = int(timestamp // 86400)
        if self._day_cache[0] != number:
            self._day_cache = (number, utc_day(timestamp))
        return self._day_cache[1]
