"""Why a database cannot be used, in words an operator can act on, found before any write.

`Database.open` checks the path and the file *before* it switches on WAL or runs
a migration: a file that is not a SQLite database, or whose pages are damaged, is
reported and left byte-for-byte as it was (no `-wal`/`-shm` created beside it), so
the operator can still restore or inspect it. Each failure is its own exception
class, so the command line can give each one its own exit code.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100


class DatabaseOpenError(Exception):
    """The database cannot be opened; str() is one sentence saying what to fix."""


class DatabasePathError(DatabaseOpenError):
    """DATABASE_PATH points somewhere a database file cannot live or be written."""


class DatabaseCorruptError(DatabaseOpenError):
    """The file is not a SQLite database, or its pages are damaged."""


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds a lock on the file for longer than the bot waits."""


class DatabaseUnreachableError(DatabaseOpenError):
    """The PostgreSQL server at DATABASE_URL cannot be reached or refuses this login."""


def path_problem(path: Path, detail: str) -> DatabasePathError:
    return DatabasePathError(
        f"DATABASE_PATH={path} cannot be used ({detail}); point DATABASE_PATH at a file "
        "in a directory the bot can write to and start again."
    )


def corrupt(path: Path, detail: str) -> DatabaseCorruptError:
    return DatabaseCorruptError(
        f"DATABASE_PATH={path} is not a usable SQLite database ({detail}); it was left "
        "untouched: restore it from a backup, or move it aside to start with an empty one."
    )


def locked(path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        f"DATABASE_PATH={path} is locked by another program (a backup, a sqlite3 shell?); "
        "close it and start again."
    )


def unreachable(where: str, detail: str) -> DatabaseUnreachableError:
    """`where` is the redacted `DATABASE_URL=...` (never with its password)."""
    return DatabaseUnreachableError(
        f"{where} cannot be used ({detail}); check that PostgreSQL is running there and "
        "that the URL's host, port, user, password and database name are right, then "
        "start again."
    )


def error_kind(exc: BaseException) -> str:
    """A short, stable name for what went wrong (`SQLITE_BUSY`, `OSError`...), for logs."""
    name = getattr(exc, "sqlite_errorname", None)
    return str(name) if name else type(exc).__name__


def classify(path: Path, exc: sqlite3.Error) -> DatabaseOpenError:
    """Turn SQLite's error into the operator's sentence (by error code, not by message)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return locked(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return corrupt(path, str(exc))
    if name.startswith("SQLITE_FULL"):
        return path_problem(path, "the disk is full")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR")):
        return path_problem(path, str(exc))
    return path_problem(path, f"{name or type(exc).__name__}: {exc}")


def check_path(path: Path) -> None:
    """Create the directory if needed; refuse a path that cannot hold a database file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise path_problem(path, f"cannot create directory {path.parent}: {_reason(exc)}") from exc
    if path.is_dir():
        raise path_problem(path, "it is a directory")
    if path.exists() and not path.is_file():
        raise path_problem(path, "it is not a regular file")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise path_problem(path, f"directory {path.parent} is not writable")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise path_problem(path, "the file is not readable and writable by this user")


def check_file(path: Path, *, timeout: float) -> None:
    """Read-only health check of an existing file; raises `DatabaseOpenError` if it fails.

    The header is read with plain file I/O first, so a file that is not SQLite at all
    never reaches SQLite. Then `PRAGMA quick_check` runs on a read-only connection;
    with no `-wal` file beside the database it is opened `immutable`, so SQLite
    creates nothing next to a damaged file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(_HEADER_SIZE)
    except OSError as exc:
        raise path_problem(path, _reason(exc)) from exc
    if not header.startswith(SQLITE_HEADER):
        raise corrupt(path, "the file does not start with a SQLite header")
    if len(header) < _HEADER_SIZE:
        raise corrupt(path, "the file is shorter than a SQLite header")
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=timeout)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise classify(path, exc) from exc
    problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    if problems:
        raise corrupt(path, f"quick_check: {problems[0]}")


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
