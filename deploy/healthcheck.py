"""Health check for a running kindness-bot (the Docker image's HEALTHCHECK).

Healthy (exit 0) when both hold:

- a live process holds the instance lock on `<DATABASE_PATH>.lock`. `kindness-bot
  run` takes that lock after it has checked and migrated the database and keeps it
  until it exits, so this says the bot got through start-up and is still there.
  The lock is looked up in /proc/locks, never taken: a check can never make a
  starting bot exit with code 8 ("already running").
- the database opens read-only and answers a query, so the volume is mounted
  and the file is a readable SQLite database.

It does not prove the Discord connection: discord.py reconnects by itself, and
the log says when it cannot. Otherwise exit 1 with one line saying what is wrong.
Standard library only, Linux (/proc); it imports nothing from the bot.

    DATABASE_PATH=/data/kindness.db python3 deploy/healthcheck.py
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")


def lock_holder(lock: Path) -> int | None:
    """The pid that holds an exclusive flock on `lock`, from /proc/locks; None if nobody.

    The bot writes its pid into the lock file; the lock must be an FLOCK on that
    file's inode held by that pid, so a pid left behind by a crash does not count.
    """
    try:
        written = int(lock.read_text().strip())
        inode = lock.stat().st_ino
    except (OSError, ValueError):
        return None
    for line in PROC_LOCKS.read_text().splitlines():
        # "1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234 0 EOF"; blocked waiters have "->"
        fields = line.split()
        if len(fields) < 6 or fields[1] != "FLOCK" or fields[3] != "WRITE":
            continue
        pid, where = fields[4], fields[5]
        if pid == str(written) and where.rsplit(":", 1)[-1] == str(inode):
            return written
    return None


def schema_version(database: Path) -> int:
    """`PRAGMA user_version` of the database opened read-only; raises sqlite3.Error."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        return version


def check(database: Path) -> tuple[bool, str]:
    """(healthy, one line saying why)."""
    lock = database.with_name(database.name + ".lock")
    pid = lock_holder(lock)
    if pid is None:
        return False, f"unhealthy: no kindness-bot holds {lock} (not started yet, or stopped)"
    if not database.is_file():
        return False, f"unhealthy: {database} does not exist (is the volume mounted?)"
    try:
        version = schema_version(database)
    except sqlite3.Error as exc:
        return False, f"unhealthy: {database} does not open read-only: {exc}"
    return True, f"healthy: kindness-bot (pid {pid}) is running on {database}, schema {version}"


def main() -> int:
    database = Path(os.environ.get("DATABASE_PATH") or "data/kindness.db").expanduser()
    healthy, message = check(database)
    print(message)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
