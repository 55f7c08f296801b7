"""The in-memory outcome tracker: revised/deleted once each, within the window only."""

from __future__ import annotations

import pytest

from bot.core.moderation.outcomes import Outcome, OutcomeTracker


def tracker_with(message_id: int = 1, now: float = 0.0, window: float = 60.0) -> OutcomeTracker:
    tracker = OutcomeTracker()
    tracker.track(message_id, guild_id=10, channel_id=20, now=now, window=window)
    return tracker


def test_edit_counts_revised_once() -> None:
    tracker = tracker_with()
    event = tracker.edited(1, 5.0)
    assert event is not None
    assert (event.outcome, event.guild_id, event.channel_id) == (Outcome.REVISED, 10, 20)
    assert event.seconds_after_nudge == 5.0
    assert tracker.edited(1, 6.0) is None


def test_delete_counts_once_even_after_an_edit() -> None:
    tracker = tracker_with()
    assert tracker.edited(1, 1.0) is not None
    event = tracker.deleted(1, 2.0)
    assert event is not None and event.outcome is Outcome.DELETED
    assert tracker.deleted(1, 3.0) is None
    assert len(tracker) == 0


def test_nothing_after_the_window_or_for_unknown_messages() -> None:
    tracker = tracker_with(window=60.0)
    assert tracker.edited(2, 1.0) is None
    assert tracker.edited(1, 61.0) is None
    assert tracker.deleted(1, 62.0) is None


def test_expired_entries_are_dropped_when_tracking_more() -> None:
    tracker = tracker_with(message_id=1, now=0.0, window=10.0)
    tracker.track(2, guild_id=1, channel_id=1, now=100.0, window=10.0)
    assert len(tracker) == 1


def test_capacity_bounds_memory_dropping_the_oldest() -> None:
    tracker = OutcomeTracker(capacity=3)
    for i in range(5):
        tracker.track(i, guild_id=1, channel_id=1, now=0.0, window=100.0)
    assert len(tracker) == 3
    assert tracker.deleted(0, 1.0) is None
    assert tracker.deleted(4, 1.0) is not None


def test_zero_window_tracks_nothing_and_bad_capacity_is_refused() -> None:
    tracker = OutcomeTracker()
    tracker.track(1, guild_id=1, channel_id=1, now=0.0, window=0)
    assert len(tracker) == 0
    with pytest.raises(ValueError, match="capacity"):
        OutcomeTracker(capacity=0)
