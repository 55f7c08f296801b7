"""Bullying patterns' two small tables: who asked not to be messaged, and when a member was
last offered help, so "at most one message per 7 days" survives a restart.

Bare ids and a time, never text; both are erased by `/kindness forget` (they are in
`Database`'s per-user tables) and `prune_bullying_dms` drops timestamps once the 7
days have passed. Portable SQL (SQLite and PostgreSQL).
"""

from __future__ import annotations

from db.connection import Connection

BULLYING_TABLES = ("bullying_optouts", "bullying_dms")
"""Tables with a per-member row (`guild_id`, `user_id`), for `forget_user`."""


class BullyingStore(Connection):
    """The opt-outs and the last support message per member."""

    async def bullying_opted_out(self, guild_id: int, user_id: int) -> bool:
        row = await self._fetchone(
            "SELECT 1 FROM bullying_optouts WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return row is not None

    async def add_bullying_optout(self, guild_id: int, user_id: int) -> bool:
        """Remember that the member wants no more of these messages; False if already so."""
        async with self._write() as conn:
            cur = await conn.execute(
                "INSERT INTO bullying_optouts (guild_id, user_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                (guild_id, user_id),
            )
            return cur.rowcount == 1

    async def claim_bullying_dm(
        self, guild_id: int, user_id: int, now: float, *, every: float
    ) -> bool:
        """Claim the member's one support message per `every` seconds; True for the claimer.

        One statement, so two episodes found at once for the same member cannot both win.
        """
        async with self._write() as conn:
            cur = await conn.execute(
                "INSERT INTO bullying_dms (guild_id, user_id, sent_at) VALUES (?, ?, ?) "
                "ON CONFLICT (guild_id, user_id) DO UPDATE SET sent_at = excluded.sent_at "
                "WHERE bullying_dms.sent_at <= ?",
                (guild_id, user_id, now, now - every),
            )
            return cur.rowcount == 1

    async def prune_bullying_dms(self, *, before: float) -> int:
        """Forget support messages sent before `before` (their 7 days have passed)."""
        async with self._write() as conn:
            cur = await conn.execute("DELETE FROM bullying_dms WHERE sent_at < ?", (before,))
            return max(cur.rowcount, 0)
