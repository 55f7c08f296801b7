"""The threats17 probe (issue 8): a veiled threat at the reader through the screen, the
screen or the distance lifted by a condition or a wish, then the reader's doom or the
writer's blow at the reader ("if this wasnt the internet you'd be dead", "if we were irl
i'd punch you", "wish i could punch you through the screen"); the clean lines in the same
words (kind acts, a doom going on as something else, game talk, reports, questions,
quotes, jokes) and friendly swearing, measured at default settings (`Scorer()`). The
lines are in threats17_probe_lines.py and threats17_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_threats17.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 1 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
38 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats17_holdout_lines as held
from tests.core.scoring import threats17_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (1 of 40 on 156dda74)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 156dda74)


class TestThreats17Probe(ProbeRoundChecks):
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
