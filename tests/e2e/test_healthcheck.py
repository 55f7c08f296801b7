"""deploy/healthcheck.py (the Docker HEALTHCHECK) against the real bot process.

Healthy while `kindness-bot run` is connected and counting; unhealthy before it
starts, after it stops, after a crash, and when the database is not a database.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.kindness_harness import (
    bot_process,
    db_totals,
    member,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord

ROOT = Path(__file__).resolve().parents[2]
HEALTHCHECK = ROOT / "deploy" / "healthcheck.py"


async def healthcheck(db_path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the check as Docker would: its own process, DATABASE_PATH from the environment."""
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, str(HEALTHCHECK)],
        env={"DATABASE_PATH": str(db_path), "PATH": "/usr/bin:/bin"},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


async def test_healthy_only_while_the_bot_runs(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "data" / "kindness.db"

    before = await healthcheck(db_path, tmp_path)
    assert before.returncode == 1
    assert before.stdout.startswith("unhealthy: no kindness-bot holds")

    async with bot_process(fake_discord, db_path, tmp_path / "bot1.log") as process:
        message = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=message)
        running = await healthcheck(db_path, tmp_path)
        assert running.returncode == 0, running.stdout
        assert running.stdout.startswith(f"healthy: kindness-bot (pid {process.pid}) is running")
        assert await stop_process(process) == 0

    assert db_totals(db_path, guild.id)["flagged"] == 1  # the check wrote nothing in the way
    stopped = await healthcheck(db_path, tmp_path)
    assert stopped.returncode == 1
    assert "no kindness-bot holds" in stopped.stdout

    async with bot_process(fake_discord, db_path, tmp_path / "bot2.log") as process:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    crashed = await healthcheck(db_path, tmp_path)  # its pid is still in the lock file
    assert (db_path.parent / "kindness.db.lock").read_text().strip() == str(process.pid)
    assert crashed.returncode == 1
    assert "no kindness-bot holds" in crashed.stdout


async def test_unhealthy_when_the_database_does_not_open(tmp_path: Path) -> None:
    """A lock held by a live process is not enough: the file must be a database."""
    db_path = tmp_path / "kindness.db"
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import asyncio, sys; from pathlib import Path; "
        "from db.instance_lock import SqliteFileLock; "
        "asyncio.run(SqliteFileLock(Path(sys.argv[1])).acquire()); "
        "print('locked', flush=True); sys.stdin.read()",
        str(db_path),
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert await asyncio.wait_for(holder.stdout.readline(), 30) == b"locked\n"

        missing = await healthcheck(db_path, tmp_path)
        assert missing.returncode == 1
        assert "does not exist" in missing.stdout

        db_path.write_bytes(b"this is not a SQLite database" * 100)
        garbage = await healthcheck(db_path, tmp_path)
        assert garbage.returncode == 1
        assert "does not open read-only" in garbage.stdout

        db_path.unlink()
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            conn.execute("PRAGMA user_version = 7")
        good = await healthcheck(db_path, tmp_path)
        assert good.returncode == 0, good.stdout
        assert good.stdout.strip().endswith("schema 7")
    finally:
        holder.kill()
        await holder.wait()
