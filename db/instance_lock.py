"""One bot process per store: a lock the operating system drops when its holder dies.

Two processes on one SQLite file would count every message twice and nudge twice,
so `kindness-bot run` takes an `InstanceLock` before it connects to Discord. The
SQLite implementation is an advisory `flock` on `<database>.lock` beside the file:
the kernel releases it when the process exits, however it exits (SIGKILL, OOM, a
power cut), so a crash never leaves a stale lock to clean up by hand. A PostgreSQL
backend implements the same protocol with a session advisory lock per shard
(`pg_try_advisory_lock`), which the server drops when the session ends: there the
scope is "this shard", not "this file".
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

logger = logging.getLogger(__name__)


class AlreadyRunningError(Exception):
    """Another live process holds the lock; `holder` is its pid when it wrote one."""

    def __init__(self, scope: str, holder: int | None) -> None:
        super().__init__(scope)
        self.scope = scope
        self.holder = holder


class InstanceLock(Protocol):
    """Held for the life of one bot process; at most one holder per scope at a time."""

    @property
    def scope(self) -> str:
        """What the lock guards, for messages (a database path, later a shard)."""
        ...

    async def acquire(self) -> None:
        """Take the lock now or raise `AlreadyRunningError`; never waits for the holder."""
        ...

    async def release(self) -> None:
        """Give the lock up (also happens by itself when the process dies)."""
        ...


def lock_path_for(database_path: Path) -> Path:
    """`data/kindness.db` -> `data/kindness.db.lock` (beside it, so it moves with it)."""
    return database_path.with_name(database_path.name + ".lock")


class SqliteFileLock:
    """`flock` on `<database>.lock`; the lock file itself is left in place on release.

    Deleting the file on the way out would race with a starting process that has
    already opened it (it would lock an unlinked inode), so the file stays and only
    the lock comes and goes. Its content is the holder's pid, for the message.
    """

    def __init__(self, database_path: Path) -> None:
        self._database_path = database_path
        self.path = lock_path_for(database_path)
        self._fd: int | None = None

    @property
    def scope(self) -> str:
        return str(self._database_path)

    async def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                raise AlreadyRunningError(self.scope, _read_pid(fd))
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        logger.debug("instance lock %s taken", self.path)

    async def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock


def _try_lock(fd: int) -> bool:
    """An exclusive, non-blocking lock on the whole file; False when someone holds it."""
    if sys.platform == "win32":
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode().strip())
    return None
