"""One bot process per store: a lock the operating system drops when its holder dies.

Two processes on one SQLite file would count every message twice and nudge twice,
so `kindness-bot run` takes an `InstanceLock` before it connects to Discord. The
SQLite implementation is an advisory `flock` on `<database>.lock` beside the file:
the kernel releases it when the process exits, however it exits (SIGKILL, OOM, a
power cut), so a crash never leaves a stale lock to clean up by hand. A PostgreSQL
backend implements the same protocol with a session advisory lock per shard
(`pg_try_advisory_lock`), which the server drops when the session ends: there the
scope is "this shard", not "this file".

With shards on SQLite (several processes on one WAL file), `SqliteShardLock` takes
one `flock` per shard on `<database>.shard-N.lock`, plus a shared lock on
`<database>.lock`, so an unsharded process (which takes that one exclusively) and
sharded ones never run on the same file together.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

logger = logging.getLogger(__name__)


class AlreadyRunningError(Exception):
    """Another live process holds the lock; `holder` is its pid when it wrote one."""

    def __init__(self, scope: str, holder: int | None, *, shard: int | None = None) -> None:
        super().__init__(scope)
        self.scope = scope
        self.holder = holder
        self.shard = shard
        """The shard already running, when the lock is one shard's."""


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


def shard_lock_path_for(database_path: Path, shard_id: int) -> Path:
    """`data/kindness.db`, shard 2 -> `data/kindness.db.shard-2.lock`."""
    return database_path.with_name(f"{database_path.name}.shard-{shard_id}.lock")


class SqliteShardLock:
    """One process per shard on a shared SQLite file: an exclusive `flock` per shard file
    and a shared one on the whole-bot lock file (which an unsharded process holds alone)."""

    def __init__(self, database_path: Path, shard_ids: Sequence[int]) -> None:
        self._database_path = database_path
        self._shard_ids = tuple(shard_ids)
        self._fds: list[int] = []

    @property
    def scope(self) -> str:
        return str(self._database_path)

    async def acquire(self) -> None:
        if self._fds:
            return
        try:
            whole = self._open_lock(lock_path_for(self._database_path))
            if not _try_lock(whole, shared=True):
                raise AlreadyRunningError(self.scope, _read_pid(whole))
            for shard_id in self._shard_ids:
                fd = self._open_lock(shard_lock_path_for(self._database_path, shard_id))
                if not _try_lock(fd):
                    raise AlreadyRunningError(self.scope, _read_pid(fd), shard=shard_id)
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
        except BaseException:
            await self.release()
            raise
        logger.debug("shard locks of %s taken for shards %s", self.scope, self._shard_ids)

    async def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd in reversed(fds):
            os.close(fd)  # closing the descriptor drops the flock; the pid stays, harmless

    def _open_lock(self, path: Path) -> int:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        self._fds.append(fd)
        return fd


def _try_lock(fd: int, *, shared: bool = False) -> bool:
    """A non-blocking lock on the whole file (exclusive unless `shared`); False when
    someone holds it. Windows' `msvcrt` has no shared lock: there a shared lock is not
    taken at all (True), so only the shard files keep shards apart."""
    if sys.platform == "win32":
        if shared:
            return True
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode().strip())
    return None
