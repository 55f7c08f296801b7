"""The contract, part 2: member state and forgetting, the one-transaction flush, nudge
deletions and "Not what I meant" feedback, on both backends."""

from __future__ import annotations

import pytest

from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.shards import UNSHARDED
from bot.core.stats.counters import StatRow
from db.database import Database

DAY = "2026-11-20"


def _deletion(message_id: int, at: float, guild_id: int = 1) -> NudgeDeletion:
    return NudgeDeletion(message_id=message_id, channel_id=20, guild_id=guild_id, delete_at=at)


async def test_user_state_round_trip_and_upsert(store: Database) -> None:
    assert await store.get_user_state(1, 7) is None
    state = UserState(1, 7, last_flag_at=5.5, recent_flags=(1.0, 2.5), expires_at=99.0)
    await store.save_user_states([state])
    assert await store.get_user_state(1, 7) == state
    await store.save_user_states([UserState(1, 7, last_flag_at=6.0, expires_at=100.0)])
    await store.save_user_states([])
    assert await store.get_user_state(1, 7) == UserState(1, 7, last_flag_at=6.0, expires_at=100.0)


async def test_the_last_state_of_a_member_in_one_batch_wins(store: Database) -> None:
    await store.save_user_states(
        [
            UserState(1, 9, expires_at=1.0),
            UserState(1, 8, expires_at=5.0),
            UserState(1, 9, expires_at=2.0),
        ]
    )
    assert (await store.get_user_state(1, 9)) == UserState(1, 9, expires_at=2.0)


async def test_forget_user_erases_only_that_member_in_that_server(store: Database) -> None:
    await store.save_user_states(
        [
            UserState(1, 7, expires_at=1e12),
            UserState(2, 7, expires_at=1e12),
            UserState(1, 8, expires_at=1e12),
        ]
    )
    assert await store.forget_user(1, 7) == 1
    assert await store.forget_user(1, 7) == 0
    assert await store.get_user_state(1, 7) is None
    assert await store.get_user_state(2, 7) is not None
    assert await store.get_user_state(1, 8) is not None


async def test_flush_writes_every_part_in_one_go(store: Database) -> None:
    await store.flush(
        [StatRow(1, DAY, 10, "seen", 2)],
        [UserState(1, 7, last_flag_at=1.0, expires_at=1e12)],
        nudges_scheduled=[_deletion(100, 50.0), _deletion(101, 40.0)],
    )
    await store.flush([StatRow(1, DAY, 10, "seen", 1)], [], nudges_done=[101])
    await store.flush([], [])  # nothing to do is not an error
    assert await store.stats_totals(1, DAY, DAY) == {"seen": 3}
    assert await store.get_user_state(1, 7) is not None
    assert await store.owned_nudge_deletions(UNSHARDED) == [_deletion(100, 50.0)]


async def test_a_failing_flush_writes_nothing_at_all(store: Database) -> None:
    """The last part fails (an id no 64-bit column holds): the parts before it roll back."""
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own class
        await store.flush(
            [StatRow(1, DAY, 10, "seen", 2)],
            [UserState(1, 7, expires_at=1e12)],
            nudges_scheduled=[_deletion(100, 50.0, guild_id=2**64)],
        )
    assert await store.stats_totals(1, DAY, DAY) == {}
    assert await store.get_user_state(1, 7) is None
    assert await store.owned_nudge_deletions(UNSHARDED) == []


async def test_nudge_deletions_soonest_first_due_and_limited(store: Database) -> None:
    await store.flush(
        [], [], nudges_scheduled=[_deletion(3, 30.0), _deletion(1, 10.0), _deletion(2, 20.0)]
    )
    await store.flush([], [], nudges_scheduled=[_deletion(3, 5.0)])  # rescheduled: replaced
    assert [d.message_id for d in await store.owned_nudge_deletions(UNSHARDED)] == [3, 1, 2]
    assert [d.message_id for d in await store.owned_nudge_deletions(UNSHARDED, due_before=15)] == [
        3,
        1,
    ]
    assert [d.message_id for d in await store.owned_nudge_deletions(UNSHARDED, limit=1)] == [3]
    assert await store.prune_owned_nudge_deletions(UNSHARDED, before=12.5) == 2
    assert await store.owned_nudge_deletions(UNSHARDED) == [_deletion(2, 20.0)]


async def test_feedback_terms_count_rank_and_remove(store: Database) -> None:
    await store.add_feedback_terms(1, ["idiot", "dumb"])
    await store.add_feedback_terms(1, ["idiot"])
    await store.add_feedback_terms(2, ["dumb"])
    await store.add_feedback_terms(1, [])
    assert await store.top_feedback_terms(1) == [("idiot", 2), ("dumb", 1)]
    assert await store.top_feedback_terms(1, limit=1) == [("idiot", 2)]
    assert await store.remove_feedback_term(1, "idiot")
    assert not await store.remove_feedback_term(1, "idiot")
    assert await store.top_feedback_terms(1) == [("dumb", 1)]
    assert await store.top_feedback_terms(2) == [("dumb", 1)]


@pytest.mark.parametrize("term", ["", "x" * 101])
async def test_feedback_terms_out_of_bounds_are_refused(store: Database, term: str) -> None:
    with pytest.raises(ValueError, match="feedback terms"):
        await store.add_feedback_terms(1, ["fine", term])
    assert await store.top_feedback_terms(1) == []
