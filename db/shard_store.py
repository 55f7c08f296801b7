"""Per-server work chosen in SQL by shard: the rows of the servers this process owns.

With shards, several processes share one database and each owns the servers of
its shards, `(guild_id >> 22) % shard_count`. The scheduler, the nudge-deletion
sweep and retention read and prune through these methods, so no process works for
another's servers. An unsharded `ShardPlan` owns everything: no filter at all.
"""

from __future__ import annotations

import json
import logging

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.shards import ShardPlan
from bot.core.stats.counters import check_day
from db.connection import Connection

logger = logging.getLogger(__name__)


def owned(plan: ShardPlan, column: str = "guild_id") -> tuple[str, list[object]]:
    """A portable SQL condition (and its parameters) true for the plan's servers."""
    if plan.count is None:
        return "1 = 1", []
    marks = ", ".join("?" for _ in plan.ids)
    return f"(({column} >> 22) % ?) IN ({marks})", [plan.count, *plan.ids]


class ShardStore(Connection):
    """Reads and prunes limited to the servers of a `ShardPlan`."""

    async def owned_guild_settings(self, plan: ShardPlan) -> list[GuildSettings]:
        """The stored settings of the servers this process owns (for the summary ticker)."""
        where, params = owned(plan)
        rows = await self._fetchall(
            f"SELECT guild_id, data FROM guild_settings WHERE {where} ORDER BY guild_id", params
        )
        return [
            GuildSettings.from_dict({**json.loads(str(d)), "guild_id": int(g)}) for g, d in rows
        ]

    async def owned_nudge_deletions(
        self, plan: ShardPlan, *, due_before: float | None = None, limit: int = 1000
    ) -> list[NudgeDeletion]:
        """Stored nudge deletions of owned servers, soonest first; due before a time if given."""
        where, params = owned(plan)
        if due_before is not None:
            where += " AND delete_at < ?"
            params.append(due_before)
        rows = await self._fetchall(
            "SELECT message_id, channel_id, guild_id, delete_at FROM nudge_deletions "
            f"WHERE {where} ORDER BY delete_at, message_id LIMIT ?",
            [*params, limit],
        )
        return [NudgeDeletion(int(m), int(c), int(g), float(at)) for m, c, g, at in rows]

    async def prune_owned_nudge_deletions(self, plan: ShardPlan, *, before: float) -> int:
        """Give up on owned servers' deletions due before a time; returns rows dropped."""
        where, params = owned(plan)
        async with self._write() as conn:
            cur = await conn.execute(
                f"DELETE FROM nudge_deletions WHERE {where} AND delete_at < ?", [*params, before]
            )
            return max(cur.rowcount, 0)

    async def prune_owned(
        self, plan: ShardPlan, *, stats_before_day: str, user_state_before: float
    ) -> tuple[int, int]:
        """Retention for owned servers: old daily stats and expired member state, in one
        transaction; returns (stats rows deleted, user states deleted)."""
        day = check_day(stats_before_day)
        where, params = owned(plan)
        async with self._write() as conn:
            stats_cur = await conn.execute(
                f"DELETE FROM daily_stats WHERE {where} AND day < ?", [*params, day]
            )
            users_cur = await conn.execute(
                f"DELETE FROM user_state WHERE {where} AND expires_at < ?",
                [*params, user_state_before],
            )
            counts = (max(stats_cur.rowcount, 0), max(users_cur.rowcount, 0))
        logger.info("pruned %d stats row(s) and %d user state(s) of %s", *counts, plan.describe())
        return counts
