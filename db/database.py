"""The bot's only SQL: typed methods in and out, the same on SQLite and PostgreSQL.

Every method takes and returns core values (`GuildSettings`, `StatRow`,
`UserState`, `SummaryStatus`), so no other layer sees SQL. `Database` is the
interface and its portable implementation; `SqliteDatabase` and `PostgresDatabase`
add the backend (`db/sqlite_connection.py`, `db/postgres_connection.py`) that runs
it: the transactions, the migrations, closing. `Database.open` picks one from a
path or a `DATABASE_URL`. Nothing here has a column for message text.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.stats.counters import StatRow, check_day
from db.automod_store import AutomodStore
from db.bullying_store import BULLYING_TABLES, BullyingStore
from db.experiment_store import ExperimentStore
from db.lease_store import LeaseStore
from db.postgres_connection import PostgresConnection
from db.postgres_errors import QUERY_ERRORS
from db.shard_store import ShardStore
from db.sqlite_connection import SqliteConnection
from db.summary_store import SummaryStore
from db.url import is_postgres, sqlite_file

logger = logging.getLogger(__name__)

MAX_TERM_LENGTH = 100
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, *QUERY_ERRORS)
"""A database failed the statement, whichever backend: worth a count, not a traceback."""

# Every table holding a `user_id` column; `forget_user` erases from each of them.
_PER_USER_TABLES = ("user_state", *BULLYING_TABLES)


class Database(SummaryStore, ShardStore, LeaseStore, AutomodStore, ExperimentStore, BullyingStore):
    """The bot's store; create with `await Database.open(path_or_url)`."""

    migrated_from: int
    """The schema version found before opening (`kindness-bot migrate` reports it)."""

    @classmethod
    async def open(cls, target: str | Path, *, busy_timeout_ms: int | None = None) -> Database:
        """Open the database a path or URL names, applying pending migrations.

        A `Path` or plain string is a SQLite file, as is `sqlite:///path`;
        `postgresql://...` is PostgreSQL. Every failure to open is a `DatabaseOpenError`
        (or `MigrationError` for a schema newer than this bot).
        """
        if is_postgres(target):
            return await PostgresDatabase.connect(str(target))
        return await SqliteDatabase.connect(sqlite_file(target), busy_timeout_ms=busy_timeout_ms)

    # -- settings ---------------------------------------------------------------------------

    async def get_guild_settings(self, guild_id: int) -> GuildSettings:
        """This guild's settings, or the defaults when it never changed any."""
        row = await self._fetchone(
            "SELECT data FROM guild_settings WHERE guild_id = ?", (guild_id,)
        )
        if row is None:
            return GuildSettings(guild_id=guild_id)
        return _settings_from_json(guild_id, str(row[0]))

    async def save_guild_settings(self, settings: GuildSettings) -> None:
        """Store the whole settings document (replacing the previous one)."""
        data = json.dumps(settings.to_dict(), sort_keys=True)
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO guild_settings (guild_id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (guild_id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (settings.guild_id, data, time.time()),
            )

    async def all_guild_settings(self) -> list[GuildSettings]:
        """Every guild that has stored settings (e.g. for the summary scheduler)."""
        rows = await self._fetchall("SELECT guild_id, data FROM guild_settings ORDER BY guild_id")
        return [_settings_from_json(int(g), str(d)) for g, d in rows]

    # -- stats ------------------------------------------------------------------------------

    async def add_stats(self, rows: Sequence[StatRow]) -> None:
        """Add a drained batch in ONE transaction; existing counts grow by each row's value."""
        if not rows:
            return
        params = _stats_params(rows)
        async with self._write() as conn:
            await conn.executemany(_ADD_STATS_SQL, params)

    async def stats_rows(self, guild_id: int, start_day: str, end_day: str) -> list[StatRow]:
        """Every stored row of a guild between two days, both inclusive."""
        rows = await self._fetchall(
            "SELECT day, channel_id, metric, value FROM daily_stats "
            "WHERE guild_id = ? AND day BETWEEN ? AND ? ORDER BY day, channel_id, metric",
            (guild_id, check_day(start_day), check_day(end_day)),
        )
        return [
            StatRow(guild_id, str(day), int(ch), str(metric), int(value))
            for day, ch, metric, value in rows
        ]

    async def first_stats_day(self, guild_id: int) -> str | None:
        """The first day the bot counted anything in a guild (`YYYY-MM-DD`), or None."""
        row = await self._fetchone(
            "SELECT MIN(day) FROM daily_stats WHERE guild_id = ? AND value > 0", (guild_id,)
        )
        return None if row is None or row[0] is None else str(row[0])

    async def stats_totals(self, guild_id: int, start_day: str, end_day: str) -> dict[str, int]:
        """Per-metric sums over all channels and days in the inclusive range."""
        rows = await self._fetchall(
            "SELECT metric, SUM(value) FROM daily_stats "
            "WHERE guild_id = ? AND day BETWEEN ? AND ? GROUP BY metric ORDER BY metric",
            (guild_id, check_day(start_day), check_day(end_day)),
        )
        return {str(metric): int(total) for metric, total in rows}

    # -- per-user state ---------------------------------------------------------------------

    async def get_user_state(self, guild_id: int, user_id: int) -> UserState | None:
        """The stored state of one member, or None when the bot remembers nothing."""
        row = await self._fetchone(
            "SELECT last_flag_at, last_nudge_at, recent_flags, expires_at FROM user_state "
            "WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        if row is None:
            return None
        last_flag, last_nudge, recent, expires = row
        return UserState(
            guild_id=guild_id,
            user_id=user_id,
            last_flag_at=None if last_flag is None else float(last_flag),
            last_nudge_at=None if last_nudge is None else float(last_nudge),
            recent_flags=tuple(float(t) for t in json.loads(str(recent))),
            expires_at=float(expires),
        )

    async def save_user_states(self, states: Sequence[UserState]) -> None:
        """Upsert member states in one transaction."""
        if not states:
            return
        async with self._write() as conn:
            await conn.executemany(_SAVE_USER_STATES_SQL, _user_state_params(states))

    async def forget_user(self, guild_id: int, user_id: int) -> int:
        """Erase every row about this member in this guild; returns how many were erased."""
        erased = 0
        experiment_keys = await self.experiment_member_keys(guild_id, user_id)
        async with self._write() as conn:
            erased += await self._erase_experiment_members(conn, experiment_keys)
            for table in _PER_USER_TABLES:
                cur = await conn.execute(
                    f"DELETE FROM {table} WHERE guild_id = ? AND user_id = ?",
                    (guild_id, user_id),
                )
                erased += max(cur.rowcount, 0)
        await self._after_erase()
        logger.info("forgot %d row(s) about a member of guild %d", erased, guild_id)
        return erased

    # -- the periodic flush -----------------------------------------------------------------

    async def flush(
        self,
        rows: Sequence[StatRow],
        states: Sequence[UserState],
        *,
        nudges_scheduled: Sequence[NudgeDeletion] = (),
        nudges_done: Sequence[int] = (),
    ) -> None:
        """Write everything the bot kept in memory since the last flush in ONE transaction.

        Counts, per-user state and pending nudge deletions share one write, so a busy
        second costs one transaction however many kinds of data changed; on any error
        nothing is written and the caller keeps its batch for the next try.
        """
        if not (rows or states or nudges_scheduled or nudges_done):
            return
        stats_params = _stats_params(rows)
        async with self._write() as conn:
            if stats_params:
                await conn.executemany(_ADD_STATS_SQL, stats_params)
            if states:
                await conn.executemany(_SAVE_USER_STATES_SQL, _user_state_params(states))
            if nudges_scheduled:
                await conn.executemany(
                    "INSERT INTO nudge_deletions (message_id, channel_id, guild_id, delete_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET "
                    "channel_id = excluded.channel_id, guild_id = excluded.guild_id, "
                    "delete_at = excluded.delete_at",
                    [
                        (d.message_id, d.channel_id, d.guild_id, d.delete_at)
                        for d in nudges_scheduled
                    ],
                )
            if nudges_done:
                await conn.executemany(
                    "DELETE FROM nudge_deletions WHERE message_id = ?",
                    [(message_id,) for message_id in nudges_done],
                )

    # -- nudge deletions --------------------------------------------------------------------

    # -- false-positive feedback ------------------------------------------------------------

    async def add_feedback_terms(self, guild_id: int, terms: Sequence[str]) -> None:
        """Count "Not what I meant" presses per canonical lexicon term (never message text)."""
        for term in terms:
            if not 1 <= len(term) <= MAX_TERM_LENGTH:
                raise ValueError(f"feedback terms are 1..{MAX_TERM_LENGTH} characters")
        if not terms:
            return
        async with self._write() as conn:
            await conn.executemany(
                "INSERT INTO feedback_terms (guild_id, term, count) VALUES (?, ?, 1) "
                "ON CONFLICT (guild_id, term) DO UPDATE SET count = feedback_terms.count + 1",
                [(guild_id, term) for term in terms],
            )

    async def top_feedback_terms(self, guild_id: int, limit: int = 10) -> list[tuple[str, int]]:
        """The terms most often marked "Not what I meant", most frequent first."""
        rows = await self._fetchall(
            "SELECT term, count FROM feedback_terms WHERE guild_id = ? "
            "ORDER BY count DESC, term LIMIT ?",
            (guild_id, limit),
        )
        return [(str(term), int(count)) for term, count in rows]

    async def remove_feedback_term(self, guild_id: int, term: str) -> bool:
        """Drop a term's feedback (e.g. once moderators allowed it); True if it existed."""
        async with self._write() as conn:
            cur = await conn.execute(
                "DELETE FROM feedback_terms WHERE guild_id = ? AND term = ?", (guild_id, term)
            )
            return cur.rowcount > 0

    # -- misc -------------------------------------------------------------------------------

    async def get_meta(self, key: str) -> str | None:
        """A small process-wide value (e.g. the synced application-command hash)."""
        row = await self._fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    async def set_meta(self, key: str, value: str) -> None:
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _settings_from_json(guild_id: int, data: str) -> GuildSettings:
    """Decode stored settings; the row's key wins over any guild_id inside the JSON."""
    return GuildSettings.from_dict({**json.loads(data), "guild_id": guild_id})


_ADD_STATS_SQL = (
    "INSERT INTO daily_stats (guild_id, day, channel_id, metric, value) "
    "VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (guild_id, day, channel_id, metric) "
    "DO UPDATE SET value = daily_stats.value + excluded.value"
)
_SAVE_USER_STATES_SQL = (
    "INSERT INTO user_state "
    "(guild_id, user_id, last_flag_at, last_nudge_at, recent_flags, expires_at) "
    "VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (guild_id, user_id) DO UPDATE SET "
    "last_flag_at = excluded.last_flag_at, last_nudge_at = excluded.last_nudge_at, "
    "recent_flags = excluded.recent_flags, expires_at = excluded.expires_at"
)


def _stats_params(rows: Sequence[StatRow]) -> list[tuple[int, str, int, str, int]]:
    """Validated before the transaction opens, so a bad day fails without a write.

    Sorted by key: processes writing the same rows then lock them in the same order,
    so two concurrent flushes on PostgreSQL wait for each other instead of deadlocking.
    """
    return sorted((r.guild_id, check_day(r.day), r.channel_id, r.metric, r.value) for r in rows)


def _user_state_params(
    states: Sequence[UserState],
) -> list[tuple[int, int, float | None, float | None, str, float]]:
    return [
        (
            s.guild_id,
            s.user_id,
            s.last_flag_at,
            s.last_nudge_at,
            json.dumps(list(s.recent_flags)),
            s.expires_at,
        )
        for s in sorted(states, key=lambda s: (s.guild_id, s.user_id))  # as above; stable
    ]


class SqliteDatabase(SqliteConnection, Database):
    """The zero-setup default: one SQLite file, one process."""


class PostgresDatabase(PostgresConnection, Database):
    """The shared store for several processes."""
