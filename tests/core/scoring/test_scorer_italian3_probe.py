"""The italian3 probe's measured verdicts as floors (issue 8): a later change may raise
them, not lower them. Before the italian3 rules: tuning part 153/190 hostile caught,
94/95 clean kept clean; held-back batch 43/50 and 26/30. After: 176/190, 95/95; held-back
unchanged, 43/50 and 26/30 (its misses are missing words and its false flags older rules').
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.italian3_probe_lines import (
    HELD_CLEAN,
    HELD_HOSTILE,
    TUNE_CLEAN,
    TUNE_HOSTILE,
)


@pytest.mark.parametrize(
    ("lines", "hostile", "floor"),
    [
        (TUNE_HOSTILE, True, 176),
        (TUNE_CLEAN, False, 95),
        (HELD_HOSTILE, True, 43),
        (HELD_CLEAN, False, 26),
    ],
)
def test_probe_floor(scorer: Scorer, lines: tuple[str, ...], hostile: bool, floor: int) -> None:
    flagged = sum(scorer.score(line).hostile for line in lines)
    right = flagged if hostile else len(lines) - flagged
    assert right >= floor, (right, len(lines))
