"""What every `kindness-bot` subcommand shares: exit codes and the settings file option.

One set of exit codes means a script or a systemd unit can tell "fix your
settings" from "Discord refused" the same way whatever subcommand it ran.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from enum import IntEnum
from typing import Any

from bot.config import AppConfig, ConfigError
from bot.logging_setup import setup_logging
from db import errors

logger = logging.getLogger(__name__)


class ExitCode(IntEnum):
    """Process exit codes of the command line."""

    OK = 0
    ERROR = 1
    CONFIG = 2  # a setting or an argument is missing or malformed
    INTENTS = 3  # the Message Content intent is off in the Developer Portal
    LOGIN = 4  # Discord rejected the token
    DATABASE_PATH = 5  # DATABASE_PATH is a directory, under a file, not writable, disk full
    DATABASE_CORRUPT = 6  # the file is not a SQLite database or is damaged (left untouched)
    DATABASE_LOCKED = 7  # another program holds a lock on the database file
    ALREADY_RUNNING = 8  # another kindness-bot process is running on this database
    DISCORD_UNREACHABLE = 9  # no connection to Discord (network down, firewall, proxy)
    DNS = 10  # Discord's host name could not be resolved
    DATABASE_TOO_NEW = 11  # the database was written by a newer kindness-bot
    DATABASE_UNREACHABLE = 12  # the PostgreSQL server at DATABASE_URL is down or refuses us


_DATABASE_CODES: tuple[tuple[type[errors.DatabaseOpenError], ExitCode], ...] = (
    (errors.DatabaseCorruptError, ExitCode.DATABASE_CORRUPT),
    (errors.DatabaseLockedError, ExitCode.DATABASE_LOCKED),
    (errors.DatabasePathError, ExitCode.DATABASE_PATH),
    (errors.DatabaseUnreachableError, ExitCode.DATABASE_UNREACHABLE),
)


def database_exit_code(exc: errors.DatabaseOpenError) -> ExitCode:
    """The exit code for a database that cannot be opened (the README's table)."""
    return next((c for kind, c in _DATABASE_CODES if isinstance(exc, kind)), ExitCode.DATABASE_PATH)


def add_env_file_argument(parser: argparse.ArgumentParser) -> None:
    """`--env-file`, for subcommands that read settings."""
    parser.add_argument(
        "--env-file",
        default=".env",
        help="settings file to read under the environment (default: ./.env)",
    )


def config_from_args(args: argparse.Namespace) -> AppConfig:
    """Settings from the environment over `--env-file`; raises ConfigError with advice."""
    return AppConfig.from_env(dotenv_path=args.env_file)


def run_with_token(
    args: argparse.Namespace, run: Callable[[AppConfig, str], Coroutine[Any, Any, int]]
) -> int:
    """Validate settings and the token, set up logging, then run `run` to its exit code.

    A settings mistake is one readable line and exit code 2, never a traceback.
    """
    try:
        config = config_from_args(args)
        token = config.require_token()
    except ConfigError as exc:
        print(f"kindness-bot: {exc}", file=sys.stderr)
        return ExitCode.CONFIG
    setup_logging(config.log_level)
    for notice in config.notices:
        logger.warning("%s", notice)
    return asyncio.run(run(config, token))
