"""False-positive feedback terms and the meta key/value store."""

from __future__ import annotations

import pytest

from db.database import MAX_TERM_LENGTH, Database


async def test_feedback_terms_are_counted_and_ranked(db: Database) -> None:
    await db.add_feedback_terms(1, ["sick", "killer"])
    await db.add_feedback_terms(1, ["sick"])
    await db.add_feedback_terms(1, ["sick", "bloody"])
    await db.add_feedback_terms(2, ["killer", "killer"])
    await db.add_feedback_terms(1, [])
    assert await db.top_feedback_terms(1) == [("sick", 3), ("bloody", 1), ("killer", 1)]
    assert await db.top_feedback_terms(1, limit=1) == [("sick", 3)]
    assert await db.top_feedback_terms(2) == [("killer", 2)]
    assert await db.remove_feedback_term(1, "sick")
    assert not await db.remove_feedback_term(1, "sick")
    assert await db.top_feedback_terms(1) == [("bloody", 1), ("killer", 1)]


@pytest.mark.parametrize("term", ["", "x" * (MAX_TERM_LENGTH + 1)])
async def test_feedback_refuses_empty_or_long_terms(db: Database, term: str) -> None:
    with pytest.raises(ValueError):
        await db.add_feedback_terms(1, ["fine", term])
    assert await db.top_feedback_terms(1) == []


async def test_meta(db: Database) -> None:
    assert await db.get_meta("command_hash") is None
    await db.set_meta("command_hash", "abc")
    await db.set_meta("command_hash", "def")
    assert await db.get_meta("command_hash") == "def"
