"""The summary scheduler over a real SQLite file: on time, exactly once, across restarts.

A "restart" is a new `SummaryScheduler` (and a new `Database` connection) over the
same file: nothing but the database carries over, exactly as after a real restart.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import StatRow
from bot.core.stats.summary_status import SummaryState
from bot.summaries.content import SummaryContent, build_summary, build_week_so_far
from bot.summaries.scheduler import (
    CHECK_BACK_SECONDS,
    INTERRUPTED_REASON,
    UNCHECKED_ERROR,
    SummaryDeliveryError,
    SummaryScheduler,
)
from db.database import Database

ROME = 1
NEW_YORK = 2
NO_CHANNEL_GUILD = 3


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Recorder:
    """A `send` that remembers what was posted (and can be told to fail)."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, str, bool]] = []
        self.fail_with: str | None = None

    async def __call__(self, settings: GuildSettings, content: SummaryContent) -> None:
        if self.fail_with is not None:
            raise SummaryDeliveryError(self.fail_with)
        assert content.png.startswith(b"\x89PNG")
        self.posts.append((settings.guild_id, content.summary.week, content.summary.late))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kindness.db"


async def setup_guilds(path: Path) -> None:
    db = await Database.open(path)
    try:
        await db.save_guild_settings(
            GuildSettings(ROME, summary_channel_id=11, summary_timezone="Europe/Rome")
        )
        await db.save_guild_settings(
            GuildSettings(
                NEW_YORK,
                summary_channel_id=22,
                summary_timezone="America/New_York",
                summary_weekday=4,
                summary_hour=17,
            )
        )
        await db.save_guild_settings(GuildSettings(NO_CHANNEL_GUILD))
        # the bot has been counting in both servers since long before the weeks tested
        await db.add_stats([StatRow(g, "2026-09-01", 0, "seen", 1) for g in (ROME, NEW_YORK)])
    finally:
        await db.close()


async def tick_at(path: Path, recorder: Recorder, *moments: datetime) -> None:
    """One process lifetime: open, tick at each moment, close."""
    db = await Database.open(path)
    try:
        scheduler = SummaryScheduler(db, recorder)
        for moment in moments:
            await scheduler.tick(moment)
    finally:
        await db.close()


