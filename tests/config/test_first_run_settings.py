"""Settings as a new operator writes them: misspelt names, relative paths, KINDNESS_HOME."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import AppConfig, unknown_settings
from bot.logging_setup import setup_logging


def test_an_unknown_kindness_setting_is_named_with_the_nearest_known_one() -> None:
    notices = unknown_settings(
        {"DISCORD_TOKEN": "t", "KINDNESS_FLUSH_SECOND": "2", "KINDNESS_ZEBRA": "1", "PATH": "/x"}
    )
    assert notices == (
        "unknown setting KINDNESS_FLUSH_SECOND is ignored; did you mean KINDNESS_FLUSH_SECONDS?",
        "unknown setting KINDNESS_ZEBRA is ignored; see .env.example for the settings",
    )
    assert AppConfig.from_mapping({"KINDNESS_FLUSH_SECONDS": "2"}).notices == ()


def test_a_relative_database_path_is_read_from_the_env_files_folder(tmp_path: Path) -> None:
    home = tmp_path / "bot"
    home.mkdir()
    (home / ".env").write_text("DISCORD_TOKEN=t\nDATABASE_PATH=./data/k.db\n", encoding="utf-8")
    config = AppConfig.from_env(environ={}, dotenv_path=home / ".env")
    assert config.database_path == home / "data" / "k.db"


def test_kindness_home_holds_the_env_file_and_anchors_relative_paths(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_PATH=db/k.db\n", encoding="utf-8")
    config = AppConfig.from_env(environ={"KINDNESS_HOME": str(tmp_path)}, dotenv_path=".env")
    assert config.database_path == tmp_path / "db" / "k.db"
    absolute = tmp_path / "elsewhere.db"
    config = AppConfig.from_env(
        environ={"KINDNESS_HOME": str(tmp_path), "DATABASE_PATH": str(absolute)}
    )
    assert config.database_path == absolute


def test_discord_voice_warnings_are_dropped_and_other_warnings_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    setup_logging("INFO")
    client = logging.getLogger("discord.client")
    with caplog.at_level(logging.WARNING):
        client.warning("PyNaCl is not installed, voice will NOT be supported")
        client.warning("davey is not installed, voice will NOT be supported")
        client.warning("something else worth knowing")
    assert [r.getMessage() for r in caplog.records] == ["something else worth knowing"]
