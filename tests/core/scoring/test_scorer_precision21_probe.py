"""The precision21 probe (issue 8): clean lines that older rounds over-read (the writer
sorry for a slur or an insult said earlier; slurs or insults listed and named as words; a
name-call told with a third person's speech tag after it), the hostile lines in the same
words that must stay caught, and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision21_probe_lines.py and precision21_holdout_lines.py.

On base29 before the round, the studied part of the first two shapes (35 hostile, 32
clean, 6 untargeted swearing): 35 caught, 24 clean flagged, 0 swearing flagged. The
speech-tag shape's lines were added before its rule (11 hostile, 14 clean, all caught and
all flagged on base29): 46 of 46 caught, 38 of 46 flagged at the start. After
targeting_precision21.py: 46 of 46 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as each studied part and before its rule,
counted only at the start and the end: the first two shapes' 40 hostile, 40 clean and 6
swearing before, 38 caught, 34 flagged, 0 swearing flagged; the speech-tag lines added
later (10 hostile, 12 clean) were counted alone on base29 at their start, all caught and
all flagged (so 48 of 50 caught, 46 of 52 flagged for the whole batch on base29). After,
48 of 50 caught, 2 of 52 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision21_holdout_lines as held
from tests.core.scoring import precision21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.000
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 48  # the final count (48 of 50 on base29 too)
HELD_FLAGGED_CAP = 2  # the final count (46 of 52 on base29)


class TestPrecision21Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
