"""The italian62 probe (issue 8): harm wished on all of a group in Italian, the group left
to "tutti" or to the thread ("speriamo che affoghino tutti", "magari crepassero tutti",
"che crepino"), or on the boats that carry it ("speriamo che affondino i barconi",
"magari affondasse il gommone"), the clean lines in the same words (wishes that are no
harm, harm wished on things, idioms, negations, questions, news, reports and
counter-speech), and friendly swearing, measured at default settings (`Scorer()`). The
lines are in italian62_probe_lines.py and italian62_holdout_lines.py.

On ff8a2800 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian62.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ff8a2800, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian62_holdout_lines as held
from tests.core.scoring import italian62_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "basta" before the wish reads as an older counter-speech lead ("basta con ...").
KNOWN_MISSES: frozenset[str] = frozenset({"basta, che crepino tutti"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on ff8a2800)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ff8a2800)


class TestItalian62Probe(ProbeRoundChecks):
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
