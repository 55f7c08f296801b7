"""The experiment store on a real SQLite file: one at a time, counts, folding, forgetting."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from bot.core.moderation.experiment_book import ExperimentOps, Exposure, Flag, Watched
from bot.core.moderation.holdout import Arm, Experiment, assign, new_experiment
from bot.core.stats.experiment_result import ArmCounts
from db.database import Database

GUILD = 111_111_111_111
OTHER_GUILD = 222_222_222_222
USER = 987_654_321_987_654
WEEK = 7 * 86400.0


def _raw_file(db_path: Path) -> bytes:
    """The database file and its write-ahead log, as bytes on disk."""
    return db_path.read_bytes() + db_path.with_name(db_path.name + "-wal").read_bytes()


def exposure(e: Experiment, user: int, at: float, arm: Arm | None = None) -> Exposure:
    member, assigned = assign(e, user)
    return Exposure(e.experiment_id, member, arm or assigned, at)


async def test_one_running_experiment_per_server_and_a_new_one_replaces_the_old(
    db: Database,
) -> None:
    first = new_experiment(GUILD, 0.1, now=100.0)
    assert await db.start_experiment(first)
    assert not await db.start_experiment(new_experiment(GUILD, 0.2, now=200.0))
    assert await db.start_experiment(new_experiment(OTHER_GUILD, 0.2, now=200.0))
    assert await db.latest_experiment(GUILD) == first
    await db.apply_experiment_ops(ExperimentOps(exposures=[exposure(first, USER, 150.0)]))

    stopped = await db.stop_experiment(GUILD, now=300.0)
    assert stopped == replace(first, stopped_at=300.0)
    assert await db.stop_experiment(GUILD, now=301.0) is None  # nothing runs
    assert await db.latest_experiment(GUILD) == stopped  # results stay readable

    second = new_experiment(GUILD, 0.5, now=400.0)
    assert await db.start_experiment(second)
    assert await db.latest_experiment(GUILD) == second
    counts = await db.experiment_counts(first.experiment_id, now=500.0)
    assert counts == {Arm.NUDGED: ArmCounts(), Arm.HELD_BACK: ArmCounts()}  # replaced


async def test_following_lists_running_and_recently_stopped_experiments(db: Database) -> None:
    a, b = new_experiment(GUILD, 0.1, now=0.0), new_experiment(OTHER_GUILD, 0.1, now=0.0)
    await db.start_experiment(a)
    await db.start_experiment(b)
    await db.stop_experiment(OTHER_GUILD, now=10.0)
    assert {e.guild_id for e in await db.following_experiments(now=10.0 + WEEK - 1)} == {
        GUILD,
        OTHER_GUILD,
    }
    assert [e.guild_id for e in await db.following_experiments(now=10.0 + WEEK + 1)] == [GUILD]


async def test_first_exposure_opens_the_week_and_only_later_flags_count(db: Database) -> None:
    e = new_experiment(GUILD, 0.1, now=0.0)
    await db.start_experiment(e)
    n1, n2, n3 = (exposure(e, u, 100.0, Arm.NUDGED) for u in (1, 2, 3))
    h1 = exposure(e, 4, 100.0, Arm.HELD_BACK)
    ops = ExperimentOps(
        exposures=[n1, n2, n3, h1, replace(n1, at=5000.0)],  # a later exposure changes nothing
        flags=[
            Flag(e.experiment_id, n1.member, 100.0),  # the exposing message itself
            Flag(e.experiment_id, n2.member, 200.0),  # flagged again
            Flag(e.experiment_id, n3.member, 100.0 + WEEK + 1),  # too late
            Flag(e.experiment_id, h1.member, 300.0),
            Flag(e.experiment_id, "not-a-member", 300.0),
        ],
        watched=[
            Watched(e.experiment_id, n1.member, 100.0, True),
            Watched(e.experiment_id, n2.member, 100.0, False),
            Watched(e.experiment_id, n3.member, 999.0, True),  # not the exposure it watched
        ],
    )
    await db.apply_experiment_ops(ops)
    inside = await db.experiment_counts(e.experiment_id, now=100.0 + WEEK - 1)
    assert inside[Arm.NUDGED] == ArmCounts(members=3, closed=0, again=0, watched=2, changed=1)
    closed = await db.experiment_counts(e.experiment_id, now=100.0 + WEEK)
    assert closed[Arm.NUDGED] == ArmCounts(members=3, closed=3, again=1, watched=2, changed=1)
    assert closed[Arm.HELD_BACK] == ArmCounts(members=1, closed=1, again=1)

    # folding moves closed members into the totals: the same counts, no member rows left
    assert await db.experiments_to_fold(100.0) == []
    assert await db.experiments_to_fold(100.5) == [(e.experiment_id, GUILD)]
    assert await db.fold_experiment_members([e.experiment_id], before=100.5) == 4
    assert await db.experiment_counts(e.experiment_id, now=100.0 + WEEK) == closed
    assert await db.experiments_to_fold(10.0**10) == []
    await db.apply_experiment_ops(ExperimentOps(exposures=[exposure(e, 9, 10**6, Arm.NUDGED)]))
    again = await db.experiment_counts(e.experiment_id, now=10.0**7)
    assert again[Arm.NUDGED] == ArmCounts(members=4, closed=4, again=1, watched=2, changed=1)
    assert await db.fold_experiment_members([e.experiment_id], before=10.0**7) == 1
    assert await db.experiment_counts(e.experiment_id, now=10.0**7) == again


async def test_forget_user_erases_the_members_rows_and_no_id_is_ever_stored(
    db: Database, db_path: Path
) -> None:
    e = new_experiment(GUILD, 0.1, now=0.0)
    await db.start_experiment(e)
    await db.apply_experiment_ops(
        ExperimentOps(exposures=[exposure(e, USER, 1.0), exposure(e, 42, 1.0)])
    )
    raw = _raw_file(db_path)
    assert str(USER).encode() not in raw and USER.to_bytes(8, "big") not in raw
    assert await db.forget_user(GUILD, USER) == 1
    assert await db.forget_user(GUILD, USER) == 0
    assert await db.erase_experiment_member(GUILD, 42) == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM experiment_members").fetchone()[0] == 0


async def test_rows_of_a_replaced_experiment_written_late_are_folded_away(db: Database) -> None:
    old = new_experiment(GUILD, 0.1, now=0.0)
    await db.start_experiment(old)
    await db.stop_experiment(GUILD, now=1.0)
    await db.start_experiment(new_experiment(GUILD, 0.1, now=2.0))
    await db.apply_experiment_ops(ExperimentOps(exposures=[exposure(old, USER, 1.5)]))
    assert await db.fold_experiment_members([], before=0.0) == 1
