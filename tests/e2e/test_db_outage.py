"""A database outage under the real `kindness-bot run`: it keeps nudging, logs the failure
once per window with a count (no tracebacks), and writes every count once the lock is gone.

The outage is real: this test holds SQLite's write lock from its own connection
(`BEGIN EXCLUSIVE`, what a backup tool or a `sqlite3` shell does) while messages
keep coming. It lasts OUTAGE_SECONDS, the 30 s of the acceptance line, with the log
window shortened (KINDNESS_DB_ERROR_LOG_SECONDS) so several windows pass: what is
kept in memory grows with distinct (server, day, channel, metric) rows, not with
time or messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from pathlib import Path

from bot.cli.common import ExitCode
from tests.e2e.kindness_harness import (
    bot_process,
    db_totals,
    member,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord, RecordedRequest

# KINDNESS_TEST_OUTAGE_SECONDS shortens it while working on this test.
OUTAGE_SECONDS = float(os.environ.get("KINDNESS_TEST_OUTAGE_SECONDS", "30"))
LOG_WINDOW_SECONDS = 5.0
PACE_SECONDS = 0.1


async def totals_reach(db_path: Path, guild_id: int, seen: int) -> dict[str, int]:
    """The stored totals once `seen` messages are counted (flushes are asynchronous)."""
    for _ in range(300):
        stats = db_totals(db_path, guild_id)
        if stats.get("seen", 0) >= seen:
            return stats
        await asyncio.sleep(0.1)
    return db_totals(db_path, guild_id)


async def test_counts_survive_a_database_outage(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "k.db"
    log_path = tmp_path / "bot.log"
    settings = {
        "KINDNESS_FLUSH_SECONDS": "0.25",
        "KINDNESS_DB_ERROR_LOG_SECONDS": str(LOG_WINDOW_SECONDS),
    }
    async with bot_process(fake_discord, db_path, log_path, **settings) as process:
        first = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=first)
        assert (await totals_reach(db_path, guild.id, 1))["seen"] == 1

        holder = sqlite3.connect(db_path, isolation_level=None)
        with contextlib.closing(holder):
            holder.execute("BEGIN EXCLUSIVE")
            sent, hostile = 1, 1
            loop = asyncio.get_running_loop()
            end = loop.time() + OUTAGE_SECONDS
            offenders = iter(range(1000))
            while loop.time() < end:
                if sent % 25 == 0:  # a new member each time: no cooldown in the way
                    who = member(fake_discord, guild, f"offender-{next(offenders)}")
                    flagged = await fake_discord.send_message(general, who.id, "you idiot")
                    hostile += 1
                else:
                    await fake_discord.send_message(general, alice.id, f"hello {sent}")
                sent += 1
                await asyncio.sleep(PACE_SECONDS)
            # still nudging while the database is locked
            await fake_discord.wait_for_request(
                "POST",
                f"/channels/{general}/messages",
                where=lambda r: replies_to(r, flagged),
                timeout=20,
            )
            assert db_totals(db_path, guild.id)["seen"] == 1  # nothing written meanwhile
            holder.execute("ROLLBACK")

        stats = await totals_reach(db_path, guild.id, sent)
        assert await stop_process(process) == ExitCode.OK

    assert stats["seen"] == sent and sent > 80
    assert db_totals(db_path, guild.id)["flagged"] == hostile
    log = log_path.read_text()
    assert "Traceback" not in log
    assert log.count("database write failed (SQLITE_BUSY") == 1
    # every failure after the first is counted in a later line, not logged on its own
    reports = log.count("database write still failing (SQLITE_BUSY")
    assert 1 <= reports <= OUTAGE_SECONDS / LOG_WINDOW_SECONDS + 1
    assert log.count("database works again after") == 1


def replies_to(request: RecordedRequest, message: dict[str, object]) -> bool:
    reference = (request.json or {}).get("message_reference") or {}
    return bool(reference) and int(reference["message_id"]) == int(str(message["id"]))
