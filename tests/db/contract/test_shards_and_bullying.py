"""The contract, part 6: the stores written for SQLite by the shards and bullying work
(servers chosen by shard in SQL, leases on the database's clock, bullying opt-outs and
support-message claims), run unchanged on both backends."""

from __future__ import annotations

from bot.core.guild_settings import GuildSettings
from bot.core.shards import shard_plan
from bot.core.stats.counters import StatRow
from db.database import Database

DAY = "2026-11-20"


def _on_shard(shard: int, n: int, count: int = 3) -> int:
    """A server id that lands on `shard` of `count` ((id >> 22) % count)."""
    return ((n * count + shard) << 22) | 12345


async def test_a_process_reads_and_prunes_only_the_servers_of_its_shards(store: Database) -> None:
    servers = {shard: [_on_shard(shard, n) for n in range(1, 3)] for shard in range(3)}
    for ids in servers.values():
        for guild in ids:
            await store.save_guild_settings(GuildSettings(guild_id=guild))
            await store.add_stats([StatRow(guild, "2020-01-01", 1, "seen", 1)])
    plan = shard_plan("3", "0,2")
    owned = {s.guild_id for s in await store.owned_guild_settings(plan)}
    assert owned == {*servers[0], *servers[2]}
    assert await store.prune_owned(plan, stats_before_day=DAY, user_state_before=0.0) == (4, 0)
    assert await store.stats_totals(servers[1][0], "2000-01-01", DAY) == {"seen": 1}


async def test_a_lease_is_held_by_one_owner_until_released(store: Database) -> None:
    assert await store.try_lease("sync", "a", ttl=60)
    assert await store.try_lease("sync", "a", ttl=60)  # renewed by its holder
    assert not await store.try_lease("sync", "b", ttl=60)
    assert await store.release_lease("sync", "a")
    assert await store.try_lease("sync", "b", ttl=60)


async def test_bullying_optouts_and_one_support_message_per_week(store: Database) -> None:
    assert await store.add_bullying_optout(1, 7)
    assert not await store.add_bullying_optout(1, 7)
    assert await store.bullying_opted_out(1, 7) and not await store.bullying_opted_out(1, 8)
    week = 7 * 86400.0
    assert await store.claim_bullying_dm(1, 8, 1000.0, every=week)
    assert not await store.claim_bullying_dm(1, 8, 1000.0 + week - 1, every=week)
    assert await store.claim_bullying_dm(1, 8, 1000.0 + week, every=week)
    assert await store.prune_bullying_dms(before=1e9) == 1
    assert await store.forget_user(1, 7) == 1  # the opt-out is erased too
