"""The threats10 probe (issue 8): a veiled threat at the reader said with the screen or
the distance that protects them, the reader held lucky for it ("consider yourself lucky
we're online", "you're lucky there's a screen between us", "ur lucky u live so far
away", "ringrazia che siamo online", "sei fortunato che c'è uno schermo"), the clean
lines in the same words (the screen or the distance as a convenience, the writer or
others held lucky, reports, quotes, questions and game talk), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in threats10_probe_lines.py and
threats10_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 2 clean flagged, 0 swearing flagged. After targeting_threats10.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 3 of 40 caught, 4 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats10_holdout_lines as held
from tests.core.scoring import threats10_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (3 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 0  # the final count (4 of 40 on bc81d1d6)


class TestThreats10Probe(ProbeRoundChecks):
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
