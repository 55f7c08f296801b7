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
counted only at the start and the end: on 7d8246cf, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats12_holdout_lines as held
from tests.core.scoring import threats12_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (3 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 7d8246cf)


class TestThreats12Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
