"""Remembered 403s: held per channel and action until a change or the hold runs out."""

from __future__ import annotations

from bot.core.moderation.permission_memory import Action, Cause, PermissionMemory


def test_a_403_holds_that_action_in_that_channel_only() -> None:
    memory = PermissionMemory(hold=600)
    assert memory.remember(1, 10, Action.SEND, 0.0) is True
    assert memory.remember(1, 10, Action.SEND, 5.0) is False  # already held: not news
    assert memory.held(10, Action.SEND, 599.0) is not None
    assert memory.held(10, Action.REACT, 1.0) is None
    assert memory.held(11, Action.SEND, 1.0) is None
    assert memory.held(10, Action.SEND, 605.0) is None  # the hold ran out


def test_changes_release_holds() -> None:
    memory = PermissionMemory()
    memory.remember(1, 10, Action.SEND, 0.0)
    memory.remember(1, 10, Action.REACT, 0.0)
    memory.remember(1, 11, Action.SEND, 0.0)
    memory.remember(2, 20, Action.SEND, 0.0)
    assert memory.forget_channel(10) == 2
    assert [h.channel_id for h in memory.in_guild(1, 1.0)] == [11]
    assert memory.forget_guild(1) == 1
    assert [h.channel_id for h in memory.in_guild(2, 1.0)] == [20]


def test_rate_limit_holds_for_retry_after_and_memory_is_bounded() -> None:
    memory = PermissionMemory(max_remembered=2)
    memory.remember(1, 10, Action.SEND, 0.0, cause=Cause.RATE_LIMITED, seconds=60)
    hold = memory.held(10, Action.SEND, 59.0)
    assert hold is not None and hold.cause is Cause.RATE_LIMITED
    assert memory.held(10, Action.SEND, 60.0) is None
    for channel in (1, 2, 3):
        memory.remember(1, channel, Action.SEND, 0.0)
    assert len(memory) == 2 and memory.held(1, Action.SEND, 1.0) is None