async def test_posts_at_local_time_in_non_utc_zones_across_a_dst_change(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    # Rome: Mondays 09:00; leaves summer time on Sunday 25 October 2026.
    # New York: Fridays 17:00; leaves summer time on Sunday 1 November 2026.
    await tick_at(
        db_path,
        recorder,
        utc(2026, 10, 19, 6, 59),  # 08:59 CEST: not yet
        utc(2026, 10, 19, 7, 0),  # 09:00 CEST: Rome W42
    )
    assert recorder.posts == [(ROME, "2026-W42", False)]
    # the week after the change: 09:00 CET is 08:00 UTC, an hour later than before
    await tick_at(db_path, recorder, utc(2026, 10, 26, 7, 0), utc(2026, 10, 26, 7, 59))
    assert recorder.posts == [(ROME, "2026-W42", False)]
    await tick_at(db_path, recorder, utc(2026, 10, 26, 8, 0))
    assert recorder.posts[-1] == (ROME, "2026-W43", False)
    # New York, first Friday after its change: 17:00 EST is 22:00 UTC
    await tick_at(db_path, recorder, utc(2026, 11, 6, 21, 0))
    assert all(guild != NEW_YORK or week != "2026-W45" for guild, week, _ in recorder.posts)
    await tick_at(db_path, recorder, utc(2026, 11, 6, 22, 0))
    assert recorder.posts[-1] == (NEW_YORK, "2026-W45", False)


async def test_exactly_once_with_two_restarts_during_the_week(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    due = utc(2026, 11, 16, 8)  # Rome, Monday 09:00 CET
    minutes = [due + timedelta(minutes=m) for m in range(5)]
    await tick_at(db_path, recorder, *minutes)  # first run: several ticks
    await tick_at(db_path, recorder, due + timedelta(hours=3), due + timedelta(days=1))  # restart
    await tick_at(db_path, recorder, due + timedelta(days=4))  # and another
    rome = [p for p in recorder.posts if p[0] == ROME]
    assert rome == [(ROME, "2026-W46", False)]


async def test_two_schedulers_ticking_at_once_post_once(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    due = utc(2026, 11, 16, 8)
    first, second = await Database.open(db_path), await Database.open(db_path)
    try:
        await SummaryScheduler(first, recorder).tick(due)
        await SummaryScheduler(second, recorder).tick(due)
    finally:
        await first.close()
        await second.close()
    assert [p for p in recorder.posts if p[0] == ROME] == [(ROME, "2026-W46", False)]


async def test_catch_up_after_downtime_posts_once_and_says_late(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    await tick_at(db_path, recorder, utc(2026, 11, 9, 8))  # W45 on time
    # down from Sunday to Wednesday: the Monday 16 November post was missed
    back = utc(2026, 11, 18, 10)
    await tick_at(db_path, recorder, back, back + timedelta(minutes=1))
    await tick_at(db_path, recorder, back + timedelta(hours=5))
    rome = [p for p in recorder.posts if p[0] == ROME]
    assert rome == [(ROME, "2026-W45", False), (ROME, "2026-W46", True)]


async def test_weeks_long_past_are_never_posted(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    await tick_at(db_path, recorder, utc(2026, 11, 2, 8))  # W44
    await tick_at(db_path, recorder, utc(2026, 12, 2, 12))  # back a month later
    rome = [week for guild, week, _ in recorder.posts if guild == ROME]
    assert rome == ["2026-W44", "2026-W48"]


async def test_no_post_for_a_server_without_a_channel(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    await tick_at(db_path, recorder, utc(2026, 11, 16, 9), utc(2026, 11, 23, 9))
    assert NO_CHANNEL_GUILD not in {guild for guild, _, _ in recorder.posts}
    db = await Database.open(db_path)
    try:
        assert await db.summary_status(NO_CHANNEL_GUILD) is None
    finally:
        await db.close()


async def test_failure_is_recorded_once_and_not_retried_every_tick(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    recorder.fail_with = "missing permission: Send Messages in #kindness"
    due = utc(2026, 11, 16, 8)
    await tick_at(db_path, recorder, due, due + timedelta(minutes=1))
    db = await Database.open(db_path)
    try:
        status = await db.summary_status(ROME)
    finally:
        await db.close()
    assert status is not None
    assert status.week == "2026-W46"
    assert status.state is SummaryState.FAILED
    assert status.error == "missing permission: Send Messages in #kindness"
    recorder.fail_with = None
    await tick_at(db_path, recorder, due + timedelta(minutes=2))
    assert [p for p in recorder.posts if p[0] == ROME] == []


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


async def test_post_now_claims_the_week_so_the_scheduler_skips_it(db_path: Path) -> None:
    await setup_guilds(db_path)
    recorder = Recorder()
    db = await Database.open(db_path)
    try:
        settings = await db.get_guild_settings(ROME)
        outcome = await SummaryScheduler(db, recorder).post_now(settings, utc(2026, 11, 20, 12))
        assert outcome.ok
        assert outcome.week == "2026-W46"
        status = await db.summary_status(ROME)
        assert status is not None
        assert status.state is SummaryState.POSTED
    finally:
        await db.close()
    await tick_at(db_path, recorder, utc(2026, 11, 20, 12, 1))
    assert recorder.posts == [(ROME, "2026-W46", False)]


async def test_built_summary_compares_weeks_from_the_database(db_path: Path) -> None:
    await setup_guilds(db_path)
    db = await Database.open(db_path)
    try:
        await db.add_stats(
            [
                StatRow(ROME, "2026-11-09", 11, "flagged", 5),
                StatRow(ROME, "2026-11-15", 11, "flagged", 5),
                StatRow(ROME, "2026-11-16", 11, "flagged", 100),  # next week: not counted
                StatRow(ROME, "2026-11-02", 11, "flagged", 8),
                StatRow(ROME, "2026-11-04", 0, "kind", 6),
            ]
        )
        content = await build_summary(db, ROME, "2026-W46")
        flagged = content.summary.figure("flagged")
        assert (flagged.current, flagged.previous) == (10, 8)
        assert flagged.text() == "10 (▲ 25%)"
        assert content.summary.figure("kind").change.text() == "none this week"
        assert content.summary.hostile_by_day == (5, 0, 0, 0, 0, 0, 5)
        assert content.filename == "kindness-summary-2026-W46.png"
        so_far = await build_week_so_far(db, ROME, utc(2026, 11, 17, 12))
        assert so_far.summary.partial
        assert so_far.summary.figure("flagged").current == 100
    finally:
        await db.close()


async def test_preview_before_the_posting_hour_shows_today_not_last_week(db_path: Path) -> None:
    await setup_guilds(db_path)
    db = await Database.open(db_path)
    try:
        await db.add_stats(
            [
                StatRow(ROME, "2026-11-15", 11, "flagged", 5),  # last week (not yet posted)
                StatRow(ROME, "2026-11-16", 11, "flagged", 9),  # today
            ]
        )
        monday_early = utc(2026, 11, 16, 6)  # 07:00 in Rome, the summary is due at 09:00
        content = await build_week_so_far(db, ROME, monday_early)
        assert content.summary.week == "2026-W47"
        assert content.summary.figure("flagged").current == 9
        assert content.summary.days_covered == 1
        assert content.text.title == "#CreateKindness week so far · 16 November 2026"
    finally:
        await db.close()


JOINED = 4


async def test_no_summary_for_weeks_before_the_bot_joined_and_the_first_says_so(
    db_path: Path,
) -> None:
    db = await Database.open(db_path)
    contents: list[SummaryContent] = []

    async def send(_settings: GuildSettings, content: SummaryContent) -> None:
        contents.append(content)

    try:
        await db.save_guild_settings(GuildSettings(JOINED, summary_channel_id=44))
        scheduler = SummaryScheduler(db, send)
        # set up on Monday morning 16 November, before the 09:00 UTC post: no data yet
        await scheduler.tick(utc(2026, 11, 16, 9))
        assert contents == [] and await db.summary_status(JOINED) is None
        # the first counts arrive on Wednesday; week W46 still is not posted for it
        await db.add_stats([StatRow(JOINED, "2026-11-18", 5, "seen", 40)])
        settings = await db.get_guild_settings(JOINED)
        early = await scheduler.post_now(settings, utc(2026, 11, 18, 12))
        assert not early.ok and early.before_data and early.week == "2026-W46"
        assert contents == [] and await db.summary_status(JOINED) is None
        # the week it joined in is posted on time, and says it is the first
        await scheduler.tick(utc(2026, 11, 23, 9))
        assert [c.summary.week for c in contents] == ["2026-W47"]
        first = contents[0]
        assert first.summary.first and not first.summary.has_previous
        assert first.text.description.startswith("👋 This is the first weekly summary")
        assert first.summary.figure("seen").text() == "40"
        # and the next one is not "first" any more
        await scheduler.tick(utc(2026, 11, 30, 9))
        assert [c.summary.week for c in contents] == ["2026-W47", "2026-W48"]
        assert not contents[1].summary.first
    finally:
        await db.close()
