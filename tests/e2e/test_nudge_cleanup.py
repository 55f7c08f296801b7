"""Nudges delete themselves after the delay, also when the bot restarted in between."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from pathlib import Path
from typing import Protocol, cast

import pytest

from bot.client import KindnessBot
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.shards import UNSHARDED
from cogs.nudge_cleanup import COG_NAME
from tests.e2e.kindness_harness import (
    HOSTILE,
    JSON,
    configure,
    member,
    running_bot,
    server,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord, FakeGuild, RecordedRequest

DELAY = 1


def _stored(db_path: Path) -> list[tuple[int, int, int, float]]:
    """The stored deletions, read with the stdlib sqlite3 as an outsider would."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute(
            "SELECT message_id, channel_id, guild_id, delete_at FROM nudge_deletions"
        ).fetchall()
    return [(int(m), int(c), int(g), float(at)) for m, c, g, at in rows]


async def _stored_when_flushed(bot: KindnessBot, expected: int) -> list[NudgeDeletion]:
    """Flush until the database holds `expected` deletions (timers finish asynchronously)."""
    deadline = time.monotonic() + 5
    while True:
        await bot.flush()
        stored = await bot.db.owned_nudge_deletions(UNSHARDED)
        if len(stored) == expected:
            return stored
        assert time.monotonic() < deadline, stored
        await asyncio.sleep(0.02)


async def _nudge(fake: FakeDiscord, guild: FakeGuild, channel: int, author: str) -> JSON:
    user = member(fake, guild, author)
    flagged = await fake.send_message(channel, user.id, HOSTILE)
    nudge: JSON = (await wait_nudge(fake, channel, to=flagged)).response
    return nudge


def _wall_clock(request: RecordedRequest) -> float:
    """When the fake received `request`, as Unix time (it records `perf_counter`)."""
    return request.received_at + (time.time() - time.perf_counter())


class _Sweeper(Protocol):
    """The loaded cog (`load_extension` re-executes the module, so not its imported class)."""

    started: asyncio.Event

    async def sweep(self, *, first: bool) -> int: ...


async def _sleep_until(moment: float) -> None:
    await asyncio.sleep(max(0.0, moment - time.time()) + 0.05)


async def test_a_nudge_is_stored_deleted_after_the_delay_and_forgotten(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, nudge_delete_after=DELAY)
        before = time.time()
        nudge = await _nudge(fake_discord, guild, general, "alice")
        [stored] = await _stored_when_flushed(bot, 1)
        assert (stored.message_id, stored.channel_id, stored.guild_id) == (
            int(nudge["id"]),
            general,
            guild.id,
        )
        assert before + DELAY <= stored.delete_at <= time.time() + DELAY
        deleted = await fake_discord.wait_for_request(
            "DELETE", f"/channels/{general}/messages/{nudge['id']}"
        )
        assert deleted.status == 204
        assert _wall_clock(deleted) >= before + DELAY
        assert await _stored_when_flushed(bot, 0) == []


