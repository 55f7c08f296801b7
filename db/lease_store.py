"""Leases: work for the whole bot (the command sync, pruning shared rows) done by one
process at a time when several share the database.

A lease is a row of the `meta` table, `lease:<name>`, holding its expiry on the
database's clock (whole seconds, ten digits until the year 2286) and its holder:
`1764504000|<owner>`. Taking it is one upsert that succeeds when the row is new,
ours, or expired, so it is atomic on SQLite and PostgreSQL alike, needs no schema of
its own, and a holder that dies (SIGKILL) frees it by simply letting it expire.
"""

from __future__ import annotations

import logging

from db.connection import Connection

logger = logging.getLogger(__name__)

LEASE_PREFIX = "lease:"
_STAMP_DIGITS = 10
"""Width of the expiry in the stored value; the holder starts after it and a '|'."""


class LeaseStore(Connection):
    """`try_lease` / `release_lease` over the meta table."""

    async def try_lease(self, name: str, owner: str, ttl: float) -> bool:
        """Hold `name` for `ttl` seconds from now (database clock): True if taken or renewed.

        False while another owner holds an unexpired lease of that name.
        """
        if not owner or "|" in owner:
            raise ValueError("a lease owner is a non-empty name without '|'")
        if not 1 <= ttl <= 86_400:
            raise ValueError("a lease lasts from 1 second to a day")
        now = self.NOW_SQL
        expiry = f"CAST(CAST({now} + ? AS BIGINT) AS TEXT)"
        async with self._write() as conn:
            cur = await conn.execute(
                f"INSERT INTO meta (key, value) VALUES (?, {expiry} || '|' || ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                f"WHERE substr(meta.value, {_STAMP_DIGITS + 2}) = ? "
                f"OR CAST(substr(meta.value, 1, {_STAMP_DIGITS}) AS BIGINT) <= {now}",
                (LEASE_PREFIX + name, ttl, owner, owner),
            )
            held = cur.rowcount == 1
        logger.debug("lease %s %s by %s", name, "held" if held else "not taken", owner)
        return held

    async def release_lease(self, name: str, owner: str) -> bool:
        """Give the lease up if `owner` holds it (the next process need not wait it out)."""
        async with self._write() as conn:
            cur = await conn.execute(
                f"DELETE FROM meta WHERE key = ? AND substr(value, {_STAMP_DIGITS + 2}) = ?",
                (LEASE_PREFIX + name, owner),
            )
            return cur.rowcount == 1

    async def prune_leases(self, *, expired_for: float) -> int:
        """Drop leases that expired more than `expired_for` seconds ago (names no longer
        used, holders gone); returns how many."""
        async with self._write() as conn:
            cur = await conn.execute(
                "DELETE FROM meta WHERE key LIKE ? "
                f"AND CAST(substr(value, 1, {_STAMP_DIGITS}) AS BIGINT) < {self.NOW_SQL} - ?",
                (LEASE_PREFIX + "%", expired_for),
            )
            return max(cur.rowcount, 0)
