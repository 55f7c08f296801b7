"""A progress bar on a terminal's stderr: bytes read of a file's size.

Only on a terminal: piped or redirected, stderr gets nothing extra, so a script's
log holds only what it asked for. Redrawn at most ten times a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30
MIN_INTERVAL = 0.1
_ERASE = "\r\x1b[K"


class ProgressBar:
    """`[######------]  45%  450.0 of 1,000.0 MB` on one line, redrawn in place."""

    def __init__(
        self,
        stream: TextIO,
        total: int,
        *,
        label: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.label = label
        self.clock = clock
        self._last = float("-inf")
        self._shown = False

    def update(self, done: int) -> None:
        now = self.clock()
        if now - self._last < MIN_INTERVAL and done < self.total:
            return
        self._last = now
        share = min(done / self.total, 1.0)
        filled = round(share * WIDTH)
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(
            f"{_ERASE}{self.label}[{bar}] {share:4.0%}  "
            f"{done / 1e6:,.1f} of {self.total / 1e6:,.1f} MB"
        )
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar, before other output goes to the terminal and at the end."""
        if self._shown:
            self.stream.write(_ERASE)
            self.stream.flush()
            self._shown = False
            self._last = float("-inf")


def progress_bar(stream: TextIO, total: int, *, label: str = "") -> ProgressBar | None:
    """A bar when `stream` is a terminal, else None."""
    isatty = getattr(stream, "isatty", None)
    return ProgressBar(stream, total, label=label) if isatty is not None and isatty() else None
