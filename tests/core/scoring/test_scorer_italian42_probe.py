"""The italian42 probe (issue 8): from a sweep over the functional categories of an
Italian hate-speech test suite, an identity group promised retribution ("prima o poi gli
ebrei la pagheranno cara", "i gay avranno quello che si meritano", "ve la faremo pagare,
musulmani") or denied rights or welcome ("gli immigrati non hanno diritto a nulla", "i
rom qui non sono graditi", "nessun ebreo è benvenuto qui"), and clean lines that look
alike (paying, rights and welcome given, no identity group, counter-speech, asked,
reported, negated), measured at default settings (`Scorer()`). The lines are in
italian42_probe_lines.py and italian42_holdout_lines.py.

On ac169d9e before the round, the studied part (34 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged (a saying judged, "dire che gli ebrei la pagheranno è
puro odio", read on "odio"), 0 swearing flagged. After targeting_italian42.py and its
lexicon lines: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 7 caught, 1 flagged, 0
swearing flagged; after (counted once, after the last change and the passing suite), 38
caught, 1 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian42_holdout_lines as held
from tests.core.scoring import italian42_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 34 of 34 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (7 of 40 on ac169d9e)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on ac169d9e)


class TestItalian42Probe(ProbeRoundChecks):
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
