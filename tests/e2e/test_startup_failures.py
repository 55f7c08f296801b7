"""Start-up failures of `kindness-bot run` in a real process: one sentence, its own exit code.

The database checks come before any contact with Discord, so each of these asserts
that the fake Discord received no request at all, and that the file is unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from bot.cli.common import ExitCode
from bot.cli.run import run_bot
from bot.config import AppConfig
from tests.e2e.kindness_harness import (
    bot_env,
    bot_process,
    integrity,
    member,
    posts_to,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord
from tests.fakediscord.launch import REPO_ROOT, launch_command


async def run_to_exit(fake: FakeDiscord, db_path: Path) -> tuple[int, str]:
    """`kindness-bot run` against the fake to its end; (exit code, stderr)."""
    return await run_to_exit_at(fake.api_base, fake.gateway_url, db_path)


async def run_to_exit_at(api: str, gateway: str, db_path: Path) -> tuple[int, str]:
    """`kindness-bot run` with discord.py pointed at these URLs; (exit code, stderr)."""
    argv = launch_command(api, gateway, ["run", "--env-file", os.devnull])
    process = await asyncio.create_subprocess_exec(
        *argv,
        cwd=REPO_ROOT,
        env=bot_env(db_path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kindness-bot: ") and "Traceback" not in err
    return lines[0]


async def test_a_second_instance_is_refused_while_the_first_keeps_nudging(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "k.db"
    async with bot_process(fake_discord, db_path, tmp_path / "bot.log") as first:
        identified = fake_discord.gateway.identify_count
        code, err = await run_to_exit(fake_discord, db_path)
        assert code == ExitCode.ALREADY_RUNNING == 8
        line = one_sentence(err)
        assert f"already running on DATABASE_PATH={db_path}" in line
        assert f"(process {first.pid})" in line
        assert fake_discord.gateway.identify_count == identified  # never connected
        flagged = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=flagged)
        assert await stop_process(first) == ExitCode.OK
    replies = [
        r for r in posts_to(fake_discord, general) if (r.json or {}).get("message_reference")
    ]
    assert len(replies) == 1


def garbage(path: Path) -> bytes:
    content = b"this was a spreadsheet, not a database\n" * 40
    path.write_bytes(content)
    return content


def damaged(path: Path) -> bytes:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(str(i) * 40,) for i in range(3000)])
        conn.commit()
    data = bytearray(path.read_bytes())
    data[8192 : 8192 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("make", [garbage, damaged], ids=["not-sqlite", "damaged-pages"])
async def test_a_corrupt_database_is_reported_and_left_byte_identical(
    fake_discord: FakeDiscord, tmp_path: Path, make: object
) -> None:
    db_path = tmp_path / "k.db"
    assert callable(make)
    before = make(db_path)
    code, err = await run_to_exit(fake_discord, db_path)
    assert code == ExitCode.DATABASE_CORRUPT == 6
    assert "left untouched" in one_sentence(err)
    assert db_path.read_bytes() == before
    assert names_in(tmp_path) == ["k.db", "k.db.lock"]
    assert fake_discord.requests == []  # Discord was never contacted


async def test_an_unusable_path_is_reported_and_nothing_is_touched(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"a file where a folder should be")
    code, err = await run_to_exit(fake_discord, blocker / "k.db")
    assert code == ExitCode.DATABASE_PATH == 5
    assert "point DATABASE_PATH at a file" in one_sentence(err)
    assert blocker.read_bytes() == b"a file where a folder should be"
    assert fake_discord.requests == []


async def test_a_directory_as_database_path_is_reported(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    code, err = await run_to_exit(fake_discord, tmp_path)
    assert code == ExitCode.DATABASE_PATH
    assert "it is a directory" in one_sentence(err)
    assert names_in(tmp_path) == []


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("host", "code", "words"),
    [
        (f"127.0.0.1:{closed_port()}", ExitCode.DISCORD_UNREACHABLE, "could not be reached"),
        ("kindness-bot-test.invalid", ExitCode.DNS, "could not be resolved"),
    ],
    ids=["connection-refused", "dns-failure"],
)
async def test_discord_out_of_reach_ends_in_one_sentence(
    tmp_path: Path, host: str, code: ExitCode, words: str
) -> None:
    db_path = tmp_path / "k.db"
    urls = (f"http://{host}/api/v10", f"ws://{host}/gateway")
    for attempt in range(2):  # the second start proves the first gave back lock and file
        exit_code, err = await run_to_exit_at(*urls, db_path)
        assert exit_code == code, err
        last = err.strip().splitlines()[-1]
        assert last.startswith("kindness-bot: ") and words in last and "network" in last
        assert "Traceback" not in err, attempt
    assert integrity(db_path) == "ok"


async def test_a_locked_database_and_a_newer_schema_have_their_own_codes(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("db.sqlite_connection.BUSY_TIMEOUT_MS", 50)
    locked_path = tmp_path / "locked.db"
    holder = sqlite3.connect(locked_path, isolation_level=None)
    try:
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        config = AppConfig(discord_token=fake_discord.token, database_path=locked_path)
        assert await run_bot(config, fake_discord.token) == ExitCode.DATABASE_LOCKED == 7
        assert "locked by another program" in one_sentence(capsys.readouterr().err)
    finally:
        holder.close()

    newer = tmp_path / "newer.db"
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version = 999")
    config = AppConfig(discord_token=fake_discord.token, database_path=newer)
    assert await run_bot(config, fake_discord.token) == ExitCode.DATABASE_TOO_NEW == 11
    assert "upgrade kindness-bot" in one_sentence(capsys.readouterr().err)
    assert fake_discord.requests == []
