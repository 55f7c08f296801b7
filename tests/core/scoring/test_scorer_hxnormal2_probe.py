"""The hxnormal2 probe (issue 8, a precision round): an identity slur used as the modifier
of a noun of speech names the words said, not the people ("his towelhead comments got him
fired", "the tranny slur again", "her kike remarks were vile"); the lines in the same
words where the slur is aimed at a person or a group stay caught; and friendly swearing,
measured at default settings (`Scorer()`). The roles are inverted: the clean lines were
flagged before the round. The lines are in hxnormal2_probe_lines.py and
hxnormal2_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 35 caught, 30 clean flagged, 0 swearing flagged. After targeting_hxnormal2.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 38 of 40 caught, 37 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.

hatexplain (bench_accuracy, whole file): normal flagged 15.6% -> 15.5%, P .852 -> .853,
R .616 -> .615, F1 .715 -> .715; every other file unchanged.
"""

from __future__ import annotations

from tests.core.scoring import hxnormal2_holdout_lines as held
from tests.core.scoring import hxnormal2_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (38 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 1  # the final count (37 of 40 on bc81d1d6)


class TestHxNormal2Probe(ProbeRoundChecks):
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
