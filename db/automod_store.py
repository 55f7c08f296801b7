"""Which server's AutoMod rule the bot owns: one rule id per server, nothing else.

The rule's words are rebuilt from the server's settings whenever needed, so only
the id is kept, to find the rule again after a restart.
"""

from __future__ import annotations

import time

from db.connection import Connection


class AutomodStore(Connection):
    """The automod_rules table, for the AutoMod service."""

    async def automod_rule_id(self, guild_id: int) -> int | None:
        """The id of the rule the bot owns in this server, or None when AutoMod is off."""
        row = await self._fetchone(
            "SELECT rule_id FROM automod_rules WHERE guild_id = ?", (guild_id,)
        )
        return None if row is None else int(row[0])

    async def automod_rule_ids(self) -> dict[int, int]:
        """Every server with AutoMod on: guild id -> rule id (read once at start)."""
        rows = await self._fetchall("SELECT guild_id, rule_id FROM automod_rules")
        return {int(guild): int(rule) for guild, rule in rows}

    async def save_automod_rule(
        self, guild_id: int, rule_id: int, *, now: float | None = None
    ) -> None:
        """Remember the rule (a new one replaces the old id)."""
        stamp = time.time() if now is None else now
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO automod_rules (guild_id, rule_id, enabled_at) VALUES (?, ?, ?) "
                "ON CONFLICT (guild_id) DO UPDATE SET rule_id = excluded.rule_id, "
                "enabled_at = excluded.enabled_at",
                (guild_id, rule_id, stamp),
            )

    async def delete_automod_rule(self, guild_id: int) -> bool:
        """Forget the server's rule; True when there was one."""
        async with self._write() as conn:
            cur = await conn.execute("DELETE FROM automod_rules WHERE guild_id = ?", (guild_id,))
            return cur.rowcount > 0
