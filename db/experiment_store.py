"""Hold-back experiments: the experiment, its members still inside their week, and the
per-group totals of the members whose week is over.

Members are stored as keyed hashes (`bot.core.moderation.holdout.member_hash`), only
until their week ends; `fold_experiment_members` then adds them to the totals and
deletes them. Nothing here can hold a member id or text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from bot.core.moderation.experiment_book import ExperimentOps
from bot.core.moderation.holdout import FOLLOW_UP_SECONDS, Arm, Experiment, member_hash
from bot.core.stats.experiment_result import ArmCounts
from db.connection import Connection, Transaction

logger = logging.getLogger(__name__)

_COLUMNS = "experiment_id, guild_id, hmac_key, share, started_at, stopped_at"


class ExperimentStore(Connection):
    """The experiments, experiment_members and experiment_arms tables."""

    async def start_experiment(self, experiment: Experiment) -> bool:
        """Store a new running experiment; False when the server already runs one.

        The earlier, stopped experiments of the server and everything they kept are
        deleted: a server has one experiment's results at a time.
        """
        e = experiment
        async with self._write() as conn:
            cur = await conn.execute(
                f"INSERT INTO experiments ({_COLUMNS}) SELECT ?, ?, ?, ?, ?, NULL "
                "WHERE NOT EXISTS (SELECT 1 FROM experiments "
                "WHERE guild_id = ? AND stopped_at IS NULL)",
                (e.experiment_id, e.guild_id, e.key.hex(), e.share, e.started_at, e.guild_id),
            )
            if cur.rowcount != 1:
                return False
            for table in ("experiment_members", "experiment_arms"):
                await conn.execute(
                    f"DELETE FROM {table} WHERE experiment_id IN (SELECT experiment_id "
                    "FROM experiments WHERE guild_id = ? AND experiment_id <> ?)",
                    (e.guild_id, e.experiment_id),
                )
            await conn.execute(
                "DELETE FROM experiments WHERE guild_id = ? AND experiment_id <> ?",
                (e.guild_id, e.experiment_id),
            )
        logger.info("experiment started in guild %d (%.0f%% held back)", e.guild_id, e.share * 100)
        return True

    async def stop_experiment(self, guild_id: int, now: float) -> Experiment | None:
        """Stop the server's running experiment; the stopped one, or None if none ran."""
        async with self._write() as conn:
            cur = await conn.execute(
                "UPDATE experiments SET stopped_at = ? WHERE guild_id = ? AND stopped_at IS NULL",
                (now, guild_id),
            )
            stopped = cur.rowcount > 0
        return await self.latest_experiment(guild_id) if stopped else None

    async def latest_experiment(self, guild_id: int) -> Experiment | None:
        """The server's running experiment, or else its last stopped one."""
        row = await self._fetchone(
            f"SELECT {_COLUMNS} FROM experiments WHERE guild_id = ? "
            "ORDER BY started_at DESC LIMIT 1",
            (guild_id,),
        )
        return None if row is None else _experiment(row)

    async def following_experiments(self, now: float) -> list[Experiment]:
        """Experiments whose flags still count: running, or stopped less than a week ago."""
        rows = await self._fetchall(
            f"SELECT {_COLUMNS} FROM experiments "
            "WHERE stopped_at IS NULL OR stopped_at > ? ORDER BY guild_id",
            (now - FOLLOW_UP_SECONDS,),
        )
        return [_experiment(row) for row in rows]

    async def apply_experiment_ops(self, ops: ExperimentOps) -> None:
        """Write a batch in ONE transaction: first would-be nudges, flags, edit windows.

        A member's first exposure in an experiment opens their week (later ones change
        nothing); a flag marks "flagged again" only for a week opened before it; an edit
        window closes only on the exposure it watched.
        """
        if not len(ops):
            return
        async with self._write() as conn:
            if ops.exposures:
                await conn.executemany(
                    "INSERT INTO experiment_members (experiment_id, member, arm, exposed_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [(e.experiment_id, e.member, e.arm.value, e.at) for e in ops.exposures],
                )
            if ops.flags:
                await conn.executemany(
                    "UPDATE experiment_members SET again = 1 WHERE experiment_id = ? "
                    "AND member = ? AND exposed_at < ? AND exposed_at >= ?",
                    [
                        (f.experiment_id, f.member, f.at, f.at - FOLLOW_UP_SECONDS)
                        for f in ops.flags
                    ],
                )
            if ops.watched:
                await conn.executemany(
                    "UPDATE experiment_members SET watched = 1, changed = ? "
                    "WHERE experiment_id = ? AND member = ? AND exposed_at = ? AND watched = 0",
                    [
                        (int(w.changed), w.experiment_id, w.member, w.exposed_at)
                        for w in ops.watched
                    ],
                )

    async def experiment_counts(self, experiment_id: int, now: float) -> dict[Arm, ArmCounts]:
        """Each group's totals: the folded ones plus the members still inside their week
        (whose "flagged again" is not known before the week ends)."""
        closed_before = now - FOLLOW_UP_SECONDS
        folded = await self._fetchall(
            "SELECT arm, closed, again, watched, changed FROM experiment_arms "
            "WHERE experiment_id = ?",
            (experiment_id,),
        )
        open_rows = await self._fetchall(
            "SELECT arm, COUNT(*), "
            "SUM(CASE WHEN exposed_at <= ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN exposed_at <= ? THEN again ELSE 0 END), "
            "SUM(watched), SUM(changed) FROM experiment_members "
            "WHERE experiment_id = ? GROUP BY arm",
            (closed_before, closed_before, experiment_id),
        )
        counts = {arm: ArmCounts() for arm in Arm}
        for arm, closed, again, watched, changed in folded:
            counts[Arm(arm)] += ArmCounts(
                int(closed), int(closed), int(again), int(watched), int(changed)
            )
        for arm, members, closed, again, watched, changed in open_rows:
            counts[Arm(arm)] += ArmCounts(
                int(members), int(closed or 0), int(again or 0), int(watched), int(changed)
            )
        return counts

    async def fold_experiment_members(self, experiment_ids: Iterable[int], before: float) -> int:
        """Add the members whose week opened before `before` to the totals and delete them.

        Run only for the experiments of servers this process owns, so two processes
        never fold the same rows. Returns the member rows deleted.
        """
        ids = list(experiment_ids)
        deleted = 0
        async with self._write() as conn:
            for experiment_id in ids:
                await conn.execute(_FOLD_SQL, (experiment_id, before))
                cur = await conn.execute(
                    "DELETE FROM experiment_members WHERE experiment_id = ? AND exposed_at < ?",
                    (experiment_id, before),
                )
                deleted += max(cur.rowcount, 0)
            # rows a batch wrote for an experiment replaced while it was in flight
            cur = await conn.execute(
                "DELETE FROM experiment_members WHERE experiment_id NOT IN "
                "(SELECT experiment_id FROM experiments)",
                (),
            )
            deleted += max(cur.rowcount, 0)
        if deleted:
            logger.info("folded %d experiment member(s) into the group totals", deleted)
        return deleted

    async def experiments_to_fold(self, before: float) -> list[tuple[int, int]]:
        """(experiment, server) of every experiment with members whose week opened before
        `before`; the caller folds those of the servers it owns."""
        rows = await self._fetchall(
            "SELECT DISTINCT e.experiment_id, e.guild_id FROM experiments e "
            "JOIN experiment_members m ON m.experiment_id = e.experiment_id "
            "WHERE m.exposed_at < ? ORDER BY e.guild_id",
            (before,),
        )
        return [(int(experiment_id), int(guild_id)) for experiment_id, guild_id in rows]

    async def erase_experiment_member(self, guild_id: int, user_id: int) -> int:
        """Delete one member's rows in the server's experiments (`/kindness forget`)."""
        keys = await self.experiment_member_keys(guild_id, user_id)
        async with self._write() as conn:
            return await self._erase_experiment_members(conn, keys)

    async def experiment_member_keys(self, guild_id: int, user_id: int) -> list[tuple[int, str]]:
        """(experiment, member hash) of one member in each of the server's experiments."""
        rows = await self._fetchall(
            f"SELECT {_COLUMNS} FROM experiments WHERE guild_id = ?", (guild_id,)
        )
        return [(int(row[0]), member_hash(_experiment(row), user_id)) for row in rows]

    async def _erase_experiment_members(
        self, conn: Transaction, keys: Sequence[tuple[int, str]]
    ) -> int:
        """Inside `forget_user`'s transaction: delete the member's rows; how many there were."""
        erased = 0
        for experiment_id, member in keys:
            cur = await conn.execute(
                "DELETE FROM experiment_members WHERE experiment_id = ? AND member = ?",
                (experiment_id, member),
            )
            erased += max(cur.rowcount, 0)
        return erased


_FOLD_SQL = (
    "INSERT INTO experiment_arms (experiment_id, arm, closed, again, watched, changed) "
    "SELECT experiment_id, arm, COUNT(*), SUM(again), SUM(watched), SUM(changed) "
    "FROM experiment_members WHERE experiment_id = ? AND exposed_at < ? "
    "GROUP BY experiment_id, arm "
    "ON CONFLICT (experiment_id, arm) DO UPDATE SET "
    "closed = experiment_arms.closed + excluded.closed, "
    "again = experiment_arms.again + excluded.again, "
    "watched = experiment_arms.watched + excluded.watched, "
    "changed = experiment_arms.changed + excluded.changed"
)


def _experiment(row: tuple[Any, ...]) -> Experiment:
    experiment_id, guild_id, key, share, started_at, stopped_at = row
    return Experiment(
        experiment_id=int(experiment_id),
        guild_id=int(guild_id),
        key=bytes.fromhex(str(key)),
        share=float(share),
        started_at=float(started_at),
        stopped_at=None if stopped_at is None else float(stopped_at),
    )
