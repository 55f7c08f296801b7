"""The italian69 probe (issue 8): Italian identity attacks on national and ethnic groups
the group list lacked ("gli israeliani sono feccia", "odio i palestinesi", "i ceceni non
sono esseri umani", "le siriane sono feccia") and a named group called "bestie" over an
adverb ("i musulmani sono tutti bestie"), the clean lines in the same words (neutral,
positive and news mentions, animals, negations, questions, counter-speech and reports),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian69_probe_lines.py and italian69_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian69.py:
35 caught, 0 flagged, 0 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import italian69_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


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
