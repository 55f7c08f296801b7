"""Per-member state (cooldowns, repeats) kept in memory between flushes and lookups.

The watcher reads a member's state on every flagged message and writes it back on
every nudge: reads come from a bounded LRU before the database, writes wait here as
"dirty" until the bot's next flush stores them in its one write transaction.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from bot.core.moderation.user_state import UserState, is_blank, new_user_state

if TYPE_CHECKING:
    from db.database import Database

USER_STATE_CACHE_SIZE = 10_000
"""Per-user states kept in memory between flushes and lookups; older ones are re-read."""
MAX_PENDING_USER_STATES = 50_000
"""Dirty states that may wait in memory while the database fails (see `requeue`)."""

Key = tuple[int, int]
"""(guild id, user id)."""


class UserStateCache:
    """An LRU of members' states, the dirty ones waiting for a flush, shared reads."""

    def __init__(
        self,
        db: Callable[[], Database],
        *,
        size: int = USER_STATE_CACHE_SIZE,
        max_pending: int = MAX_PENDING_USER_STATES,
    ) -> None:
        self._db = db  # the database opens in setup_hook, after this is built
        self._size = size
        self._max_pending = max_pending
        self._states: OrderedDict[Key, UserState] = OrderedDict()
        self._dirty: dict[Key, UserState] = {}
        self._loading: dict[Key, asyncio.Future[UserState]] = {}

    async def get(self, guild_id: int, user_id: int) -> UserState | None:
        """Memory first, then the database; None when nothing is known about the member.

        Concurrent lookups of one member share a single database read: in a flood,
        every message of that member would otherwise queue its own read behind the
        others and the reads would never catch up. A member the database does not
        know is remembered as a blank state, so they are not read again either.
        """
        key = (guild_id, user_id)
        state = self._states.get(key)
        if state is not None:
            self._states.move_to_end(key)
            return None if is_blank(state) else state
        loading = self._loading.get(key)
        if loading is None:
            loading = asyncio.ensure_future(self._load(key))
            self._loading[key] = loading
            loading.add_done_callback(lambda _: self._loading.pop(key, None))
        loaded = await asyncio.shield(loading)
        state = self._states.get(key) or loaded  # the cache may be fresher by now
        return None if is_blank(state) else state

    async def _load(self, key: Key) -> UserState:
        state = await self._db().get_user_state(*key) or new_user_state(*key)
        fresher = self._states.get(key)  # put by a message handled while we waited
        if fresher is not None:
            return fresher
        self._remember(key, state)
        return state

    def put(self, state: UserState) -> None:
        """Keep the new state in memory; the next flush writes it."""
        key = (state.guild_id, state.user_id)
        self._remember(key, state)
        self._dirty[key] = state

    def forget(self, guild_id: int, user_id: int) -> None:
        """Drop a member's cached state (after the database erased it)."""
        self._states.pop((guild_id, user_id), None)
        self._dirty.pop((guild_id, user_id), None)

    def take_dirty(self) -> list[UserState]:
        """The states waiting to be written; they are no longer waiting."""
        states = list(self._dirty.values())
        self._dirty.clear()
        return states

    def requeue(self, states: Iterable[UserState]) -> int:
        """Put states of a failed write back, within bounds; returns how many were dropped.

        A state put since the failed write is newer and stays; the oldest waiting ones
        are dropped first when an outage outgrows the bound.
        """
        for state in states:
            self._dirty.setdefault((state.guild_id, state.user_id), state)
        excess = len(self._dirty) - self._max_pending
        for key in list(self._dirty)[: max(0, excess)]:
            del self._dirty[key]
        return max(0, excess)

    def _remember(self, key: Key, state: UserState) -> None:
        self._states[key] = state
        self._states.move_to_end(key)
        while len(self._states) > self._size:
            self._states.popitem(last=False)
