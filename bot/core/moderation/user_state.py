"""The little the bot remembers about one member: timestamps for cooldowns and repeats.

Deliberately minimal (no text, no channel, no message ids) and self-expiring:
every helper pushes `expires_at` just far enough to answer the questions the bot
asks (is this author in cooldown, flagged repeatedly, flagged again within a week
of a nudge), after which the daily prune deletes the row.
"""

from __future__ import annotations

from dataclasses import dataclass

REPEAT_OUTCOME_SECONDS = 7 * 24 * 3600
"""How long after a nudge a new flag counts as `repeated` (the stats metric)."""
MAX_RECENT_FLAGS = 50
"""Cap on stored flag timestamps; repeat alerts need a handful, never more."""


@dataclass(frozen=True, slots=True)
class UserState:
    """Per (guild, member) timestamps in Unix seconds; `expires_at` marks it prunable."""

    guild_id: int
    user_id: int
    last_flag_at: float | None = None
    last_nudge_at: float | None = None
    recent_flags: tuple[float, ...] = ()
    expires_at: float = 0.0


def new_user_state(guild_id: int, user_id: int) -> UserState:
    """A member the bot knows nothing about yet (what `get_user_state` None means)."""
    return UserState(guild_id=guild_id, user_id=user_id)


def is_blank(state: UserState) -> bool:
    """True for a state that knows nothing (equal to `new_user_state` of its ids).

    Field tests instead of building a blank state to compare with: this runs on
    every hostile message.
    """
    return (
        state.last_flag_at is None
        and state.last_nudge_at is None
        and not state.recent_flags
        and state.expires_at == 0.0
    )


def record_flag(state: UserState, now: float, window: float) -> UserState:
    """Note a flagged message; keeps only flags within `window` seconds (repeat detection)."""
    if window <= 0:
        raise ValueError("window must be positive")
    cutoff = now - window
    flags = state.recent_flags
    # Usually every kept flag is still in the window: one C-level min() instead of a
    # generator over up to MAX_RECENT_FLAGS timestamps on every hostile message.
    if flags and min(flags) > cutoff:
        kept = (*flags, now)
    else:
        kept = (*(t for t in flags if t > cutoff), now)
    # The constructor, not dataclasses.replace: replace walks the fields in Python.
    return UserState(
        state.guild_id,
        state.user_id,
        last_flag_at=now,
        last_nudge_at=state.last_nudge_at,
        recent_flags=kept[-MAX_RECENT_FLAGS:],
        expires_at=max(state.expires_at, now + window),
    )


def record_nudge(state: UserState, now: float, keep: float = REPEAT_OUTCOME_SECONDS) -> UserState:
    """Note a nudge sent; remembered `keep` seconds so cooldown and `repeated` work."""
    return UserState(
        state.guild_id,
        state.user_id,
        last_flag_at=state.last_flag_at,
        last_nudge_at=now,
        recent_flags=state.recent_flags,
        expires_at=max(state.expires_at, now + keep),
    )


def in_cooldown(state: UserState | None, now: float, cooldown: float) -> bool:
    """True while the member was nudged less than `cooldown` seconds ago."""
    if state is None or state.last_nudge_at is None:
        return False
    return now - state.last_nudge_at < cooldown


def flags_in_window(state: UserState | None, now: float, window: float) -> int:
    """How many flags fall in the last `window` seconds (for the repeated-hostility alert)."""
    if state is None:
        return 0
    flags = state.recent_flags
    if not flags:
        return 0
    cutoff = now - window
    if min(flags) > cutoff and max(flags) <= now:  # the usual case: all of them, in C
        return len(flags)
    return sum(1 for t in flags if cutoff < t <= now)


def is_repeat_after_nudge(
    state: UserState | None, now: float, within: float = REPEAT_OUTCOME_SECONDS
) -> bool:
    """True when a flag now follows a nudge sent within `within` seconds (`repeated`)."""
    if state is None or state.last_nudge_at is None:
        return False
    return 0 <= now - state.last_nudge_at <= within


def is_expired(state: UserState, now: float) -> bool:
    """True once nothing in the state can matter any more; prune deletes such rows."""
    return state.expires_at <= now
