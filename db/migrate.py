"""Numbered SQL migrations, applied in order and tracked with `PRAGMA user_version`.

Each `db/migrations/NNN_name.sql` runs in its own transaction together with the
`user_version` bump, so a failing migration leaves the database exactly at the
previous version, and re-opening an up-to-date database does nothing. Migration
files must not contain their own BEGIN/COMMIT.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib.resources import files

import aiosqlite

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


async def apply_migrations(conn: aiosqlite.Connection, migrations: list[Migration]) -> int:
    """Bring the database up to the newest migration; returns the resulting version.

    `conn` must be in autocommit mode (isolation_level=None) so the explicit
    BEGIN/COMMIT below are the only transaction boundaries.
    """
    current = await schema_version(conn)
    newest = migrations[-1].version if migrations else 0
    if current > newest:
        raise MigrationError(
            f"database schema version {current} is newer than this bot knows ({newest}); "
            "upgrade kindness-bot instead of downgrading it"
        )
    for migration in migrations:
        if migration.version <= current:
            continue
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n;\n"
            f"PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
        try:
            await conn.executescript(script)
        except Exception:
            if conn.in_transaction:
                await conn.rollback()
            # one line: the caller turns the error into the operator's sentence
            logger.warning(
                "migration %s did not run; database left at version %d", migration.name, current
            )
            logger.debug("migration %s failed", migration.name, exc_info=True)
            raise
        current = migration.version
        logger.info("applied migration %s (schema version %d)", migration.name, current)
    return current
