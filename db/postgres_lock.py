"""One bot process per PostgreSQL lock key: a session advisory lock held for life.

The lock lives on a dedicated connection (not one of the pool's), opened when the
process starts and kept until it stops. PostgreSQL drops a session lock when its
session ends, so a killed process (SIGKILL, OOM, a lost host) frees it as soon as the
server notices the connection is gone: no stale lock to clean up by hand.

Keys are pairs `(LOCK_NAMESPACE, key)` in the two-integer form of the advisory lock
functions, so they never collide with another application's single-bigint keys on a
shared server. `key` is what the caller guards: `WHOLE_BOT_KEY` for an unsharded bot,
a shard id (0, 1, ...) for one shard's process.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Sequence
from typing import TYPE_CHECKING

import asyncpg

from db.instance_lock import AlreadyRunningError
from db.postgres_errors import CONNECT_ERRORS, open_error
from db.url import describe

if TYPE_CHECKING:
    from db.migrate_postgresql import PgConnection

logger = logging.getLogger(__name__)

LOCK_NAMESPACE = 0x4B42_4F54  # "KBOT": every kindness-bot advisory lock has this class id
WHOLE_BOT_KEY = -1
"""The key of a bot that runs every shard in one process (no sharding settings)."""
MIGRATIONS_KEY = -2
"""Taken per transaction while migrations run (`db/migrate_postgresql.py`)."""
CONNECT_TIMEOUT = 10.0
_APP_PREFIX = "kindness-bot pid "


class PostgresAdvisoryLock:
    """`pg_try_advisory_lock(LOCK_NAMESPACE, key)` on a connection of its own.

    `for_shards` makes the lock of a sharded process: an exclusive lock per shard and a
    shared one on `WHOLE_BOT_KEY`, which an unsharded process takes exclusively, so the
    two kinds never run on one database together (as `SqliteShardLock` on a file).
    """

    def __init__(self, url: str, key: int = WHOLE_BOT_KEY) -> None:
        _check_key(key)
        self._url = url
        self.key = key
        self._keys: tuple[tuple[int, bool], ...] = ((key, False),)
        self._conn: PgConnection | None = None

    @classmethod
    def for_shards(cls, url: str, shard_ids: Sequence[int]) -> PostgresAdvisoryLock:
        lock = cls(url)
        for shard_id in shard_ids:
            _check_key(shard_id)
        lock._keys = ((WHOLE_BOT_KEY, True), *((s, False) for s in shard_ids))
        return lock

    @property
    def scope(self) -> str:
        shards = [key for key, _ in self._keys if key != WHOLE_BOT_KEY]
        if shards:
            return f"{describe(self._url)} (shards {', '.join(map(str, shards))})"
        return self._scope_of(self.key)

    def _scope_of(self, key: int) -> str:
        if key == WHOLE_BOT_KEY:
            return f"{describe(self._url)} (the whole bot)"
        return describe(self._url)

    async def acquire(self) -> None:
        """Take the lock or raise `AlreadyRunningError` (a DatabaseOpenError if unreachable)."""
        if self._conn is not None:
            return
        name = f"{_APP_PREFIX}{os.getpid()} on {socket.gethostname()}"[:63]
        try:
            conn = await asyncpg.connect(
                self._url,
                timeout=CONNECT_TIMEOUT,
                server_settings={"application_name": name},
            )
        except CONNECT_ERRORS as exc:
            raise open_error(self._url, exc) from exc
        try:
            for key, shared in self._keys:
                take = "pg_try_advisory_lock_shared" if shared else "pg_try_advisory_lock"
                if not await conn.fetchval(f"SELECT {take}($1, $2)", LOCK_NAMESPACE, key):
                    raise AlreadyRunningError(
                        self._scope_of(key),
                        await _holder_pid(conn, key),
                        shard=None if key == WHOLE_BOT_KEY else key,
                    )
        except BaseException:
            await conn.close()  # ending the session drops what it took
            raise
        conn.add_termination_listener(self._lost)
        self._conn = conn
        logger.debug("instance lock %s taken", self.scope)

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        conn.remove_termination_listener(self._lost)
        try:
            await conn.close(timeout=5)  # ending the session drops the lock
        except (OSError, asyncpg.InterfaceError, TimeoutError):
            conn.terminate()

    def _lost(self, _conn: PgConnection) -> None:
        logger.error(
            "the connection holding the instance lock for %s closed; another process could "
            "start for it now",
            self.scope,
        )


def _check_key(key: int) -> None:
    if not -(2**31) <= key < 2**31:
        raise ValueError("an advisory lock key is a 32-bit integer")


async def _holder_pid(conn: PgConnection, key: int) -> int | None:
    """The holder's process id, from the application name its lock connection set."""
    name = await conn.fetchval(
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 "
        "AND l.objsubid = 2 LIMIT 1",
        LOCK_NAMESPACE & 0xFFFFFFFF,
        key & 0xFFFFFFFF,
    )
    if not isinstance(name, str) or not name.startswith(_APP_PREFIX):
        return None
    digits = name.removeprefix(_APP_PREFIX).split(" ", 1)[0]
    return int(digits) if digits.isdigit() else None
