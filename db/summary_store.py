"""The weekly summaries' bookkeeping: claims, finishes and interruptions, so each week is
posted exactly once across restarts and crashes.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.core.stats.summary_status import SummaryState, SummaryStatus, check_week
from db.connection import Connection

logger = logging.getLogger(__name__)

STALE_CLAIM_SECONDS = 15 * 60
"""A summary claim with no finish after this long is taken to be from a crashed process.

Rendering and posting one summary takes seconds, so a claim this old means the
process that made it died before posting (or between Discord accepting the post
and `finish_summary`, a window of one local write). Re-claiming trades that tiny
window (a possible duplicate) for never silently losing a week after a crash.
"""
MAX_ERROR_LENGTH = 300


class SummaryStore(Connection):
    """The summary_posts table, for `SummaryScheduler`."""

    async def claim_summary(
        self,
        guild_id: int,
        week: str,
        now: float | None = None,
        *,
        owner: str = "",
        stale_after: float = STALE_CLAIM_SECONDS,
    ) -> bool:
        """Atomically claim the right to post (guild, week); True for exactly one caller.

        `owner` names the bot run; `now` is the database's clock unless given (tests):
        processes sharing the database may run on machines whose clocks disagree. False
        when the week is posted or failed, or claimed by this same run less than
        `stale_after` seconds ago (it may still be posting). A claimed or interrupted week
        of *another* run is handed out at once: one process per server's shard (the
        instance lock) means that run is over, and the
        caller checks the channel before posting it again. `failed` is final for the
        week and shown to moderators instead of being retried on every tick.
        """
        check_week(week)
        async with self._write() as conn:
            cur = await conn.execute(
                "INSERT INTO summary_posts (guild_id, week, state, updated_at, error, claimed_by) "
                f"VALUES (?, ?, 'claimed', COALESCE(?, {self.NOW_SQL}), NULL, ?) "
                "ON CONFLICT (guild_id, week) DO UPDATE SET state = 'claimed', "
                "updated_at = excluded.updated_at, error = NULL, "
                "claimed_by = excluded.claimed_by "
                "WHERE summary_posts.state IN ('claimed', 'interrupted') "
                "AND (summary_posts.claimed_by IS NULL "
                "OR summary_posts.claimed_by <> excluded.claimed_by "
                "OR summary_posts.updated_at <= excluded.updated_at - ?)",
                (guild_id, week, now, owner, stale_after),
            )
            won = cur.rowcount == 1
        if won:
            logger.debug("claimed summary %s for guild %d", week, guild_id)
        return won

    async def finish_summary(
        self,
        guild_id: int,
        week: str,
        *,
        ok: bool,
        error: str | None,
        now: float | None = None,
    ) -> None:
        """Record the outcome of a claimed (or manually posted) week's summary (stamped with
        the database's clock unless `now` is given)."""
        state = SummaryState.POSTED if ok else SummaryState.FAILED
        await self._record_summary(guild_id, week, state, error, now)

    async def interrupt_summary(
        self, guild_id: int, week: str, *, reason: str, now: float | None = None
    ) -> None:
        """Record that a shutdown cut a post short before Discord confirmed it."""
        await self._record_summary(guild_id, week, SummaryState.INTERRUPTED, reason, now)

    async def _record_summary(
        self,
        guild_id: int,
        week: str,
        state: SummaryState,
        error: str | None,
        now: float | None,
    ) -> None:
        check_week(week)
        stored_error = None if error is None else error[:MAX_ERROR_LENGTH]
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO summary_posts (guild_id, week, state, updated_at, error) "
                f"VALUES (?, ?, ?, COALESCE(?, {self.NOW_SQL}), ?) "
                "ON CONFLICT (guild_id, week) DO UPDATE SET state = excluded.state, "
                "updated_at = excluded.updated_at, error = excluded.error",
                (guild_id, week, state.value, now, stored_error),
            )

    async def summary_status(self, guild_id: int) -> SummaryStatus | None:
        """The latest week's summary bookkeeping (shown in `/kindness settings`)."""
        row = await self._fetchone(
            "SELECT week, state, updated_at, error FROM summary_posts WHERE guild_id = ? "
            "ORDER BY week DESC LIMIT 1",
            (guild_id,),
        )
        return None if row is None else _summary_status(guild_id, row)

    async def summary_for_week(self, guild_id: int, week: str) -> SummaryStatus | None:
        """One week's summary bookkeeping, or None if nobody claimed it yet."""
        row = await self._fetchone(
            "SELECT week, state, updated_at, error FROM summary_posts "
            "WHERE guild_id = ? AND week = ?",
            (guild_id, check_week(week)),
        )
        return None if row is None else _summary_status(guild_id, row)


def _summary_status(guild_id: int, row: tuple[Any, ...]) -> SummaryStatus:
    week, state, updated_at, error = row
    return SummaryStatus(
        guild_id=guild_id,
        week=str(week),
        state=SummaryState(str(state)),
        updated_at=float(updated_at),
        error=None if error is None else str(error),
    )
