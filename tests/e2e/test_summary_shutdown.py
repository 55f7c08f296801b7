"""SIGTERM while the real `kindness-bot run` posts a weekly summary, then a restart:
exactly one summary that week, whatever Discord did with the request in flight.

The fake Discord holds the summary POST (`fake.hold`), so the stop really lands while
the request is in flight. Three endings: Discord answers within the grace time
(recorded as posted); Discord never answers in time but did create the message
(the restart finds it in the channel history and records it); Discord never got it
(the restart finds nothing and posts it once).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli.common import ExitCode
from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import StatRow
from bot.core.stats.schedule import latest_window
from db.database import Database
from tests.e2e.kindness_harness import bot_process, channel_id, member, wait_nudge
from tests.fakediscord import FakeDiscord, FakeGuild, HeldRoute, RecordedRequest

HISTORY = "/channels/{channel_id}/messages"


async def seed(db_path: Path, guild: FakeGuild, summaries: int) -> str:
    """A server whose weekly summary is due now (last week's already posted); its week."""
    now = datetime.now(UTC)
    schedule = {"summary_weekday": now.weekday(), "summary_hour": now.hour}
    db = await Database.open(db_path)
    try:
        await db.save_guild_settings(
            GuildSettings(
                guild.id, summary_channel_id=summaries, summary_timezone="UTC", **schedule
            )
        )
        before = latest_window(now.weekday(), now.hour, "UTC", now - timedelta(days=7)).week
        await db.finish_summary(guild.id, before, ok=True, error=None)
        await db.add_stats([StatRow(guild.id, "2026-01-05", 0, "seen", 1)])  # counting since
    finally:
        await db.close()
    return latest_window(now.weekday(), now.hour, "UTC", now).week


def state_of(db_path: Path, guild_id: int, week: str) -> str | None:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        row = conn.execute(
            "SELECT state FROM summary_posts WHERE guild_id = ? AND week = ?", (guild_id, week)
        ).fetchone()
    return None if row is None else str(row[0])


async def state_becomes(db_path: Path, guild_id: int, week: str, state: str) -> str | None:
    for _ in range(200):
        if state_of(db_path, guild_id, week) == state:
            break
        await asyncio.sleep(0.05)
    return state_of(db_path, guild_id, week)


def read(path: Path) -> str:
    return path.read_text()


async def log_says(log_path: Path, text: str) -> None:
    for _ in range(200):
        if text in read(log_path):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the bot never logged {text!r}")


def summaries_in(fake: FakeDiscord, channel: int, week: str) -> int:
    name = f"kindness-summary-{week}.png"
    return sum(
        1
        for m in fake.messages_in(channel)
        if any(a["filename"] == name for a in m.get("attachments") or [])
    )


def is_summary_post(channel: int) -> tuple[str, str]:
    return "POST", f"/channels/{channel}/messages"


@pytest.fixture
def world(fake_discord: FakeDiscord) -> FakeGuild:
    return fake_discord.add_guild(text_channels=("general", "summaries"))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_a_post_that_finishes_within_the_grace_is_recorded_and_not_repeated(
    fake_discord: FakeDiscord, world: FakeGuild, tmp_path: Path, sig: signal.Signals
) -> None:
    summaries, general = channel_id(world, "summaries"), channel_id(world, "general")
    db_path, log_path = tmp_path / "k.db", tmp_path / "bot.log"
    week = await seed(db_path, world, summaries)
    held = fake_discord.hold(*is_summary_post(summaries))
    grace = {"KINDNESS_SHUTDOWN_GRACE_SECONDS": "60"}
    async with bot_process(fake_discord, db_path, log_path, **grace) as process:
        await held.wait_arrival(timeout=30)
        process.send_signal(sig)
        await log_says(log_path, "waiting up to 60.0 s for 1 summary post(s)")
        held.release()  # Discord answers while the bot waits
        assert await asyncio.wait_for(process.wait(), 30) == ExitCode.OK
    assert state_of(db_path, world.id, week) == "posted"
    assert "finished before the stop: posted" in log_path.read_text()

    alice = member(fake_discord, world, "alice")
    async with bot_process(fake_discord, db_path, log_path) as process:
        flagged = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=flagged)  # up and ticking
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == ExitCode.OK
    assert summaries_in(fake_discord, summaries, week) == 1
    assert len(fake_discord.find_requests(*is_summary_post(summaries))) == 1


async def stopped_mid_post(
    fake: FakeDiscord, world: FakeGuild, tmp_path: Path
) -> tuple[HeldRoute, str, int]:
    """Run until the summary POST is in flight, SIGTERM with a short grace, wait for exit."""
    summaries = channel_id(world, "summaries")
    db_path, log_path = tmp_path / "k.db", tmp_path / "bot.log"
    week = await seed(db_path, world, summaries)
    held = fake.hold(*is_summary_post(summaries))
    grace = {"KINDNESS_SHUTDOWN_GRACE_SECONDS": "0.5"}
    async with bot_process(fake, db_path, log_path, **grace) as process:
        await held.wait_arrival(timeout=30)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == ExitCode.OK
    assert state_of(db_path, world.id, week) == "interrupted"
    log = log_path.read_text()
    assert "recorded as interrupted" in log and "Traceback" not in log
    return held, week, summaries


async def restart_until_settled(
    fake: FakeDiscord, world: FakeGuild, tmp_path: Path, week: str, summaries: int
) -> None:
    db_path = tmp_path / "k.db"
    async with bot_process(fake, db_path, tmp_path / "bot2.log") as process:
        await fake.wait_for_request("GET", HISTORY, where=lambda r: in_channel(r, summaries))
        assert await state_becomes(db_path, world.id, week, "posted") == "posted"
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == ExitCode.OK


def in_channel(request: RecordedRequest, channel: int) -> bool:
    return request.params.get("channel_id") == str(channel)


async def test_stopped_mid_post_and_discord_created_it_the_restart_finds_it(
    fake_discord: FakeDiscord, world: FakeGuild, tmp_path: Path
) -> None:
    held, week, summaries = await stopped_mid_post(fake_discord, world, tmp_path)
    held.release()  # Discord had the request and creates the message after all
    await fake_discord.wait_for(lambda _: summaries_in(fake_discord, summaries, week) == 1)
    await restart_until_settled(fake_discord, world, tmp_path, week, summaries)
    assert summaries_in(fake_discord, summaries, week) == 1
    assert len(fake_discord.find_requests(*is_summary_post(summaries))) == 1
    assert "was already in the channel; recorded as posted" in (tmp_path / "bot2.log").read_text()


async def test_stopped_mid_post_and_discord_never_had_it_the_restart_posts_once(
    fake_discord: FakeDiscord, world: FakeGuild, tmp_path: Path
) -> None:
    held, week, summaries = await stopped_mid_post(fake_discord, world, tmp_path)
    held.release(answer=False)  # the request never reached Discord's storage
    await restart_until_settled(fake_discord, world, tmp_path, week, summaries)
    assert summaries_in(fake_discord, summaries, week) == 1
    assert "is not in the channel; posting it" in (tmp_path / "bot2.log").read_text()
