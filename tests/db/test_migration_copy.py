"""Before a migration changes a file with data, a copy of it is kept beside it."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

import pytest

import db.migrate
from db.backup import BackupTargetError
from db.database import Database
from db.errors import DatabasePathError
from db.migrate import copy_path_for, load_migrations


def database_at(path: Path, version: int) -> None:
    """A file as an older kindness-bot left it: the first `version` migrations, and data."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for migration in load_migrations()[:version]:
            conn.executescript(migration.sql)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(
            "INSERT INTO daily_stats (guild_id, day, channel_id, metric, value) "
            "VALUES (1, '2026-11-09', 7, 'seen', 321)"
        )


def user_version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".bak"))


async def test_an_upgrade_keeps_a_copy_of_the_file_as_it_was(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    newest = load_migrations()[-1].version
    assert newest >= 2, "needs at least one migration after the first"
    path = tmp_path / "kindness.db"
    database_at(path, newest - 1)
    with caplog.at_level(logging.INFO, logger="db.migrate"):
        database = await Database.open(path)
        await database.close()
    copy = copy_path_for(path, newest)
    assert copy.name == f"kindness.db.before-{newest}.bak"
    assert backups(tmp_path) == [copy.name]
    assert user_version(copy) == newest - 1 and user_version(path) == newest
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT value FROM daily_stats").fetchone() == (321,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    said = [r.getMessage() for r in caplog.records if str(copy) in r.getMessage()]
    assert len(said) == 1 and f"schema version {newest}" in said[0]


async def test_a_new_database_and_an_up_to_date_one_get_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "kindness.db"
    for _ in range(2):  # created, then reopened at the newest version
        database = await Database.open(path)
        await database.close()
    assert backups(tmp_path) == []


async def test_no_copy_no_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    newest = load_migrations()[-1].version
    path = tmp_path / "kindness.db"
    database_at(path, newest - 1)

    def disk_full(source: Path, destination: Path, *, replace: bool) -> None:
        raise BackupTargetError(destination, "the disk is full")

    monkeypatch.setattr(db.migrate, "backup_database", disk_full)
    with pytest.raises(DatabasePathError) as raised:
        await Database.open(path)
    sentence = str(raised.value)
    assert f"not upgraded to schema version {newest}" in sentence
    assert "the disk is full" in sentence and str(copy_path_for(path, newest)) in sentence
    assert user_version(path) == newest - 1
