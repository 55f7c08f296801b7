"""What to do about a scored message: nudge or not, how, and whether to alert moderators.

Pure: the watcher cog passes plain values (verdict, settings, the author's state,
the time) and acts on the returned `NudgeDecision`. Cooldowns keep anyone from
receiving a stream of nudges; repeated or high-severity hostility alerts the
moderators whatever the cooldown says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.user_state import (
    UserState,
    flags_in_window,
    in_cooldown,
    is_repeat_after_nudge,
    new_user_state,
    record_flag,
    record_nudge,
)
from bot.core.scoring.verdict import Severity, Verdict


class AlertReason(StrEnum):
    """Why moderators are alerted; shown in the alert."""

    HIGH_SEVERITY = "high severity"
    REPEATED = "repeated hostility"


@dataclass(frozen=True, slots=True)
class NudgeDecision:
    """The watcher's instructions for one flagged message."""

    nudge: bool
    delivery: DeliveryMode
    alert: bool
    alert_reason: AlertReason | None
    target_mentioned: bool
    repeated: bool
    """Nudged again within 7 days of a previous nudge (the `repeated` outcome metric).

    One per nudge, not per flag: flags inside the cooldown send no nudge and are
    not counted, so two nudges to one member count one repeat."""
    in_cooldown: bool
    flags_in_window: int
    state: UserState
    """The author's updated state, to be saved."""


def is_exempt(settings: GuildSettings, role_ids: Iterable[int], *, is_moderator: bool) -> bool:
    """Moderators (Manage Server / Manage Messages) and members of exempt roles are skipped."""
    return is_moderator or not settings.exempt_roles.isdisjoint(role_ids)


def decide_nudge(
    verdict: Verdict,
    settings: GuildSettings,
    state: UserState | None,
    now: float,
    *,
    guild_id: int,
    user_id: int,
    target_mentioned: bool,
) -> NudgeDecision | None:
    """The decision for a scored message, or None when it is not hostile (nothing to do)."""
    if not verdict.hostile:
        return None
    cooldown = in_cooldown(state, now, settings.cooldown_seconds)
    repeated = not cooldown and is_repeat_after_nudge(state, now)
    updated = record_flag(
        state or new_user_state(guild_id, user_id), now, settings.repeat_window_seconds
    )
    if not cooldown:
        updated = record_nudge(updated, now)
    flags = flags_in_window(updated, now, settings.repeat_window_seconds)
    reason: AlertReason | None = None
    if verdict.severity >= Severity.HIGH:
        reason = AlertReason.HIGH_SEVERITY
    elif flags == settings.repeat_alert_count:
        # Alert when the count reaches the limit, not on every flag after it.
        reason = AlertReason.REPEATED
    return NudgeDecision(
        nudge=not cooldown,
        delivery=settings.delivery,
        alert=reason is not None and settings.alert_channel_id is not None,
        alert_reason=reason,
        target_mentioned=target_mentioned,
        repeated=repeated,
        in_cooldown=cooldown,
        flags_in_window=flags,
        state=updated,
    )
