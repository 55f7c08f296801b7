"""`kindness-bot migrate`: apply pending schema migrations now, or copy every table from one
database to another (`--from sqlite:///data/kindness.db --to postgresql://...`).

Without `--from/--to` it opens the configured database (DATABASE_URL, else
DATABASE_PATH), which applies what is pending, and says what it did. With them it
copies and verifies (`db/transfer.py`). The copy holds both databases' instance locks,
so it refuses to run while a bot runs on either side: a bot still counting into the
source would lose what it counts after the copy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from bot.cli.common import ExitCode, add_env_file_argument, config_from_args, database_exit_code
from bot.config import ConfigError
from db import errors
from db.database import Database
from db.instance_lock import AlreadyRunningError, InstanceLock, SqliteFileLock
from db.migrate import MigrationError, load_migrations
from db.migrate_postgresql import load_postgres_migrations
from db.postgres_lock import PostgresAdvisoryLock
from db.transfer import TransferError, TransferReport, copy_database
from db.url import DatabaseUrlError, check_postgres, describe, is_postgres, sqlite_file


class _RefusedError(Exception):
    """One sentence and an exit code."""

    def __init__(self, code: ExitCode, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kindness-bot migrate`."""
    parser.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="copy from this database (sqlite:///path, a path, or postgresql://...; "
        "default with --to: the configured one)",
    )
    parser.add_argument(
        "--to", dest="target", metavar="URL", help="copy into this database (must be empty)"
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="with --to: delete what the target holds before copying",
    )
    add_env_file_argument(parser)


def main(args: argparse.Namespace) -> int:
    """0 when migrated (or copied and verified), else the README's exit code."""
    try:
        if args.target is None:
            if args.source is not None or args.replace:
                raise _RefusedError(ExitCode.CONFIG, "--from and --replace go with --to")
            return asyncio.run(_apply(_configured(args)))
        source = _target(args.source) if args.source else _configured(args)
        return asyncio.run(_copy(source, _target(args.target), replace=args.replace))
    except _RefusedError as exc:
        print(f"kindness-bot: {exc}", file=sys.stderr)
        return exc.code


def _configured(args: argparse.Namespace) -> str | Path:
    try:
        return config_from_args(args).database
    except ConfigError as exc:
        raise _RefusedError(ExitCode.CONFIG, str(exc)) from None


def _target(raw: str) -> str | Path:
    try:
        return check_postgres(raw) if is_postgres(raw) else Path(sqlite_file(raw))
    except DatabaseUrlError as exc:
        raise _RefusedError(ExitCode.CONFIG, str(exc)) from None


async def _apply(target: str | Path) -> int:
    async with _opened(target) as db:
        names = _migration_names(target, db.migrated_from, db.schema_version)
    if not names:
        print(f"{describe(target)} is at schema version {db.schema_version}; nothing to apply.")
    else:
        print(
            f"{describe(target)}: applied {', '.join(names)} (schema version "
            f"{db.migrated_from} -> {db.schema_version})."
        )
    return ExitCode.OK


def _migration_names(target: str | Path, before: int, after: int) -> list[str]:
    migrations = load_postgres_migrations() if is_postgres(target) else load_migrations()
    return [m.name for m in migrations if before < m.version <= after]


async def _copy(source: str | Path, target: str | Path, *, replace: bool) -> int:
    if str(source) == str(target):
        raise _RefusedError(ExitCode.CONFIG, "--from and --to name the same database")
    async with _locked(source), _locked(target), _opened(source) as src, _opened(target) as dst:
        print(f"Copying {describe(source)} -> {describe(target)} "
              f"(schema version {src.schema_version})")  # fmt: skip
        try:
            report = await copy_database(src, dst, replace=replace)
        except TransferError as exc:
            raise _RefusedError(ExitCode.ERROR, f"nothing was copied: {exc}.") from exc
    print(describe_report(report))
    return ExitCode.OK if report.equal else ExitCode.ERROR


def describe_report(report: TransferReport) -> str:
    """A line per table, then the verdict."""
    width = max(len(t.name) for t in report.tables)
    lines = [
        f"  {t.name:<{width}}  {t.target_rows:>10,} rows  "
        + ("equal" if t.equal else f"DIFFERENT (source {t.source_rows:,} rows)")
        + f"  checksum {t.target_checksum[:12]}"
        for t in report.tables
    ]
    verdict = (
        "every table is equal"
        if report.equal
        else "the copy does NOT match the source; do not switch to it"
    )
    lines.append(
        f"Copied {report.rows:,} rows in {report.copy_seconds:.1f} s, verified in "
        f"{report.verify_seconds:.1f} s: {verdict}."
    )
    return "\n".join(lines)


@contextlib.asynccontextmanager
async def _locked(target: str | Path) -> AsyncIterator[None]:
    """The lock a running bot holds on this database, so none runs while we copy."""
    lock: InstanceLock = (
        PostgresAdvisoryLock(str(target)) if is_postgres(target) else SqliteFileLock(Path(target))
    )
    try:
        if isinstance(target, Path):
            errors.check_path(target)
        await lock.acquire()
    except AlreadyRunningError as exc:
        raise _RefusedError(
            ExitCode.ALREADY_RUNNING,
            f"a kindness-bot is running on {describe(target)}; stop it first, so nothing it "
            "counts after the copy is lost",
        ) from exc
    except errors.DatabaseOpenError as exc:
        raise _RefusedError(database_exit_code(exc), str(exc)) from exc
    try:
        yield
    finally:
        await lock.release()


@contextlib.asynccontextmanager
async def _opened(target: str | Path) -> AsyncIterator[Database]:
    try:
        db = await Database.open(target)
    except errors.DatabaseOpenError as exc:
        raise _RefusedError(database_exit_code(exc), str(exc)) from exc
    except MigrationError as exc:
        raise _RefusedError(ExitCode.DATABASE_TOO_NEW, f"{describe(target)}: {exc}.") from exc
    try:
        yield db
    finally:
        await db.close()
