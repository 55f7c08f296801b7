"""The in-memory batch of nudge deletions between flushes."""

from __future__ import annotations

from bot.core.moderation.nudge_deletions import NudgeDeletion, PendingNudgeDeletions


def _deletion(message_id: int, at: float = 100.0) -> NudgeDeletion:
    return NudgeDeletion(message_id=message_id, channel_id=2, guild_id=3, delete_at=at)


def test_drain_returns_scheduled_and_done_then_starts_again() -> None:
    pending = PendingNudgeDeletions()
    pending.schedule(_deletion(1))
    pending.schedule(_deletion(2))
    pending.done(7)  # stored by an earlier flush
    assert pending.pending() == 3
    assert pending.drain() == ([_deletion(1), _deletion(2)], [7])
    assert pending.drain() == ([], [])
    assert pending.pending() == 0


def test_a_deletion_finished_before_any_flush_is_never_written() -> None:
    pending = PendingNudgeDeletions()
    pending.schedule(_deletion(1))
    pending.done(1)
    assert pending.drain() == ([], [])


def test_requeue_after_a_failed_flush_keeps_everything() -> None:
    pending = PendingNudgeDeletions()
    pending.schedule(_deletion(1))
    pending.done(9)
    scheduled, done = pending.drain()
    pending.schedule(_deletion(2))
    pending.requeue(scheduled, done)
    assert pending.drain() == ([_deletion(2), _deletion(1)], [9])


def test_requeue_drops_a_deletion_that_finished_while_its_flush_failed() -> None:
    pending = PendingNudgeDeletions()
    pending.schedule(_deletion(1))
    scheduled, done = pending.drain()
    pending.done(1)  # the timer fired while the failing flush was in flight
    pending.requeue(scheduled, done)
    assert pending.drain() == ([], [])
