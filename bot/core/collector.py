"""The cyclic garbage collector tuned for a process that scores messages until it stops.

The lexicons and the caches built before the first message live as long as the
process; every message leaves a few dozen short-lived objects. Left alone, each full
collection walks the whole lexicon again: about a fifth of the scorer's time on OLID
tweets once the lexicon grew past 2026-12-02's rule rounds (bench/RESULTS.md).
"""

from __future__ import annotations

import gc
from typing import Final

__all__ = ["YOUNG_THRESHOLD", "tune_for_scoring"]

YOUNG_THRESHOLD: Final = 50_000
"""Allocations between young-generation passes (Python's default is 700)."""


def tune_for_scoring() -> None:
    """Freeze what is alive now, so no collection walks it again, and collect the young
    generation less often. Call it once the scorers a process starts with are built."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 20, 100)
