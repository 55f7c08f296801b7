"""Process-wide settings from the environment and `.env`, validated once at start-up.

Per-server settings live in the database (`GuildSettings`); this module holds only
what the operator running the process decides. Values in the real environment win
over `.env`, so a container or systemd unit can override the file.
"""

from __future__ import annotations

import dataclasses
import difflib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from bot.core.shards import UNSHARDED, ShardError, ShardPlan, shard_plan
from db.url import DatabaseUrlError, check_postgres, describe, is_postgres, sqlite_path

DEFAULT_DATABASE_PATH = Path("data") / "kindness.db"
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
TOKEN_HELP = (
    "No Discord bot token found. Set DISCORD_TOKEN in the environment or in a .env "
    "file next to where you run the bot (copy .env.example to .env).\n"
    "To get a token: open https://discord.com/developers/applications, create or pick "
    "your application, go to Bot, press 'Reset Token' and copy it. While there, switch on "
    "'Message Content Intent' under Privileged Gateway Intents."
)


# Every setting this process reads; a KINDNESS_* name not here is a typo worth a warning.
KNOWN_SETTINGS = (
    "DISCORD_TOKEN",
    "DATABASE_PATH",
    "DATABASE_URL",
    "LOG_LEVEL",
    "KINDNESS_HOME",
    "KINDNESS_APPLICATION_ID",
    "KINDNESS_FLUSH_SECONDS",
    "KINDNESS_DEV_GUILD_ID",
    "KINDNESS_STATS_RETENTION_WEEKS",
    "KINDNESS_USER_STATE_RETENTION_DAYS",
    "KINDNESS_SHUTDOWN_GRACE_SECONDS",
    "KINDNESS_DB_ERROR_LOG_SECONDS",
    "KINDNESS_SHARD_COUNT",
    "KINDNESS_SHARD_IDS",
    "KINDNESS_SCORER_BUILD",  # read from the environment by bot/core/scoring/__init__.py
)
# Read by the test suite only, never by the bot: not a typo.
_TEST_SETTINGS = ("KINDNESS_TEST_",)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Operator settings for one bot process."""

    discord_token: str | None = None
    database_path: Path = DEFAULT_DATABASE_PATH
    database_url: str = ""
    """A PostgreSQL URL; empty means SQLite at `database_path`."""
    log_level: str = "INFO"
    flush_seconds: float = 1.0
    dev_guild_id: int | None = None
    application_id: int | None = None
    stats_retention_weeks: int = 52
    user_state_retention_days: int = 30
    shutdown_grace_seconds: float = 8.0
    """How long SIGTERM/SIGINT wait for a weekly summary that is being posted."""
    db_error_log_seconds: float = 600.0
    """A database failure of one kind is logged once per this many seconds, with a count."""
    shards: ShardPlan = UNSHARDED
    """The shards this process connects (KINDNESS_SHARD_COUNT/IDS); unsharded by default."""
    notices: tuple[str, ...] = ()
    """Warnings about the settings themselves (a misspelt name), logged once at start."""

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        dotenv_path: str | Path | None = ".env",
    ) -> AppConfig:
        """Read `.env` (if present) under the real environment and validate every value.

        A relative `DATABASE_PATH` (or `sqlite:///` path) is read from the folder of the
        `.env` file, or from `KINDNESS_HOME` when set (which also holds the `.env` then), never from
        wherever the process happened to start: a service manager starts it elsewhere.
        """
        environment = os.environ if environ is None else environ
        home = environment.get("KINDNESS_HOME", "").strip()
        base = Path(home).expanduser() if home else None
        values: dict[str, str] = {}
        if dotenv_path is not None:
            env_file = Path(dotenv_path).expanduser()
            if base is not None and not env_file.is_absolute():
                env_file = base / env_file
            if env_file.is_file():
                values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
                base = base or env_file.resolve().parent
        values.update(environment)
        config = cls.from_mapping(values)
        if base is not None and not config.database_path.is_absolute():
            config = dataclasses.replace(config, database_path=base / config.database_path)
        return config

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> AppConfig:
        """Validate an already merged mapping of setting names to strings."""

        def get(name: str) -> str | None:
            raw = values.get(name)
            if raw is None or not raw.strip():
                return None
            return raw.strip()

        token = get("DISCORD_TOKEN")
        database_path, database_url = _database(get("DATABASE_URL"), get("DATABASE_PATH"))
        log_level = (get("LOG_LEVEL") or "INFO").upper()
        if log_level not in LOG_LEVELS:
            raise ConfigError(
                f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}"
            )
        flush = _number("KINDNESS_FLUSH_SECONDS", get("KINDNESS_FLUSH_SECONDS"), 1.0)
        if not 0.05 <= flush <= 60:
            raise ConfigError("KINDNESS_FLUSH_SECONDS must be between 0.05 and 60 seconds")
        weeks = _whole("KINDNESS_STATS_RETENTION_WEEKS", get("KINDNESS_STATS_RETENTION_WEEKS"), 52)
        days = _whole(
            "KINDNESS_USER_STATE_RETENTION_DAYS", get("KINDNESS_USER_STATE_RETENTION_DAYS"), 30
        )
        if weeks < 1 or days < 1:
            raise ConfigError("retention settings must be at least 1")
        grace = _number(
            "KINDNESS_SHUTDOWN_GRACE_SECONDS", get("KINDNESS_SHUTDOWN_GRACE_SECONDS"), 8.0
        )
        if not 0 <= grace <= 300:
            raise ConfigError("KINDNESS_SHUTDOWN_GRACE_SECONDS must be between 0 and 300 seconds")
        error_log = _number(
            "KINDNESS_DB_ERROR_LOG_SECONDS", get("KINDNESS_DB_ERROR_LOG_SECONDS"), 600.0
        )
        if not 1 <= error_log <= 86_400:
            raise ConfigError("KINDNESS_DB_ERROR_LOG_SECONDS must be between 1 and 86400 seconds")
        try:
            shards = shard_plan(get("KINDNESS_SHARD_COUNT"), get("KINDNESS_SHARD_IDS"))
        except ShardError as exc:
            raise ConfigError(str(exc)) from None
        return cls(
            notices=unknown_settings(values),
            shards=shards,
            discord_token=token,
            database_path=database_path,
            database_url=database_url,
            log_level=log_level,
            flush_seconds=flush,
            dev_guild_id=_snowflake("KINDNESS_DEV_GUILD_ID", get("KINDNESS_DEV_GUILD_ID")),
            application_id=_snowflake("KINDNESS_APPLICATION_ID", get("KINDNESS_APPLICATION_ID")),
            stats_retention_weeks=weeks,
            user_state_retention_days=days,
            shutdown_grace_seconds=grace,
            db_error_log_seconds=error_log,
        )

    def require_token(self) -> str:
        """The token, or a ConfigError that explains how to get one."""
        if not self.discord_token:
            raise ConfigError(TOKEN_HELP)
        return self.discord_token

    @property
    def database(self) -> str | Path:
        """What `Database.open` takes: the PostgreSQL URL, else the SQLite file."""
        return self.database_url or self.database_path

    @property
    def database_label(self) -> str:
        """`DATABASE_URL=postgresql://user:***@host/db` or `DATABASE_PATH=...`, for messages."""
        return describe(self.database)

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]


def unknown_settings(values: Mapping[str, str]) -> tuple[str, ...]:
    """One warning per KINDNESS_* name the bot does not read, with the nearest known one.

    A misspelt setting (KINDNESS_FLUSH_SECOND) would otherwise be ignored silently.
    """
    notices = []
    for name in sorted(values):
        if not name.startswith("KINDNESS_") or name in KNOWN_SETTINGS:
            continue
        if name.startswith(_TEST_SETTINGS):
            continue
        # Compared without the shared prefix, which would make every name look close.
        tails = {known.removeprefix("KINDNESS_"): known for known in KNOWN_SETTINGS}
        near = difflib.get_close_matches(name.removeprefix("KINDNESS_"), tails, n=1, cutoff=0.6)
        hint = (
            f"; did you mean {tails[near[0]]}?" if near else "; see .env.example for the settings"
        )
        notices.append(f"unknown setting {name} is ignored{hint}")
    return tuple(notices)


def _database(url: str | None, path: str | None) -> tuple[Path, str]:
    """(SQLite file, PostgreSQL URL or ""): `DATABASE_URL` wins over `DATABASE_PATH`."""
    default = Path(path or DEFAULT_DATABASE_PATH).expanduser()
    if url is None:
        return default, ""
    try:
        if is_postgres(url):
            return default, check_postgres(url)
        if url.lower().startswith("sqlite:"):
            return sqlite_path(url), ""
    except DatabaseUrlError as exc:
        raise ConfigError(str(exc)) from None
    raise ConfigError(
        "DATABASE_URL must be empty (SQLite at DATABASE_PATH), sqlite:///path/to/file.db or "
        "postgresql://user:password@host:5432/database"
    )


def _number(name: str, raw: str | None, default: float) -> float:
    if raw is None:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from None


def _whole(name: str, raw: str | None, default: int) -> int:
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _snowflake(name: str, raw: str | None) -> int | None:
    """Discord IDs are positive integers; copy them with Developer Mode → Copy ID."""
    if raw is None:
        return None
    if not raw.isdigit() or int(raw) == 0:
        raise ConfigError(
            f"{name} must be a Discord ID (digits only; right-click → Copy ID with "
            f"Developer Mode on), not {raw!r}"
        )
    return int(raw)
