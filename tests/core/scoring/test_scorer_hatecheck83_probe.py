"""The hatecheck83 probe (issue 8): the writer's hatred of a named group said as a lasting
habit or in the past tense ("i always hated muslims", "i've always despised immigrants",
"i hated every gay person i ever met", "i met several black people and i hated them"),
the clean lines in the same words (the aversion overcome or regretted, someone else's,
things, days and game sides, denials, questions, quotes and counter-speech), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck83_probe_lines.py and hatecheck83_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck83.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After: to be counted once, after the last change and the passing
tests. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import hatecheck83_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.0  # none of six


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
