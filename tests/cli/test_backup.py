"""`kindness-bot backup`: a checked copy, never over an existing file, never touching the source.

Real files only. The copy under a running bot is in tests/e2e/test_backup.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.cli.common import ExitCode
from bot.cli.entry import main
from bot.core.stats.counters import StatRow
from db.backup import backup_database
from db.database import Database
from db.migrate import load_migrations
from tests.db.test_open_checks import damaged_sqlite_file

GUILD = 4242


def make_db(path: Path, seen: int = 1200) -> None:
    async def fill() -> None:
        db = await Database.open(path)
        try:
            await db.add_stats([StatRow(GUILD, "2026-11-09", 7, "seen", seen)])
            await db.set_meta("k", "v")
        finally:
            await db.close()

    asyncio.run(fill())


def seen(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT SUM(value) FROM daily_stats").fetchone()[0])


def tables(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        query = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
        return int(conn.execute(query).fetchone()[0])


def check(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_a_checked_copy_and_says_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)
    out = tmp_path / "copies" / "k-backup.db"
    out.parent.mkdir()
    before = db_path.read_bytes()
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == ExitCode.OK
    assert db_path.read_bytes() == before  # read-only: the source is never written
    line = capsys.readouterr().out.strip()
    newest = load_migrations()[-1].version
    assert line.startswith(f"backup of {db_path} written to {out}: ")
    assert f"{tables(out)} tables, schema version {newest}, integrity ok" in line
    assert tables(out) >= 7
    assert "\n" not in line
    assert check(out) == "ok" and seen(out) == 1200
    assert siblings(out.parent) == ["k-backup.db"]  # a single file: no temp, no -wal left
    with contextlib.closing(sqlite3.connect(out)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_reads_database_path_from_the_env_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_PATH", raising=False)
    db_path = tmp_path / "data" / "bot.db"
    db_path.parent.mkdir()
    make_db(db_path, seen=5)
    env_file = tmp_path / "bot.env"
    env_file.write_text(f"DATABASE_PATH={db_path}\n")
    out = tmp_path / "b.db"
    assert main(["backup", "--env-file", str(env_file), "--out", str(out)]) == 0
    assert seen(out) == 5
    # the bot's instance lock is not taken (nor created): a backup runs beside the bot
    assert not db_path.with_name("bot.db.lock").exists()


def test_refuses_to_overwrite_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)
    out = tmp_path / "b.db"
    out.write_bytes(b"yesterday's backup")
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == ExitCode.CONFIG
    err = capsys.readouterr().err.strip()
    assert "already exists" in err and "--force" in err and "\n" not in err
    assert out.read_bytes() == b"yesterday's backup"
    assert siblings(tmp_path) == ["b.db", "k.db"]
    assert main(["backup", "--db", str(db_path), "--out", str(out), "--force"]) == 0
    assert seen(out) == 1200


def test_never_writes_over_the_database_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)
    before = db_path.read_bytes()
    code = main(["backup", "--db", str(db_path), "--out", str(db_path), "--force"])
    assert code == ExitCode.CONFIG
    assert "the database itself" in capsys.readouterr().err
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("kind", ["damaged-pages", "not-sqlite"])
def test_a_corrupt_source_exits_6_and_is_left_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    db_path = src / "k.db"
    if kind == "damaged-pages":
        before = damaged_sqlite_file(db_path)
    else:
        before = b"name,score\nalice,3\n" * 50
        db_path.write_bytes(before)
    out = tmp_path / "b.db"
    code = main(["backup", "--db", str(db_path), "--out", str(out)])
    assert code == ExitCode.DATABASE_CORRUPT
    err = capsys.readouterr().err.strip()
    assert "left untouched" in err and "\n" not in err
    assert db_path.read_bytes() == before
    assert siblings(src) == ["k.db"]  # no -wal, no -shm, no lock file
    assert siblings(tmp_path) == ["src"]  # no backup, no temp file


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        ("missing-source", "no database file there"),
        ("missing-folder", "does not exist"),
        ("out-is-folder", "is a directory"),
    ],
)
def test_unusable_paths_exit_5_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str, expected: str
) -> None:
    db_path = tmp_path / "k.db"
    out = tmp_path / "b.db"
    if problem != "missing-source":
        make_db(db_path)
    if problem == "missing-folder":
        out = tmp_path / "nowhere" / "b.db"
    if problem == "out-is-folder":
        out = tmp_path / "folder"
        out.mkdir()
    code = main(["backup", "--db", str(db_path), "--out", str(out)])
    assert code == ExitCode.DATABASE_PATH
    err = capsys.readouterr().err.strip()
    assert expected in err and "\n" not in err
    assert not (tmp_path / "nowhere").exists()


def test_the_copy_is_one_snapshot_while_another_process_writes(tmp_path: Path) -> None:
    """Every write commits a row and the matching total together; the copy, taken a page at
    a time while those writes go on, holds a total that matches its rows (one snapshot),
    and finishes: writes never restart it."""
    db_path = tmp_path / "live.db"
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE rows (x TEXT)")
        conn.execute("CREATE TABLE total (n INTEGER)")
        conn.execute("INSERT INTO total VALUES (0)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO rows VALUES (?)", [("x" * 200,) for _ in range(5000)])
        conn.execute("UPDATE total SET n = 5000")
        conn.execute("COMMIT")
    stop = threading.Event()
    writes = 0

    def writer() -> None:
        nonlocal writes
        with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO rows VALUES ('y')")
                conn.execute("UPDATE total SET n = n + 1")
                conn.execute("COMMIT")
                writes += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        out = tmp_path / "copy.db"
        result = backup_database(db_path, out, pages_per_step=4, pause_seconds=0.002)
        during = writes
    finally:
        stop.set()
        thread.join()
    assert during > 10, "the writer never ran during the copy"
    assert result.tables == 2
    with contextlib.closing(sqlite3.connect(out)) as conn:
        rows = conn.execute("SELECT count(*) FROM rows").fetchone()[0]
        total = conn.execute("SELECT n FROM total").fetchone()[0]
    assert rows == total >= 5000
    assert check(out) == "ok"
