"""DATABASE_URL: empty or sqlite:/// is SQLite (relative paths as DATABASE_PATH's), a
postgresql:// URL is PostgreSQL, anything else is a clear error; passwords never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_DATABASE_PATH, AppConfig, ConfigError
from db.url import redact


def test_without_database_url_it_is_sqlite_at_database_path() -> None:
    config = AppConfig.from_mapping({"DATABASE_PATH": "/srv/k.db"})
    assert (config.database, config.database_url) == (Path("/srv/k.db"), "")
    assert config.database_label == "DATABASE_PATH=/srv/k.db"
    assert AppConfig.from_mapping({"DATABASE_URL": "  "}).database == DEFAULT_DATABASE_PATH


def test_a_sqlite_url_names_the_file_and_wins_over_database_path() -> None:
    absolute = AppConfig.from_mapping(
        {"DATABASE_URL": "sqlite:////srv/bot/k.db", "DATABASE_PATH": "./data/other.db"}
    )
    assert absolute.database == Path("/srv/bot/k.db")
    relative = AppConfig.from_mapping({"DATABASE_URL": "sqlite:///data/kindness.db"})
    assert relative.database == Path("data/kindness.db")


def test_a_relative_sqlite_url_is_read_from_the_env_files_folder(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///data/k.db\n", encoding="utf-8")
    config = AppConfig.from_env(environ={}, dotenv_path=tmp_path / ".env")
    assert config.database == tmp_path / "data" / "k.db"


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_a_postgresql_url_is_kept_as_it_is(scheme: str) -> None:
    url = f"{scheme}://bot:pw@db.example:5432/kindness"
    config = AppConfig.from_mapping({"DATABASE_URL": url})
    assert config.database == config.database_url == url
    assert config.database_label == f"DATABASE_URL={scheme}://bot:***@db.example:5432/kindness"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "must be empty (SQLite at DATABASE_PATH), sqlite:///"),
        ("sqlite://relative.db", "sqlite:///relative/path.db"),
        ("sqlite:///", "sqlite:///relative/path.db"),
        ("postgresql://bot:pw@db.example:5432", "names no database"),
    ],
)
def test_a_bad_url_is_named_without_its_password(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r"DATABASE_URL|sqlite") as caught:
        AppConfig.from_mapping({"DATABASE_URL": url})
    assert message in str(caught.value)
    assert "pw" not in str(caught.value)


def test_redact_leaves_urls_without_a_password_alone() -> None:
    assert redact("postgresql://bot@h/db") == "postgresql://bot@h/db"
    assert redact("postgresql://bot:p%40ss@h:1/db?sslmode=require") == (
        "postgresql://bot:***@h:1/db?sslmode=require"
    )
