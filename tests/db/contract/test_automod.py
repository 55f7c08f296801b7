"""The contract, part 4: the AutoMod rule store (written for SQLite, run unchanged on both)."""

from __future__ import annotations

from db.database import Database


async def test_a_rule_id_is_saved_replaced_listed_and_deleted(store: Database) -> None:
    assert await store.automod_rule_id(1) is None
    await store.save_automod_rule(1, 100, now=5.0)
    await store.save_automod_rule(1, 101, now=6.0)
    await store.save_automod_rule(2**62, 7)
    assert await store.automod_rule_id(1) == 101
    assert await store.automod_rule_ids() == {1: 101, 2**62: 7}
    assert await store.delete_automod_rule(1)
    assert not await store.delete_automod_rule(1)
    assert await store.automod_rule_ids() == {2**62: 7}