async def test_an_overdue_nudge_is_deleted_when_the_bot_starts_again(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await configure(bot, guild, nudge_delete_after=DELAY)
        nudge = await _nudge(fake_discord, guild, general, "alice")
        await _stored_when_flushed(bot, 1)
    # Stopped before the delay ran out: the deletion is on disk, not yet sent.
    assert not fake_discord.find_requests("DELETE", "/channels/{channel_id}/messages/{message_id}")
    [(message_id, channel, guild_id, delete_at)] = _stored(db_path)
    assert (message_id, channel, guild_id) == (int(nudge["id"]), general, guild.id)
    await _sleep_until(delete_at)
    async with running_bot(fake_discord, db_path) as bot:
        deleted = await fake_discord.wait_for_request(
            "DELETE", f"/channels/{general}/messages/{nudge['id']}"
        )
        assert deleted.status == 204
        assert int(nudge["id"]) not in fake_discord.messages
        assert await _stored_when_flushed(bot, 0) == []


async def test_a_nudge_not_yet_due_at_start_is_deleted_on_time(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await configure(bot, guild, nudge_delete_after=2 * DELAY)
        nudge = await _nudge(fake_discord, guild, general, "alice")
        await _stored_when_flushed(bot, 1)
    [(_, _, _, delete_at)] = _stored(db_path)
    async with running_bot(fake_discord, db_path):
        deleted = await fake_discord.wait_for_request(
            "DELETE", f"/channels/{general}/messages/{nudge['id']}"
        )
    assert _wall_clock(deleted) >= delete_at - 0.01


async def test_a_nudge_already_gone_or_not_deletable_is_forgotten_and_logged_once(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    guild, general = server(fake_discord)
    locked = guild.add_text_channel("locked").id
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await configure(bot, guild, nudge_delete_after=DELAY)
        gone = await _nudge(fake_discord, guild, general, "alice")
        gone_again = await _nudge(fake_discord, guild, general, "bob")
        refused = await _nudge(fake_discord, guild, locked, "carol")
        await _stored_when_flushed(bot, 3)
    await fake_discord.delete_message(int(gone["id"]))  # a moderator was quicker
    await fake_discord.delete_message(int(gone_again["id"]))
    fake_discord.fail("DELETE", f"/channels/{locked}/messages/{refused['id']}", times=None)
    await _sleep_until(max(at for *_, at in _stored(db_path)))
    caplog.set_level(logging.WARNING, logger="bot.discord.rest_errors")
    async with running_bot(fake_discord, db_path) as bot:
        answers = [
            await fake_discord.wait_for_request("DELETE", f"/channels/{channel}/messages/{m['id']}")
            for channel, m in ((general, gone), (general, gone_again), (locked, refused))
        ]
        assert [a.status for a in answers] == [404, 404, 403]
        assert await _stored_when_flushed(bot, 0) == []
        # Still working: the next hostile message gets its nudge.
        await _nudge(fake_discord, guild, general, "dave")
    reasons = [r.getMessage() for r in caplog.records if "delete its own nudge" in r.getMessage()]
    assert len(reasons) == 2, reasons  # once per (channel, reason), not once per nudge
    assert any("no longer exists" in r for r in reasons)
    assert any("missing permission" in r for r in reasons)


async def test_later_sweeps_retry_old_failures_and_give_up_after_two_weeks(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        cog = cast("_Sweeper", bot.get_cog(COG_NAME))
        await asyncio.wait_for(cog.started.wait(), 5)  # the sweep at start found nothing
        # Three of the bot's own messages, as if nudged long ago by an earlier process.
        ids = []
        for i in range(3):
            sent = await fake_discord.send_message(general, fake_discord.bot_user.id, f"n{i}")
            ids.append(int(sent["id"]))
        old, recent, ancient = ids
        now = time.time()
        overdue = NudgeDeletion(old, general, guild.id, now - 600)  # a timer of ours failed
        soon = NudgeDeletion(recent, general, guild.id, now + 3600)  # a live timer's business
        given_up = NudgeDeletion(ancient, general, guild.id, now - 15 * 24 * 3600)
        await bot.db.flush([], [], nudges_scheduled=[overdue, soon, given_up])
        fake_discord.fail("DELETE", f"/channels/{general}/messages/{old}", status=400, code=0)
        sweep = cog.sweep
        assert await sweep(first=False) == 1  # only the overdue one; the ancient one dropped
        failed = await fake_discord.wait_for_request(
            "DELETE", f"/channels/{general}/messages/{old}"
        )
        assert failed.status == 400
        assert await _stored_when_flushed(bot, 2) == [overdue, soon]  # kept for a retry
        assert await sweep(first=False) == 1
        retried = await fake_discord.wait_for_request(
            "DELETE",
            f"/channels/{general}/messages/{old}",
            start=fake_discord.requests.index(failed) + 1,
        )
        assert retried.status == 204
        assert await _stored_when_flushed(bot, 1) == [soon]
    deleted = fake_discord.find_requests("DELETE", "/channels/{channel_id}/messages/{message_id}")
    assert [r.path.rsplit("/", 1)[1] for r in deleted] == [str(old), str(old)]
