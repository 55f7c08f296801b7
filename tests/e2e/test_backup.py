"""`kindness-bot backup` beside the real running bot, and the README's restore steps.

Both processes are real: `kindness-bot run` against the fake Discord (it holds the
instance lock and flushes every 0.25 s while a flood goes on), and `kindness-bot
backup` as a second process reading the same DATABASE_PATH.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

from bot.cli.common import ExitCode
from tests.e2e.kindness_harness import (
    add_members,
    bot_env,
    bot_process,
    db_totals,
    integrity,
    member,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord
from tests.fakediscord.launch import REPO_ROOT

FLUSH = {"KINDNESS_FLUSH_SECONDS": "0.25"}
PACE_SECONDS = 0.003


async def run_backup(db_path: Path, out: Path) -> tuple[int, str, str]:
    """`kindness-bot backup --out OUT` in its own process, DATABASE_PATH from the environment."""
    process = await asyncio.create_subprocess_exec(
        *[sys.executable, "-m", "bot.cli.entry", "backup", "--env-file", os.devnull],
        *["--out", str(out)],
        cwd=REPO_ROOT,
        env=bot_env(db_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, stdout.decode(), stderr.decode()


async def flushed(db_path: Path, guild_id: int, seen: int) -> dict[str, int]:
    """The stored totals once at least `seen` messages are written."""
    for _ in range(300):
        stats = db_totals(db_path, guild_id)
        if stats.get("seen", 0) >= seen:
            return stats
        await asyncio.sleep(0.05)
    raise AssertionError(f"never flushed {seen} messages: {db_totals(db_path, guild_id)}")


async def test_a_backup_during_a_flood_is_sound_and_holds_what_was_flushed_before_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    db_path = tmp_path / "k.db"
    out = tmp_path / "backups" / "k-backup.db"
    out.parent.mkdir()

    async with bot_process(fake_discord, db_path, tmp_path / "bot.log", **FLUSH) as process:
        first = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=first)
        sent = 1
        stop = asyncio.Event()

        async def flood() -> None:
            nonlocal sent
            while not stop.is_set():
                await fake_discord.send_message(general, bob.id, f"flood message {sent}")
                sent += 1
                await asyncio.sleep(PACE_SECONDS)

        flooding = asyncio.create_task(flood())
        try:
            await flushed(db_path, guild.id, 150)
            before = db_totals(db_path, guild.id)  # flushed before the backup began
            code, stdout, stderr = await run_backup(db_path, out)
            sent_when_done = sent
            await asyncio.sleep(0.5)  # the flood goes on after the backup
        finally:
            stop.set()
            await flooding
        final = await flushed(db_path, guild.id, sent)
        assert await stop_process(process) == ExitCode.OK

    assert code == ExitCode.OK, stderr
    assert stderr == ""
    assert stdout.count("\n") == 1 and f"written to {out}: " in stdout
    assert "schema version" in stdout and "integrity ok" in stdout
    assert integrity(out) == "ok"
    copy = db_totals(out, guild.id)
    assert before["seen"] <= copy["seen"] <= sent_when_done
    assert copy["flagged"] == before["flagged"] == 1
    assert copy["seen"] < final["seen"] == sent  # the bot kept counting; all of it stored
    assert sent_when_done > before["seen"], "no message arrived while the backup ran"
    assert sorted(p.name for p in out.parent.iterdir()) == ["k-backup.db"]


async def test_the_readme_restore_steps_bring_the_counts_back(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "data" / "kindness.db"
    backup = tmp_path / "kindness-backup.db"

    async with bot_process(fake_discord, db_path, tmp_path / "bot1.log", **FLUSH) as process:
        for i in range(5):
            await fake_discord.send_message(general, alice.id, f"good morning {i}")
        kept = await flushed(db_path, guild.id, 5)
        code, _, stderr = await run_backup(db_path, backup)
        assert code == ExitCode.OK, stderr
        for i in range(7):  # counted after the backup: lost by the restore, as expected
            await fake_discord.send_message(general, alice.id, f"later {i}")
        await flushed(db_path, guild.id, 12)
        # the worst way to stop: a crash leaves the -wal and -shm behind
        process.send_signal(signal.SIGKILL)
        await process.wait()

    # README → Backups → Restore: stopped; move the file and its -wal/-shm aside; copy.
    replaced = db_path.parent / "replaced"
    replaced.mkdir()
    for name in ("kindness.db", "kindness.db-wal", "kindness.db-shm"):
        if (db_path.parent / name).exists():
            (db_path.parent / name).rename(replaced / name)
    shutil.copyfile(backup, db_path)

    async with bot_process(fake_discord, db_path, tmp_path / "bot2.log", **FLUSH) as process:
        assert db_totals(db_path, guild.id) == kept
        await fake_discord.send_message(general, alice.id, "back again")
        await flushed(db_path, guild.id, kept["seen"] + 1)
        assert await stop_process(process) == ExitCode.OK
    assert db_totals(db_path, guild.id)["seen"] == kept["seen"] + 1
    assert integrity(db_path) == "ok"
