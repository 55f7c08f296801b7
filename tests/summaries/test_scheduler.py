"""The summary scheduler over a real SQLite file: on time, exactly once, across restarts.

A "restart" is a new `SummaryScheduler` (and a new `Database` connection) over the
same file (`tests/summaries/scheduler_support.py`). Claims left by a crash and posts
cut short are in test_scheduler_recovery.py; the summary built from the database in
test_summary_building.py.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.core.stats.summary_status import SummaryState
from bot.summaries.scheduler import (
    SummaryScheduler,
)
from db.database import Database
from tests.summaries.scheduler_support import (
    NEW_YORK,
    NO_CHANNEL_GUILD,
    ROME,
    Recorder,
    setup_guilds,
    tick_at,
    utc,
)


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
