"""The wishes7 probe's measured verdicts as floors (issue 8): a later change may raise
them, not lower them. Before the wishes7 rules: tuning part 21/42 hostile caught, 39/42
clean kept clean; held-back batch 7/20 and 19/20.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.wishes7_probe_lines import (
    HELD_CLEAN,
    HELD_HOSTILE,
    TUNE_CLEAN,
    TUNE_HOSTILE,
)


def _flagged(scorer: Scorer, lines: tuple[str, ...]) -> int:
    return sum(scorer.score(line).hostile for line in lines)


@pytest.mark.parametrize(
    ("lines", "hostile", "floor"),
    [
        (TUNE_HOSTILE, True, 39),
        (TUNE_CLEAN, False, 40),
        (HELD_HOSTILE, True, 10),
        (HELD_CLEAN, False, 18),
    ],
)
def test_probe_floor(scorer: Scorer, lines: tuple[str, ...], hostile: bool, floor: int) -> None:
    flagged = _flagged(scorer, lines)
    right = flagged if hostile else len(lines) - flagged
    assert right >= floor, (right, len(lines))
