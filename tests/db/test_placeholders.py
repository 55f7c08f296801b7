"""`?` placeholders numbered for asyncpg: only those in the SQL itself."""

from __future__ import annotations

import pytest

from db.placeholders import numbered


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT 1", "SELECT 1"),
        ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = $1 AND c = $2"),
        ("VALUES (?, '?', ?)", "VALUES ($1, '?', $2)"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1"),
        ('SELECT "odd?name" FROM t WHERE x = ?', 'SELECT "odd?name" FROM t WHERE x = $1'),
        ("SELECT ? -- why?\n, ?", "SELECT $1 -- why?\n, $2"),
        ("SELECT /* a ? here */ ?", "SELECT /* a ? here */ $1"),
        ("SELECT '?", "SELECT '?"),  # unterminated: left as it is, the server will say why
    ],
)
def test_placeholders_outside_literals_and_comments_are_numbered(sql: str, expected: str) -> None:
    assert numbered(sql) == expected


def test_each_statement_is_translated_once() -> None:
    numbered.cache_clear()
    for _ in range(3):
        numbered("SELECT ? + ?")
    assert numbered.cache_info().hits == 2
