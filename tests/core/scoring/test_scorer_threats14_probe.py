"""The threats14 probe (issue 8): the writer's blow at the reader after relief that the
two are apart, a counterfactual without "if" ("good thing ur not here or id punch u",
"thank god we're not in the same room id knock u out", "per fortuna che non sei qui ti
spaccherei la faccia"), with the older luck shapes ("ur lucky im not there rn"), the
clean lines in the same words (relief with no blow, friendly acts, blows at things or
others, game talk, reports, questions and quotes), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in threats14_probe_lines.py and
threats14_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 2 swearing flagged. After targeting_threats14.py:
35 caught, 0 flagged, 1 swearing flagged (an older reading, below).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 6 of 40 caught, 0 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change, with the full suite
past 77% and no failure; it then passed): 40 of 40 caught, 0 of 40 flagged, 1 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import threats14_holdout_lines as held
from tests.core.scoring import threats14_probe_lines as probe
from tests.core.scoring.probe_checks import (
    assert_known_verdicts,
    f1_and_swearing,
    flagged,
    missed,
)

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 3b136144 already: an older "is shit" reading aims a thing's put-down at the
# reader named in the clause before the comma.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"damn good thing ur not here, the food is shit"})

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 1 / 6  # the one older reading above; the other five stay clean
HELD_SWEARING_CEILING = 1 / 6  # the final count (1 of 6 on 3b136144)
HELD_CAUGHT_FLOOR = 40  # the final count (6 of 40 on 3b136144)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 3b136144)


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


def test_held_back_part_floors(scorer: Scorer) -> None:
    _, swearing = f1_and_swearing(scorer, held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING)
    assert swearing <= HELD_SWEARING_CEILING
    assert len(held.HELD_HOSTILE) - len(missed(scorer, held.HELD_HOSTILE)) >= HELD_CAUGHT_FLOOR
    assert len(flagged(scorer, held.HELD_CLEAN)) <= HELD_FLAGGED_CAP


def test_probe_lines_are_distinct() -> None:
    lines = (
        probe.TUNE_HOSTILE
        + probe.TUNE_CLEAN
        + probe.TUNE_SWEARING
        + held.HELD_HOSTILE
        + held.HELD_CLEAN
        + held.HELD_SWEARING
    )
    assert len(set(lines)) == len(lines)
