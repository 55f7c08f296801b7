"""The italian68 probe (issue 8): one member of a named group pointed at with a
demonstrative and a singular nationality or group noun and put down in Italian ("quel
marocchino è un ladro", "sta rumena puzza", "questo albanese è un delinquente"), the
clean lines in the same words (neutral mentions, the restaurant and the coffee, news,
negations, counter-speech, reports, questions, self-directed), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in italian68_probe_lines.py
and italian68_holdout_lines.py.

On 475b058f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian68.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 475b058f, 11 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian68_holdout_lines as held
from tests.core.scoring import italian68_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "spacciatore" is no lexicon word, and "puttana" is a sexual
# harassment line read with no clear target whoever it is said of.
KNOWN_MISSES: frozenset[str] = frozenset({
    "quel tunisino è uno spacciatore",
    "sta nigeriana è una puttana",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (11 of 40 on 475b058f)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 475b058f)


class TestItalian68Probe(ProbeRoundChecks):
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
