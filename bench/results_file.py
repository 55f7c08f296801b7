"""bench/RESULTS.md: each benchmark rewrites only its own `## ` section.

Shared by every benchmark so reruns never disturb another benchmark's numbers.
"""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def write_section(text: str, *, keep_from: str | None = None, path: Path = RESULTS) -> None:
    """Replace (or append) the section whose heading is `text`'s first line.

    With `keep_from`, the old section's lines from that heading on (hand-written
    notes, e.g. a history of what was tried) survive the rewrite.
    """
    heading = text.splitlines()[0].strip()
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not lines:
        lines = ["# Benchmark results"]
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        lines = [*lines, "", *text.splitlines()]
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        notes = None
        if keep_from is not None:
            notes = next((i for i in range(start, end) if lines[i].strip() == keep_from), None)
        kept = [] if notes is None else ["", *lines[notes:end]]
        while kept and not kept[-1].strip():
            kept.pop()
        lines = [*lines[:start], *text.rstrip("\n").splitlines(), *kept, "", *lines[end:]]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
