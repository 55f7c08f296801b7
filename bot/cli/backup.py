"""`kindness-bot backup --out FILE`: a consistent copy of the database, bot running or not.

It reads DATABASE_PATH the way `run` does (environment over `--env-file`) and
copies it with SQLite's online backup (`db/backup.py`): the source is only read,
the bot's instance lock is not taken, and FILE appears only once the copy has
passed SQLite's integrity check. Failures are one sentence on stderr with the
exit codes of the README's table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli.common import ExitCode, add_env_file_argument, config_from_args
from bot.config import ConfigError
from db import errors
from db.backup import BackupExistsError, BackupResult, backup_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kindness-bot backup`."""
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to write (must not exist)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database to back up (default: DATABASE_PATH from the environment or "
        "--env-file, else data/kindness.db)",
    )
    add_env_file_argument(parser)


_CODES: tuple[tuple[type[errors.DatabaseOpenError], ExitCode], ...] = (
    (BackupExistsError, ExitCode.CONFIG),
    (errors.DatabaseCorruptError, ExitCode.DATABASE_CORRUPT),
    (errors.DatabaseLockedError, ExitCode.DATABASE_LOCKED),
    (errors.DatabasePathError, ExitCode.DATABASE_PATH),
)


def main(args: argparse.Namespace) -> int:
    """Write the copy and say what it holds; 0 on success, else the README's exit code."""
    source: Path | None = args.db
    if source is None:
        try:
            config = config_from_args(args)
        except ConfigError as exc:
            print(f"kindness-bot: {exc}", file=sys.stderr)
            return ExitCode.CONFIG
        if config.database_url:
            print(
                f"kindness-bot: backup copies a SQLite file, and {config.database_label} is "
                "PostgreSQL; back it up with pg_dump (see the README, Moving to PostgreSQL).",
                file=sys.stderr,
            )
            return ExitCode.CONFIG
        source = config.database_path
    try:
        result = backup_database(source, args.out, replace=args.force)
    except errors.DatabaseOpenError as exc:
        print(f"kindness-bot: {exc}", file=sys.stderr)
        return next((c for kind, c in _CODES if isinstance(exc, kind)), ExitCode.ERROR)
    print(describe(source, result))
    return ExitCode.OK


def describe(source: Path, result: BackupResult) -> str:
    """The one line saying what was written."""
    tables = f"{result.tables} table{'' if result.tables == 1 else 's'}"
    return (
        f"backup of {source} written to {result.path}: {_size(result.size)}, {tables}, "
        f"schema version {result.schema_version}, "
        f"integrity ok ({result.seconds:.1f} s)"
    )


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
