"""`?` placeholders (what the stores write) turned into asyncpg's `$1, $2, ...`.

Only a `?` in the SQL itself counts: one inside a string literal, a quoted name or a
comment is left alone. Each distinct statement is translated once and remembered.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def numbered(sql: str) -> str:
    """`SELECT a FROM t WHERE b = ? AND c = '?'` -> `... WHERE b = $1 AND c = '?'`."""
    out: list[str] = []
    n = 0
    i = 0
    length = len(sql)
    while i < length:
        ch = sql[i]
        if ch in "'\"":
            end = _closing_quote(sql, i, ch)
            out.append(sql[i:end])
            i = end
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = length if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = length if end < 0 else end + 2
            out.append(sql[i:end])
            i = end
        elif ch == "?":
            n += 1
            out.append(f"${n}")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _closing_quote(sql: str, start: int, quote: str) -> int:
    """The index just past the quote closing the one at `start` (a doubled quote is text)."""
    i = start + 1
    while True:
        end = sql.find(quote, i)
        if end < 0:
            return len(sql)
        if sql.startswith(quote * 2, end):
            i = end + 2
            continue
        return end + 1
