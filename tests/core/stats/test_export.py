"""CSV export: the documented header, stable order, and no formula injection."""

from __future__ import annotations

import csv
import io

from bot.core.stats.counters import StatRow
from bot.core.stats.export import safe_cell, stats_csv


def test_header_and_rows_sorted() -> None:
    rows = [
        StatRow(1, "2026-03-02", 5, "seen", 7),
        StatRow(1, "2026-03-01", 9, "flagged", 1),
        StatRow(1, "2026-03-01", 5, "seen", 3),
    ]
    parsed = list(csv.reader(io.StringIO(stats_csv(rows))))
    assert parsed == [
        ["day", "channel_id", "metric", "value"],
        ["2026-03-01", "5", "seen", "3"],
        ["2026-03-01", "9", "flagged", "1"],
        ["2026-03-02", "5", "seen", "7"],
    ]


def test_empty_export_still_has_the_header() -> None:
    assert stats_csv([]) == "day,channel_id,metric,value\r\n"


def test_formula_like_text_is_neutralised() -> None:
    hostile = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]
    for value in hostile:
        assert safe_cell(value) == "'" + value
    assert safe_cell("category:insult") == "category:insult"
    row = StatRow(1, "2026-03-01", 0, '=cmd|"/c calc"!A0', 1)
    [_, data] = list(csv.reader(io.StringIO(stats_csv([row]))))
    assert data[2].startswith("'=")


def test_commas_and_quotes_stay_inside_one_cell() -> None:
    row = StatRow(1, "2026-03-01", 0, 'a,"b"', 1)
    [_, data] = list(csv.reader(io.StringIO(stats_csv([row]))))
    assert data == ["2026-03-01", "0", 'a,"b"', "1"]
