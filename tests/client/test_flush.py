"""KindnessBot.flush: counts, member state and nudge deletions in one write, kept on failure."""

from __future__ import annotations

import datetime as dt

from bot.client import KindnessBot
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.shards import UNSHARDED

STATE = UserState(1, 2, last_flag_at=5.0, last_nudge_at=5.0, recent_flags=(5.0,), expires_at=9e9)
NUDGE = NudgeDeletion(message_id=30, channel_id=20, guild_id=1, delete_at=123.0)


async def _stats(bot: KindnessBot) -> dict[str, int]:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return await bot.db.stats_totals(1, today, today)


async def test_a_failed_flush_keeps_everything_for_the_next_one(bot: KindnessBot) -> None:
    bot.stats.add(1, 20, "seen", 4)
    bot.put_user_state(STATE)
    bot.nudge_deletions.schedule(NUDGE)
    # A real SQLite failure inside the write: the stats insert aborts the transaction.
    await bot.db._conn.execute(
        "CREATE TEMP TRIGGER fail_stats BEFORE INSERT ON daily_stats "
        "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
    )
    assert await bot.flush() == 0
    assert await _stats(bot) == {}
    assert await bot.db.get_user_state(1, 2) is None
    assert await bot.db.owned_nudge_deletions(UNSHARDED) == []

    await bot.db._conn.execute("DROP TRIGGER fail_stats")
    bot.stats.add(1, 20, "seen", 1)  # counted while the database was failing
    assert await bot.flush() == 1
    assert await _stats(bot) == {"seen": 5}
    assert await bot.db.get_user_state(1, 2) == STATE
    assert await bot.db.owned_nudge_deletions(UNSHARDED) == [NUDGE]


async def test_a_finished_nudge_deletion_is_removed_by_the_next_flush(bot: KindnessBot) -> None:
    bot.nudge_deletions.schedule(NUDGE)
    await bot.flush(user_states=False)
    assert await bot.db.owned_nudge_deletions(UNSHARDED) == [NUDGE]
    bot.nudge_deletions.done(NUDGE.message_id)
    await bot.flush(user_states=False)
    assert await bot.db.owned_nudge_deletions(UNSHARDED) == []
