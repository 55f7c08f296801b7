"""The italian32 probe (issue 8): Italian posts that deny trans people their gender
("le donne trans sono uomini", "un trans resta un uomo", "le trans non saranno mai
donne", "gli uomini trans sono donne") and clean lines that look alike (the frames
affirming, other subjects, counter-speech and reports, friendly swearing), measured at
default settings (`Scorer()`). The lines are in italian32_probe_lines.py and
italian32_holdout_lines.py.

On base26 before the round, the studied part (35 hostile, 30 clean, 5 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian32.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 1 flagged,
0 swearing flagged; after, 40 caught, 1 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian32_holdout_lines as held
from tests.core.scoring import italian32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 0 flagged: 1.000
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 40  # the final count (3 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestItalian32Probe(ProbeRoundChecks):
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
