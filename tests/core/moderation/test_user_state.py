"""Per-member state helpers: cooldown, repeat detection, and self-expiry."""

from __future__ import annotations

import random

import pytest

from bot.core.moderation.user_state import (
    MAX_RECENT_FLAGS,
    REPEAT_OUTCOME_SECONDS,
    UserState,
    flags_in_window,
    in_cooldown,
    is_blank,
    is_expired,
    is_repeat_after_nudge,
    new_user_state,
    record_flag,
    record_nudge,
)


def test_new_state_knows_nothing() -> None:
    state = new_user_state(1, 2)
    assert (state.guild_id, state.user_id) == (1, 2)
    assert state.last_flag_at is None and state.last_nudge_at is None
    assert state.recent_flags == ()
    assert not in_cooldown(state, 100.0, 300)
    assert not is_repeat_after_nudge(state, 100.0)
    assert flags_in_window(state, 100.0, 60) == 0


def test_record_flag_trims_to_window_and_extends_expiry() -> None:
    state = new_user_state(1, 2)
    for t in (0.0, 50.0, 100.0):
        state = record_flag(state, t, window=60)
    assert state.recent_flags == (50.0, 100.0)
    assert state.last_flag_at == 100.0
    assert state.expires_at == 160.0
    assert flags_in_window(state, 100.0, 60) == 2
    assert flags_in_window(state, 150.0, 60) == 1
    assert flags_in_window(None, 150.0, 60) == 0


def test_record_flag_never_shortens_expiry_set_by_a_nudge() -> None:
    state = record_nudge(new_user_state(1, 2), 0.0)
    state = record_flag(state, 10.0, window=60)
    assert state.expires_at == REPEAT_OUTCOME_SECONDS


def test_recent_flags_are_capped() -> None:
    state = new_user_state(1, 2)
    for t in range(MAX_RECENT_FLAGS + 20):
        state = record_flag(state, float(t), window=10_000)
    assert len(state.recent_flags) == MAX_RECENT_FLAGS
    assert state.recent_flags[-1] == float(MAX_RECENT_FLAGS + 19)


def test_record_flag_rejects_non_positive_window() -> None:
    with pytest.raises(ValueError):
        record_flag(new_user_state(1, 2), 0.0, window=0)


def test_cooldown_boundaries() -> None:
    state = record_nudge(new_user_state(1, 2), 1000.0)
    assert in_cooldown(state, 1000.0, 300)
    assert in_cooldown(state, 1299.9, 300)
    assert not in_cooldown(state, 1300.0, 300)
    assert not in_cooldown(None, 1000.0, 300)


def test_repeat_after_nudge_within_a_week() -> None:
    state = record_nudge(new_user_state(1, 2), 0.0)
    assert is_repeat_after_nudge(state, 3600.0)
    assert is_repeat_after_nudge(state, REPEAT_OUTCOME_SECONDS)
    assert not is_repeat_after_nudge(state, REPEAT_OUTCOME_SECONDS + 1)
    assert not is_repeat_after_nudge(None, 10.0)


def test_expiry() -> None:
    state = record_nudge(new_user_state(1, 2), 0.0, keep=100)
    assert state.expires_at == 100
    assert not is_expired(state, 99.0)
    assert is_expired(state, 100.0)
    assert is_expired(new_user_state(1, 2), 0.0)


def test_helpers_do_not_mutate() -> None:
    state = new_user_state(1, 2)
    record_flag(state, 5.0, window=60)
    record_nudge(state, 5.0)
    assert state == new_user_state(1, 2)


def test_is_blank_means_equal_to_a_new_state() -> None:
    blank = new_user_state(1, 2)
    assert is_blank(blank)
    assert not is_blank(record_flag(blank, 5.0, window=60))
    assert not is_blank(record_nudge(blank, 5.0))
    assert not is_blank(UserState(1, 2, expires_at=9.0))


def test_record_nudge_keeps_the_flags() -> None:
    state = record_flag(new_user_state(1, 2), 5.0, window=60)
    nudged = record_nudge(state, 6.0, keep=100)
    assert nudged == UserState(1, 2, 5.0, 6.0, (5.0,), 106.0)


def _reference_record_flag(state: UserState, now: float, window: float) -> UserState:
    """The plain definition the fast paths must agree with."""
    kept = (*(t for t in state.recent_flags if t > now - window), now)
    return UserState(
        state.guild_id,
        state.user_id,
        now,
        state.last_nudge_at,
        kept[-MAX_RECENT_FLAGS:],
        max(state.expires_at, now + window),
    )


def test_fast_paths_agree_with_the_definition_even_when_the_clock_jumps() -> None:
    """Flags normally arrive in order; a clock stepped back or forward must not matter."""
    rng = random.Random(3)
    for _ in range(300):
        window = rng.choice([5.0, 60.0, 3600.0])
        flags = tuple(rng.uniform(0, 200) for _ in range(rng.randrange(0, MAX_RECENT_FLAGS + 1)))
        if rng.random() < 0.5:
            flags = tuple(sorted(flags))
        state = UserState(1, 2, recent_flags=flags, expires_at=rng.uniform(0, 300))
        now = rng.uniform(0, 250)
        assert record_flag(state, now, window) == _reference_record_flag(state, now, window)
        expected = sum(1 for t in flags if now - window < t <= now)
        assert flags_in_window(state, now, window) == expected
