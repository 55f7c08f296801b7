"""The bot's per-user state cache: shared loads, dirty states flushed.

The scorer cache is tested in tests/discord/test_scorer_cache.py.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.client import KindnessBot
from bot.core.moderation.user_state import UserState


async def test_concurrent_lookups_share_one_read_and_blank_members_are_not_reread(
    bot: KindnessBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = 0
    real_read = bot.db.get_user_state

    async def counting_read(guild_id: int, user_id: int) -> UserState | None:
        nonlocal reads
        reads += 1
        return await real_read(guild_id, user_id)

    monkeypatch.setattr(bot.db, "get_user_state", counting_read)
    results = await asyncio.gather(*(bot.get_user_state(1, 2) for _ in range(50)))
    assert results == [None] * 50
    assert await bot.get_user_state(1, 2) is None
    assert reads == 1
    await bot.db.close()


async def test_put_states_are_seen_at_once_and_written_by_flush(bot: KindnessBot) -> None:
    state = UserState(
        1, 2, last_flag_at=5.0, last_nudge_at=5.0, recent_flags=(5.0,), expires_at=9e9
    )
    bot.put_user_state(state)
    assert await bot.get_user_state(1, 2) == state
    await bot.flush(user_states=False)
    assert await bot.db.get_user_state(1, 2) is None
    await bot.flush()
    assert await bot.db.get_user_state(1, 2) == state
    bot.forget_cached_user(1, 2)
    assert await bot.get_user_state(1, 2) == state  # read back from the database
    await bot.db.close()
