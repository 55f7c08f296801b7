"""Sharding in the fake gateway: which session gets which server's events.

Discord sends a server's events on shard `(guild_id >> 22) % shard_count`, and
events of no server (DMs) on shard 0. A session that identified without a shard is
shard 0 of 1: it gets everything, exactly as before sharding was modelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]

CLOSE_INVALID_SHARD = 4010
CLOSE_SHARDING_REQUIRED = 4011
GUILD_KEYED_EVENTS = frozenset({"GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"})
"""Events whose own `id` is the server's; every other event names it in `guild_id`."""


@dataclass(frozen=True, slots=True, order=True)
class ShardKey:
    """What a session identified as: `[shard_id, shard_count]`."""

    shard_id: int = 0
    shard_count: int = 1

    def receives(self, guild_id: int | None) -> bool:
        """Does this shard get the event of `guild_id` (None: no server, a DM)?"""
        if guild_id is None:
            return self.shard_id == 0
        return self.shard_count == 1 or (guild_id >> 22) % self.shard_count == self.shard_id


UNSHARDED = ShardKey()


def parse_identify_shard(data: JSON) -> ShardKey | None:
    """The IDENTIFY's `shard`, UNSHARDED without one; None when it is invalid (4010)."""
    raw = data.get("shard")
    if raw is None:
        return UNSHARDED
    if not (isinstance(raw, list) and len(raw) == 2 and all(type(v) is int for v in raw)):
        return None
    shard_id, count = raw
    if not 0 <= shard_id < count:
        return None
    return ShardKey(shard_id, count)


def event_guild_id(event: str, data: JSON) -> int | None:
    """The server an event belongs to, or None (a DM, the bot's own user)."""
    raw = data.get("id") if event in GUILD_KEYED_EVENTS else data.get("guild_id")
    return None if raw is None else int(raw)


def guild_id_on_shard(base_id: int, shard_id: int, shard_count: int) -> int:
    """An id near `base_id` (a fresh snowflake) that lands on `shard_id` of `shard_count`:
    the timestamp part is moved up to the next value with that remainder."""
    stamp, low = base_id >> 22, base_id & ((1 << 22) - 1)
    stamp += (shard_id - stamp) % shard_count
    return (stamp << 22) | low
