"""Numbered SQL migrations, applied in order and tracked with `PRAGMA user_version`.

The pending `db/migrations/NNN_name.sql` files run in one write transaction, each
with its `user_version` bump, so a failing migration leaves the database exactly at
the version it had, and re-opening an up-to-date database does nothing (not even
take the write lock). The version is read again under that lock: several processes
(shards) opening one file together migrate it once. Migration files must not
contain their own BEGIN/COMMIT.

Before the first migration touches a file that already has a schema (user_version
above 0), a copy is written beside it as `<db>.before-<N>.bak`, N being the version
it is upgraded to (`db/backup.py`, the same online backup as `kindness-bot
backup`), under the write lock, so no other process changes it meanwhile. A
brand-new database gets no copy: there is nothing in it to keep. If the copy
cannot be written, nothing is migrated.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import aiosqlite

from db import errors
from db.backup import BackupTargetError, backup_database

logger = logging.getLogger(__name__)

_NAME_RE = re.compile(r"(\d{3})_[a-z0-9_]+\.sql")


class MigrationError(RuntimeError):
    """The migration files or the database's version are not usable."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: `version` is the NNN prefix, the version after it has run."""

    version: int
    name: str
    sql: str


def load_migrations(package: str = "db", folder: str = "migrations") -> list[Migration]:
    """Read the packaged migration files; versions must run 1, 2, 3... with no gap."""
    found: list[Migration] = []
    for entry in files(package).joinpath(folder).iterdir():
        match = _NAME_RE.fullmatch(entry.name)
        if match is None:
            continue
        found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        names = ", ".join(m.name for m in found)
        raise MigrationError(f"migrations must be numbered 001, 002, ... without gaps: {names}")
    return found


async def schema_version(conn: aiosqlite.Connection) -> int:
    """The version recorded in the database header (0 for a new file)."""
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row is not None else 0


def copy_path_for(database_path: Path, version: int) -> Path:
    """`data/kindness.db` about to become version 4 -> `data/kindness.db.before-4.bak`."""
    return database_path.with_name(f"{database_path.name}.before-{version}.bak")


async def keep_copy(conn: aiosqlite.Connection, version: int) -> Path | None:
    """Copy the file behind `conn` before it is upgraded to `version`; None in memory.

    A copy left by an earlier attempt at the same upgrade is replaced: the newest
    state before the upgrade is the one worth keeping.
    """
    async with conn.execute("PRAGMA database_list") as cur:
        rows = await cur.fetchall()
    file = next((str(r[2]) for r in rows if r[1] == "main"), "")
    if not file:  # an in-memory or temporary database
        return None
    source = Path(file)
    copy = copy_path_for(source, version)
    try:
        await asyncio.to_thread(backup_database, source, copy, replace=True)
    except BackupTargetError as exc:
        raise errors.path_problem(
            source,
            f"it was not upgraded to schema version {version}, because its copy could not "
            f"be written to {copy} first: {exc.detail}",
        ) from exc
    logger.info(
        "kept a copy of %s at %s before upgrading it to schema version %d", source, copy, version
    )
    return copy


def split_statements(sql: str) -> list[str]:
    """A migration file's statements one by one (sqlite3 decides where each ends), so
    they run inside a transaction opened beforehand (`executescript` would commit it)."""
    statements: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    tail = "\n".join(x for x in pending.splitlines() if not x.strip().startswith("--"))
    if tail.strip():
        statements.append(tail.strip())  # a last statement without its ';'
    return statements


async def apply_migrations(conn: aiosqlite.Connection, migrations: list[Migration]) -> int:
    """Bring the database up to the newest migration; returns the resulting version.

    `conn` must be in autocommit mode (isolation_level=None) so the explicit
    BEGIN/COMMIT below are the only transaction boundaries.
    """
    current = await schema_version(conn)
    newest = migrations[-1].version if migrations else 0
    _check_not_newer(current, newest)
    if current == newest:
        return current
    running: Migration | None = None
    try:
        await conn.execute("BEGIN IMMEDIATE")
        # Another process on the same file (a shard starting too) may have migrated it
        # while this one waited for the write lock: read again, under the lock.
        current = await schema_version(conn)
        _check_not_newer(current, newest)
        if 0 < current < newest:
            await keep_copy(conn, newest)  # nobody can migrate while this lock is held
        ran = [m for m in migrations if m.version > current]
        for running in ran:
            for statement in split_statements(running.sql):
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {running.version}")
        await conn.commit()
    except Exception:
        if conn.in_transaction:
            await conn.rollback()
        if running is not None:  # one line: the caller turns the error into a sentence
            logger.warning(
                "migration %s did not run; database left at version %d", running.name, current
            )
            logger.debug("migration %s failed", running.name, exc_info=True)
        raise
    for migration in ran:
        logger.info("applied migration %s (schema version %d)", migration.name, migration.version)
    return ran[-1].version if ran else current


def _check_not_newer(current: int, newest: int) -> None:
    if current > newest:
        raise MigrationError(
            f"database schema version {current} is newer than this bot knows ({newest}); "
            "upgrade kindness-bot instead of downgrading it"
        )
