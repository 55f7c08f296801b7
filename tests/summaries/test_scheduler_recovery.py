"""The summary scheduler after a crash or a stop: a claimed week is looked for in the
channel before it is posted again, and a post cut short is marked interrupted.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.stats.summary_status import SummaryState
from bot.summaries.content import SummaryContent
from bot.summaries.scheduler import (
    CHECK_BACK_SECONDS,
    INTERRUPTED_REASON,
    UNCHECKED_ERROR,
    SummaryScheduler,
)
from db.database import Database
from tests.summaries.scheduler_support import ROME, Recorder, setup_guilds, utc


class Channel:
    """What `find_posted` answers: the week is there (True), not there (False), or the
    channel cannot be read (None); remembers what it was asked."""

    def __init__(self, answer: bool | None) -> None:
        self.answer = answer
        self.asked: list[tuple[int, str, float]] = []

    async def __call__(self, settings: GuildSettings, week: str, since: float) -> bool | None:
        self.asked.append((settings.guild_id, week, since))
        return self.answer


async def crash_after_claiming(path: Path, week: str, at: datetime) -> None:
    db = await Database.open(path)
    try:
        await db.claim_summary(ROME, week, at.timestamp(), owner="the-run-that-crashed")
    finally:
        await db.close()


async def restart_and_tick(path: Path, recorder: Recorder, channel: Channel, at: datetime) -> None:
    db = await Database.open(path)
    try:
        scheduler = SummaryScheduler(db, recorder, owner="the-next-run", find_posted=channel)
        await scheduler.tick(at)
    finally:
        await db.close()


async def rome_status(path: Path) -> tuple[SummaryState, str | None]:
    db = await Database.open(path)
    try:
        status = await db.summary_status(ROME)
    finally:
        await db.close()
    assert status is not None
    return status.state, status.error


async def test_a_crashed_claim_found_in_the_channel_is_recorded_not_posted(
    db_path: Path,
) -> None:
    await setup_guilds(db_path)
    due = utc(2026, 11, 16, 8)
    await crash_after_claiming(db_path, "2026-W46", due)
    recorder, channel = Recorder(), Channel(answer=True)
    await restart_and_tick(db_path, recorder, channel, due + timedelta(minutes=2))
    assert [p for p in recorder.posts if p[0] == ROME] == []
    assert channel.asked == [(ROME, "2026-W46", due.timestamp() - CHECK_BACK_SECONDS)]
    assert await rome_status(db_path) == (SummaryState.POSTED, None)


async def test_a_crashed_claim_missing_from_the_channel_is_posted_late_once(
    db_path: Path,
) -> None:
    await setup_guilds(db_path)
    due = utc(2026, 11, 16, 8)
    await crash_after_claiming(db_path, "2026-W46", due)
    recorder, channel = Recorder(), Channel(answer=False)
    for minutes in (2, 3, 60):
        await restart_and_tick(db_path, recorder, channel, due + timedelta(minutes=minutes))
    assert [p for p in recorder.posts if p[0] == ROME] == [(ROME, "2026-W46", True)]
    assert len(channel.asked) == 1
    assert await rome_status(db_path) == (SummaryState.POSTED, None)


async def test_an_unreadable_channel_is_never_posted_twice_and_says_why(db_path: Path) -> None:
    await setup_guilds(db_path)
    due = utc(2026, 11, 16, 8)
    await crash_after_claiming(db_path, "2026-W46", due)
    recorder, channel = Recorder(), Channel(answer=None)
    for minutes in (2, 3):
        await restart_and_tick(db_path, recorder, channel, due + timedelta(minutes=minutes))
    assert [p for p in recorder.posts if p[0] == ROME] == []
    state, error = await rome_status(db_path)
    assert state is SummaryState.FAILED and error == UNCHECKED_ERROR


class SlowSend(Recorder):
    """A `send` that waits until the test lets it finish (Discord slow to answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = asyncio.Event()
        self.finish = asyncio.Event()

    async def __call__(self, settings: GuildSettings, content: SummaryContent) -> None:
        self.started.set()
        await self.finish.wait()
        await super().__call__(settings, content)


async def test_stop_waits_for_a_post_that_finishes_within_the_grace(db_path: Path) -> None:
    await setup_guilds(db_path)
    send = SlowSend()
    db = await Database.open(db_path)
    try:
        scheduler = SummaryScheduler(db, send, owner="run")
        ticking = asyncio.create_task(scheduler.tick(utc(2026, 11, 16, 8)))
        await send.started.wait()
        stopping = asyncio.create_task(scheduler.stop(grace_seconds=3600))
        ticking.cancel()  # the ticker stops first; the post carries on
        send.finish.set()
        await stopping
        assert [p for p in send.posts if p[0] == ROME] == [(ROME, "2026-W46", False)]
        status = await db.summary_status(ROME)
        assert status is not None and status.state is SummaryState.POSTED
        assert await scheduler.tick(utc(2026, 11, 16, 9)) == []  # stopped: no new post
    finally:
        await db.close()


async def test_a_post_cut_short_is_interrupted_then_checked_before_posting_again(
    db_path: Path,
) -> None:
    await setup_guilds(db_path)
    send = SlowSend()
    due = utc(2026, 11, 16, 8)
    db = await Database.open(db_path)
    try:
        scheduler = SummaryScheduler(db, send, owner="run-1")
        ticking = asyncio.create_task(scheduler.tick(due))
        await send.started.wait()
        await scheduler.stop(grace_seconds=0)
        ticking.cancel()
        status = await db.summary_status(ROME)
        assert status is not None
        assert (status.state, status.error) == (SummaryState.INTERRUPTED, INTERRUPTED_REASON)
    finally:
        await db.close()
    assert send.posts == []
    recorder, channel = Recorder(), Channel(answer=False)
    await restart_and_tick(db_path, recorder, channel, due + timedelta(minutes=1))
    assert [p for p in recorder.posts if p[0] == ROME] == [(ROME, "2026-W46", True)]
    assert len(channel.asked) == 1
