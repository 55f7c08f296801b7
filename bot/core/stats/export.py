"""Stats as CSV for `/kindness export`, safe to open in a spreadsheet.

Pure: rows in, text out. Any text cell that a spreadsheet would read as a formula
(leading `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so an
exported file can never execute anything (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from bot.core.stats.counters import StatRow

CSV_HEADER = ("day", "channel_id", "metric", "value")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a text cell that a spreadsheet would otherwise evaluate."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def stats_csv(rows: Iterable[StatRow]) -> str:
    """CSV text (header `day,channel_id,metric,value`), rows sorted by day, channel, metric."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in sorted(rows, key=lambda r: (r.day, r.channel_id, r.metric)):
        writer.writerow((safe_cell(row.day), row.channel_id, safe_cell(row.metric), row.value))
    return buf.getvalue()
