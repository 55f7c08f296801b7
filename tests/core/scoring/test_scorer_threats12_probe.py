"""The threats12 probe (issue 8): the writer's blow at the reader promised under a
condition of being together ("if u were here rn id punch u", "if i was there id smack
you", "if we were in the same room id knock you out", "se fossi qui ti prenderei a
pugni", "se eri qui ti davo uno schiaffo"), the clean lines in the same words (a
friendly act, a blow at a thing or someone else, the reader as the doer, game talk,
reports, quotes, questions), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in threats12_probe_lines.py and threats12_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_threats12.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
is counted only at the start and the end: on 7d8246cf, 3 of 40 caught, 0 of 40 flagged,
0 of 6 swearing flagged. Its floors are set from the final count.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import threats12_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
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
