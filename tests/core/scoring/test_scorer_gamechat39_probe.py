"""The gamechat39 probe (issue 8): game chat that trashes a third person's or a
teammate's play, or a player named by role or hero ("his aim is shit", "our jungler's
rotations are trash", "their support was so shit", "mid's build is garbage", "pudge's
hooks are ass"), the clean lines in the same words (the writer's own play or side, the
game, the gear, praise, negated, asked, reported), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in gamechat39_probe_lines.py and
gamechat39_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat39.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 9 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat39_holdout_lines as held
from tests.core.scoring import gamechat39_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (9 of 40 on 38c2622d)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 38c2622d)


class TestGameChat39Probe(ProbeRoundChecks):
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
