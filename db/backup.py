"""A consistent copy of the database while the bot keeps writing: SQLite's online backup.

The source is opened read-only (`mode=ro`) and never written; the bot's instance
lock (`<db>.lock`) is not taken, so a backup runs beside a running bot. A read
transaction held for the whole copy pins one snapshot: in WAL mode the bot's
writes go on (readers never block the writer), and the copy is exactly the
database as it was when the backup began, never restarted by a write. Pages are
copied a batch at a time with a short pause between batches, so the disk is not
monopolised.

The copy goes to a temporary file next to the destination, is switched to a
self-contained single file (`journal_mode=DELETE`), passes `PRAGMA integrity_check`
and is synced to disk before it is renamed into place: the destination either does
not change or is a whole, checked copy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from db import errors

logger = logging.getLogger(__name__)

PAGES_PER_STEP = 256
"""1 MB per step with 4 KB pages."""
PAUSE_SECONDS = 0.002
"""Between steps: gives the disk to the bot; a 100 MB database pauses about 0.2 s in all."""
BUSY_TIMEOUT_SECONDS = 5.0


class BackupExistsError(errors.DatabaseOpenError):
    """The destination exists and replacing it was not asked for."""


class BackupTargetError(errors.DatabasePathError):
    """The destination cannot be written; `detail` says why (full disk, no directory...)."""

    def __init__(self, destination: Path, detail: str) -> None:
        super().__init__(
            f"cannot write the backup to {destination} ({detail}); choose a file in a "
            "directory this user can write to."
        )
        self.detail = detail


@dataclass(frozen=True, slots=True)
class BackupResult:
    """What was written: the file, its size and what it holds."""

    path: Path
    size: int
    tables: int
    schema_version: int
    seconds: float


def backup_database(
    source: Path,
    destination: Path,
    *,
    replace: bool = False,
    pages_per_step: int = PAGES_PER_STEP,
    pause_seconds: float = PAUSE_SECONDS,
) -> BackupResult:
    """Copy `source` to `destination` online; raise a `DatabaseOpenError` saying what to fix.

    `DatabasePathError` for a missing source or a destination that cannot be
    written, `DatabaseCorruptError` for a damaged source (left untouched),
    `DatabaseLockedError` when another program locks it too long,
    `BackupExistsError` when `destination` exists and `replace` is false.
    """
    started = time.monotonic()
    _check_source(source)
    _check_destination(source, destination, replace=replace)
    errors.check_file(source, timeout=BUSY_TIMEOUT_SECONDS)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    try:
        _copy(source, temp, destination, pages=pages_per_step, pause=pause_seconds)
        tables, version = _check_copy(source, temp)
        _sync(temp)
        _move_into_place(temp, destination, replace=replace)
    finally:
        _remove(temp)
    size = destination.stat().st_size
    seconds = time.monotonic() - started
    logger.debug("backup of %s written to %s in %.2f s", source, destination, seconds)
    return BackupResult(destination, size, tables, version, seconds)


def _check_source(source: Path) -> None:
    if not source.exists():
        raise errors.path_problem(source, "there is no database file there to back up")
    if source.is_dir():
        raise errors.path_problem(source, "it is a directory")
    if source.stat().st_size == 0:
        raise errors.path_problem(source, "the file is empty: there is nothing to back up yet")


def _check_destination(source: Path, destination: Path, *, replace: bool) -> None:
    if destination.exists() and source.exists() and destination.samefile(source):
        raise BackupExistsError(
            f"{destination} is the database itself; give the backup another file name."
        )
    if destination.is_dir():
        raise _destination_problem(destination, "it is a directory; add a file name")
    if destination.exists() and not replace:
        raise BackupExistsError(
            f"{destination} already exists; choose another file name, or pass --force "
            "to replace it."
        )
    folder = destination.parent
    if not folder.is_dir():
        raise _destination_problem(destination, f"the directory {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _destination_problem(destination, f"the directory {folder} is not writable")


def _destination_problem(destination: Path, detail: str) -> BackupTargetError:
    return BackupTargetError(destination, detail)


def _copy(source: Path, temp: Path, destination: Path, *, pages: int, pause: float) -> None:
    """The online backup, from one pinned snapshot of `source` into `temp`."""
    uri = f"{source.resolve().as_uri()}?mode=ro"
    try:
        src = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise errors.classify(source, exc) from exc
    with contextlib.closing(src):
        try:
            # BEGIN is deferred; the first read starts the snapshot every step then reuses.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise errors.classify(source, exc) from exc
        try:
            dst = sqlite3.connect(temp, isolation_level=None)
        except sqlite3.Error as exc:
            raise _destination_problem(destination, str(exc)) from exc
        with contextlib.closing(dst):

            def between_steps(status: int, remaining: int, total: int) -> None:
                if remaining:
                    time.sleep(pause)

            try:
                src.backup(dst, pages=pages, progress=between_steps)
                dst.execute("PRAGMA journal_mode = DELETE").fetchone()
            except sqlite3.Error as exc:
                raise _backup_failure(source, destination, exc) from exc
        src.execute("COMMIT")


def _backup_failure(
    source: Path, destination: Path, exc: sqlite3.Error
) -> errors.DatabaseOpenError:
    """A failed step: the source's fault (damaged, locked) or the destination's (disk full)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")):
        detail = "the disk is full" if name.startswith("SQLITE_FULL") else str(exc)
        return _destination_problem(destination, detail)
    return errors.classify(source, exc)


def _check_copy(source: Path, temp: Path) -> tuple[int, int]:
    """`PRAGMA integrity_check` on the copy; (tables, schema version) when it is sound."""
    try:
        with contextlib.closing(sqlite3.connect(temp)) as conn:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise errors.corrupt(source, f"the copy cannot be read: {exc}") from exc
    if problems != ["ok"]:
        raise errors.corrupt(source, f"integrity_check of the copy: {problems[0]}")
    return int(tables), int(version)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _move_into_place(temp: Path, destination: Path, *, replace: bool) -> None:
    """Atomic rename; without `replace`, a hard link that fails if someone got there first."""
    try:
        if replace:
            temp.replace(destination)
        else:
            try:
                os.link(temp, destination)
            except FileExistsError:
                raise BackupExistsError(
                    f"{destination} appeared while the backup ran; it was left alone, "
                    "choose another file name."
                ) from None
            except OSError:  # a file system without hard links: rename, checked just before
                if destination.exists():
                    raise BackupExistsError(
                        f"{destination} already exists; choose another file name, "
                        "or pass --force to replace it."
                    ) from None
                temp.replace(destination)
    except OSError as exc:
        raise _destination_problem(destination, exc.strerror or type(exc).__name__) from exc
    with contextlib.suppress(OSError):  # make the rename itself durable
        fd = os.open(destination.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(temp: Path) -> None:
    for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
