"""Shard settings and ownership: which servers a process works for."""

from __future__ import annotations

import pytest

from bot.config import AppConfig, ConfigError
from bot.core.shards import ShardError, ShardPlan, parse_shard_ids, shard_of, shard_plan


def guild_on(shard: int, count: int, n: int = 5, low: int = 12345) -> int:
    """A snowflake Discord puts on `shard` of `count` (the timestamp bits pick it)."""
    return ((shard + n * count) << 22) | low


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("0", (0,)),
        ("0,1", (0, 1)),
        ("0-3", (0, 1, 2, 3)),
        (" 3 , 1-2 ,1", (1, 2, 3)),
        ("0-1,4", (0, 1, 4)),
        ("5-5", (5,)),
    ],
)
def test_shard_ids_are_lists_and_ranges(raw: str, ids: tuple[int, ...]) -> None:
    assert parse_shard_ids(raw) == ids


@pytest.mark.parametrize(
    ("count", "ids", "says"),
    [
        (None, "0,1", "needs KINDNESS_SHARD_COUNT"),
        ("2", "0,2", "names shard 2, but with KINDNESS_SHARD_COUNT=2 the shards are 0 to 1"),
        ("3", "0-7", "names shard 3"),
        ("2", "1-0", "runs backwards; write it low-high, like 0-1"),
        ("2", "a", "not 'a'"),
        ("2", "-1", "not '-1'"),
        ("2", "0,,1", "empty entry"),
        ("2", "0-", "not '0-'"),
        ("0", None, "from 1 to"),
        ("two", None, "not 'two'"),
        ("-2", None, "not '-2'"),
    ],
)
def test_each_mistake_is_one_clear_sentence(count: str | None, ids: str | None, says: str) -> None:
    with pytest.raises(ShardError) as caught:
        shard_plan(count, ids)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message and message.count(". ") == 0


def test_without_settings_the_process_owns_every_server() -> None:
    plan = shard_plan(None, None)
    assert plan == ShardPlan() and not plan.sharded
    assert all(plan.owns(guild_on(s, 7)) for s in range(7))
    assert plan.describe() == "all shards"


def test_a_count_alone_connects_every_shard_of_it() -> None:
    assert shard_plan("3", None) == ShardPlan(3, (0, 1, 2))


def test_a_process_owns_exactly_the_servers_of_its_shards() -> None:
    plan = shard_plan("3", "0,2")
    assert plan.describe() == "shards 0, 2 of 3"
    for n in range(4):
        assert plan.owns(guild_on(0, 3, n))
        assert not plan.owns(guild_on(1, 3, n))
        assert plan.owns(guild_on(2, 3, n))
    assert shard_plan("3", "1").describe() == "shard 1 of 3"


def test_shard_of_is_discords_formula_on_real_ids() -> None:
    guild_id = 197038439483310086
    assert shard_of(guild_id, 1) == 0
    assert shard_of(guild_id, 16) == (guild_id >> 22) % 16
    assert {shard_of(guild_on(k, 4), 4) for k in range(4)} == {0, 1, 2, 3}


def test_settings_carry_the_plan_and_refuse_a_bad_one() -> None:
    config = AppConfig.from_mapping(
        {"DISCORD_TOKEN": "t", "KINDNESS_SHARD_COUNT": "4", "KINDNESS_SHARD_IDS": "2-3"}
    )
    assert config.shards == ShardPlan(4, (2, 3)) and not config.notices
    assert AppConfig.from_mapping({"DISCORD_TOKEN": "t"}).shards == ShardPlan()
    with pytest.raises(ConfigError, match="KINDNESS_SHARD_IDS needs KINDNESS_SHARD_COUNT"):
        AppConfig.from_mapping({"DISCORD_TOKEN": "t", "KINDNESS_SHARD_IDS": "0"})
