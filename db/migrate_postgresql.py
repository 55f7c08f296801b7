"""PostgreSQL's numbered migrations (`db/migrations_postgresql/`), applied under a lock.

The numbers match SQLite's (`db/migrations/`): the same version means the same tables
and columns, each written in its own dialect. Applied versions are rows of
`kindness_schema_migrations`. Each migration runs in its own transaction that first
takes a transaction-level advisory lock, so processes starting together queue up,
and each reads the version again after the wait: a migration runs once, and a
failing one leaves the schema at the version before it (PostgreSQL's DDL is
transactional).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeAlias

import asyncpg

from db.migrate import Migration, MigrationError, load_migrations
from db.postgres_lock import LOCK_NAMESPACE, MIGRATIONS_KEY

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    PgConnection: TypeAlias = asyncpg.Connection[Any] | PoolConnectionProxy[Any]

logger = logging.getLogger(__name__)

FOLDER = "migrations_postgresql"
VERSION_TABLE = "kindness_schema_migrations"
_CREATE_VERSION_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
)


def load_postgres_migrations() -> list[Migration]:
    return load_migrations("db", FOLDER)


async def postgres_schema_version(conn: PgConnection) -> int:
    """The newest applied version (0 for an empty database)."""
    exists = await conn.fetchval("SELECT to_regclass($1) IS NOT NULL", VERSION_TABLE)
    if not exists:
        return 0
    return int(await conn.fetchval(f"SELECT coalesce(max(version), 0) FROM {VERSION_TABLE}"))


async def apply_postgres_migrations(conn: PgConnection, migrations: list[Migration]) -> int:
    """Bring the database up to the newest migration; returns the resulting version."""
    newest = migrations[-1].version if migrations else 0
    async with conn.transaction():
        current = await _locked_version(conn, newest)
    for migration in migrations:
        if migration.version <= current:
            continue
        async with conn.transaction():
            current = await _locked_version(conn, newest)
            if migration.version <= current:  # another process applied it while we waited
                continue
            try:
                await conn.execute(migration.sql)
            except Exception:
                logger.warning(
                    "migration %s did not run; database left at version %d",
                    migration.name,
                    current,
                )
                raise
            await conn.execute(
                f"INSERT INTO {VERSION_TABLE} (version, name) VALUES ($1, $2)",
                migration.version,
                migration.name,
            )
            current = migration.version
            logger.info("applied migration %s (schema version %d)", migration.name, current)
    return current


async def _locked_version(conn: PgConnection, newest: int) -> int:
    """Inside a transaction: wait for the migration lock, then read the version."""
    await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", LOCK_NAMESPACE, MIGRATIONS_KEY)
    await conn.execute(_CREATE_VERSION_TABLE)
    current = await postgres_schema_version(conn)
    if current > newest:
        raise MigrationError(
            f"database schema version {current} is newer than this bot knows ({newest}); "
            "upgrade kindness-bot instead of downgrading it"
        )
    return current
