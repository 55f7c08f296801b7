"""What every `kindness-bot` subcommand shares: exit codes and the settings file option.

One set of exit codes means a script or a systemd unit can tell "fix your
settings" from "Discord refused" the same way whatever subcommand it ran.
"""

from __future__ import annotations

import argparse
from enum import IntEnum

from bot.config import AppConfig


class ExitCode(IntEnum):
    """Process exit codes of the command line."""

    OK = 0
    ERROR = 1
    CONFIG = 2  # a setting or an argument is missing or malformed
    INTENTS = 3  # the Message Content intent is off in the Developer Portal
    LOGIN = 4  # Discord rejected the token


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
