"""The instance lock: refused while a live process holds it, free once that process dies.

The holder is a real child process, killed with SIGKILL: the operating system, not
any clean-up code, must be what frees the lock.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import pytest

from db.instance_lock import AlreadyRunningError, SqliteFileLock, lock_path_for

HOLDER = """
import asyncio, sys
from pathlib import Path
from db.instance_lock import SqliteFileLock

async def main() -> None:
    await SqliteFileLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""
REPO = Path(__file__).resolve().parents[2]


async def test_second_holder_is_refused_until_the_first_is_killed(tmp_path: Path) -> None:
    db_path = tmp_path / "kindness.db"
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, str(db_path), cwd=REPO, stdout=asyncio.subprocess.PIPE
    )
    try:
        assert child.stdout is not None
        assert await asyncio.wait_for(child.stdout.readline(), 30) == b"locked\n"
        with pytest.raises(AlreadyRunningError) as refused:
            await SqliteFileLock(db_path).acquire()
        assert refused.value.holder == child.pid
        assert refused.value.scope == str(db_path)
    finally:
        child.send_signal(signal.SIGKILL)
        await child.wait()
    lock = SqliteFileLock(db_path)
    await lock.acquire()  # nothing to clean up after the crash
    await lock.release()
    assert lock_path_for(db_path).exists()


async def test_release_lets_the_next_process_in(tmp_path: Path) -> None:
    db_path = tmp_path / "kindness.db"
    first = SqliteFileLock(db_path)
    await first.acquire()
    second = SqliteFileLock(db_path)
    with pytest.raises(AlreadyRunningError):
        await second.acquire()
    await first.release()
    await second.acquire()
    await second.release()
    assert not db_path.exists()  # the lock sits beside the database, not in it
