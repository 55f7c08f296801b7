"""One process per shard on a shared SQLite file, and never sharded and unsharded
processes on one file together."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.instance_lock import (
    AlreadyRunningError,
    SqliteFileLock,
    SqliteShardLock,
    shard_lock_path_for,
)


async def test_each_shard_runs_once_and_others_share_the_file(tmp_path: Path) -> None:
    db_path = tmp_path / "kindness.db"
    first = SqliteShardLock(db_path, (0, 1))
    await first.acquire()
    other = SqliteShardLock(db_path, (2,))
    await other.acquire()  # another shard: fine
    with pytest.raises(AlreadyRunningError) as refused:
        await SqliteShardLock(db_path, (1, 3)).acquire()
    assert refused.value.shard == 1 and refused.value.scope == str(db_path)
    assert refused.value.holder is not None  # this process's pid, written by `first`
    assert shard_lock_path_for(db_path, 1).name == "kindness.db.shard-1.lock"
    third = SqliteShardLock(db_path, (3,))
    await third.acquire()  # the refused one let go of shard 3
    await third.release()
    await first.release()
    again = SqliteShardLock(db_path, (1,))
    await again.acquire()
    await again.release()
    await other.release()


async def test_sharded_and_unsharded_exclude_each_other(tmp_path: Path) -> None:
    db_path = tmp_path / "kindness.db"
    sharded = SqliteShardLock(db_path, (0,))
    await sharded.acquire()
    with pytest.raises(AlreadyRunningError) as refused:
        await SqliteFileLock(db_path).acquire()
    assert refused.value.shard is None
    await sharded.release()
    whole = SqliteFileLock(db_path)
    await whole.acquire()
    with pytest.raises(AlreadyRunningError):
        await SqliteShardLock(db_path, (0,)).acquire()
    await whole.release()
