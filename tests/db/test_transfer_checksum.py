"""The copy's checksum: blind to row order and to which driver returned a number,
not blind to a lost, extra or changed row."""

from __future__ import annotations

from decimal import Decimal

from db.transfer import _row_hash

ROWS = [(1, "2026-11-20", 10, "seen", 5), (1, "2026-11-20", 10, "kind", 2), (2, "x", 0, "m", 1)]


def _sum(rows: list[tuple[object, ...]]) -> int:
    return sum(map(_row_hash, rows)) % 2**64


def test_order_and_number_types_do_not_matter() -> None:
    assert _sum(ROWS) == _sum(list(reversed(ROWS)))
    assert _sum([(1, 5.0, Decimal(7))]) == _sum([(1, 5, 7)])


def test_a_lost_extra_or_changed_row_changes_it() -> None:
    assert _sum(ROWS[:-1]) != _sum(ROWS)
    assert _sum([*ROWS, ROWS[0]]) != _sum(ROWS)
    assert _sum([(1, "2026-11-20", 10, "seen", 6), *ROWS[1:]]) != _sum(ROWS)
    assert _sum([(1, "2026-11-20", 10, "seen", None), *ROWS[1:]]) != _sum(ROWS)
