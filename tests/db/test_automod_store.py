"""The AutoMod store: one rule id per server, kept across reopening, nothing else."""

from __future__ import annotations

from pathlib import Path

from db.database import Database


async def test_rule_ids_are_saved_replaced_listed_and_deleted(db: Database) -> None:
    assert await db.automod_rule_id(1) is None
    await db.save_automod_rule(1, 111, now=10.0)
    await db.save_automod_rule(2, 222, now=11.0)
    await db.save_automod_rule(1, 333, now=12.0)  # enabled again: the new rule's id
    assert await db.automod_rule_id(1) == 333
    assert await db.automod_rule_ids() == {1: 333, 2: 222}
    assert await db.delete_automod_rule(1) is True
    assert await db.delete_automod_rule(1) is False
    assert await db.automod_rule_ids() == {2: 222}


async def test_rule_ids_survive_reopening(db_path: Path) -> None:
    first = await Database.open(db_path)
    await first.save_automod_rule(5, 1_234_567_890_123_456_789)
    await first.close()
    again = await Database.open(db_path)
    try:
        assert await again.automod_rule_id(5) == 1_234_567_890_123_456_789
    finally:
        await again.close()
