"""Operator settings: defaults, .env under the environment, clear errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import DEFAULT_DATABASE_PATH, AppConfig, ConfigError
from bot.logging_setup import setup_logging


def test_defaults_work_with_only_a_token() -> None:
    config = AppConfig.from_mapping({"DISCORD_TOKEN": " abc "})
    assert config.discord_token == "abc"
    assert config.database_path == DEFAULT_DATABASE_PATH
    assert (config.log_level, config.flush_seconds) == ("INFO", 1.0)
    assert (config.stats_retention_weeks, config.user_state_retention_days) == (52, 30)
    assert config.dev_guild_id is None and config.application_id is None


def test_every_setting_is_read(tmp_path: Path) -> None:
    config = AppConfig.from_mapping(
        {
            "DISCORD_TOKEN": "t",
            "DATABASE_PATH": str(tmp_path / "x.db"),
            "LOG_LEVEL": "debug",
            "KINDNESS_FLUSH_SECONDS": "0.5",
            "KINDNESS_DEV_GUILD_ID": "123",
            "KINDNESS_APPLICATION_ID": "456",
            "KINDNESS_STATS_RETENTION_WEEKS": "10",
            "KINDNESS_USER_STATE_RETENTION_DAYS": "7",
        }
    )
    assert config.database_path == tmp_path / "x.db"
    assert config.log_level == "DEBUG" and config.log_level_number == logging.DEBUG
    assert config.flush_seconds == 0.5
    assert (config.dev_guild_id, config.application_id) == (123, 456)
    assert (config.stats_retention_weeks, config.user_state_retention_days) == (10, 7)


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-file\nLOG_LEVEL=WARNING\n")
    config = AppConfig.from_env({"DISCORD_TOKEN": "from-env"}, dotenv_path=env_file)
    assert config.discord_token == "from-env" and config.log_level == "WARNING"
    assert AppConfig.from_env({}, dotenv_path=tmp_path / "missing").discord_token is None


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL must be one of"),
        ("KINDNESS_FLUSH_SECONDS", "0", "between 0.05 and 60"),
        ("KINDNESS_FLUSH_SECONDS", "fast", "must be a number"),
        ("KINDNESS_DEV_GUILD_ID", "my-server", "must be a Discord ID"),
        ("KINDNESS_APPLICATION_ID", "0", "must be a Discord ID"),
        ("KINDNESS_STATS_RETENTION_WEEKS", "1.5", "must be a whole number"),
        ("KINDNESS_USER_STATE_RETENTION_DAYS", "0", "at least 1"),
    ],
)
def test_bad_values_are_named(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        AppConfig.from_mapping({name: value})


def test_missing_token_explains_where_to_get_one() -> None:
    with pytest.raises(ConfigError, match="Reset Token"):
        AppConfig().require_token()


def test_debug_logging_never_opens_library_payload_logs() -> None:
    setup_logging("DEBUG")
    try:
        assert logging.getLogger().level == logging.DEBUG
        for name in ("discord", "discord.gateway", "discord.http", "aiosqlite"):
            assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    finally:
        setup_logging("WARNING")


def test_env_example_documents_every_setting() -> None:
    example = (Path(__file__).parents[2] / ".env.example").read_text()
    for name in (
        "DISCORD_TOKEN",
        "DATABASE_PATH",
        "LOG_LEVEL",
        "KINDNESS_APPLICATION_ID",
        "KINDNESS_FLUSH_SECONDS",
        "KINDNESS_DEV_GUILD_ID",
        "KINDNESS_STATS_RETENTION_WEEKS",
        "KINDNESS_USER_STATE_RETENTION_DAYS",
    ):
        assert f"\n{name}=" in example, name
    parsed = AppConfig.from_env({}, dotenv_path=Path(__file__).parents[2] / ".env.example")
    assert parsed.discord_token is None and parsed.flush_seconds == 1.0
