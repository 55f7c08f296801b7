"""The PostgreSQL instance lock: one holder per key, freed when its process dies."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from db.instance_lock import AlreadyRunningError, InstanceLock
from db.postgres_lock import WHOLE_BOT_KEY, PostgresAdvisoryLock
from tests.fakediscord.launch import REPO_ROOT

HOLD = """
import asyncio, sys
from db.postgres_lock import PostgresAdvisoryLock
async def main():
    await PostgresAdvisoryLock(sys.argv[1], int(sys.argv[2])).acquire()
    print("locked", flush=True)
    await asyncio.sleep(600)
asyncio.run(main())
"""


async def test_a_second_holder_is_refused_with_the_first_ones_pid(pg_url: str) -> None:
    first: InstanceLock = PostgresAdvisoryLock(pg_url)
    await first.acquire()
    await first.acquire()  # again by the holder: nothing happens
    second = PostgresAdvisoryLock(pg_url, WHOLE_BOT_KEY)
    try:
        with pytest.raises(AlreadyRunningError) as caught:
            await second.acquire()
        assert caught.value.holder == os.getpid()
        assert caught.value.scope.endswith("(the whole bot)")
        await first.release()
        await first.release()  # twice is harmless
        await second.acquire()
    finally:
        await second.release()
        await first.release()


async def test_keys_are_independent_so_each_shard_has_its_own(pg_url: str) -> None:
    shards = [PostgresAdvisoryLock(pg_url, key) for key in (0, 1, WHOLE_BOT_KEY)]
    try:
        for lock in shards:
            await lock.acquire()
        with pytest.raises(AlreadyRunningError) as caught:
            await PostgresAdvisoryLock(pg_url, 1).acquire()
        assert caught.value.shard == 1
    finally:
        for lock in shards:
            await lock.release()
    with pytest.raises(ValueError, match="32-bit"):
        PostgresAdvisoryLock(pg_url, 2**31)


async def test_shards_exclude_each_other_per_shard_and_an_unsharded_process_whole(
    pg_url: str,
) -> None:
    first = PostgresAdvisoryLock.for_shards(pg_url, [0, 1])
    await first.acquire()
    try:
        assert first.scope.endswith("(shards 0, 1)")
        with pytest.raises(AlreadyRunningError) as caught:
            await PostgresAdvisoryLock.for_shards(pg_url, [2, 1]).acquire()
        assert caught.value.shard == 1 and caught.value.holder == os.getpid()
        other = PostgresAdvisoryLock.for_shards(pg_url, [2])  # another shard: fine
        await other.acquire()
        await other.release()
        with pytest.raises(AlreadyRunningError) as caught:
            await PostgresAdvisoryLock(pg_url).acquire()  # unsharded, while shards run
        assert caught.value.shard is None and caught.value.scope.endswith("(the whole bot)")
    finally:
        await first.release()
    whole = PostgresAdvisoryLock(pg_url)
    await whole.acquire()
    try:
        with pytest.raises(AlreadyRunningError) as caught:
            await PostgresAdvisoryLock.for_shards(pg_url, [0]).acquire()
        assert caught.value.shard is None
    finally:
        await whole.release()


async def test_a_killed_holder_frees_the_lock(pg_url: str) -> None:
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLD, pg_url, "3", cwd=REPO_ROOT, stdout=asyncio.subprocess.PIPE
    )
    assert holder.stdout is not None
    assert await asyncio.wait_for(holder.stdout.readline(), 30) == b"locked\n"
    mine = PostgresAdvisoryLock(pg_url, 3)
    with pytest.raises(AlreadyRunningError) as caught:
        await mine.acquire()
    assert caught.value.holder == holder.pid
    holder.kill()  # SIGKILL: no clean-up runs in the holder
    await holder.wait()
    for _ in range(100):  # the server notices the closed socket almost at once
        try:
            await mine.acquire()
            break
        except AlreadyRunningError:
            await asyncio.sleep(0.1)
    try:
        with pytest.raises(AlreadyRunningError):
            await PostgresAdvisoryLock(pg_url, 3).acquire()
    finally:
        await mine.release()
