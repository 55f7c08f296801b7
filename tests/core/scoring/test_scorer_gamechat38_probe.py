"""The gamechat38 probe (issue 8): game chat that trashes the reader's play ("your aim is
shit", "u were shit", "your rotations are shit", "ur game sense is trash") or calls the
reader a bare vulgar noun ("u fuck", "you shits", "u lucky fuck"), the near-miss lines
in the same words that must stay clean (the writer's own play, the game or the gear,
praise, negated, asked, "you shit on them", "did you fuck up"), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in gamechat38_probe_lines.py
and gamechat38_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat38.py:
34 caught, 0 flagged, 0 swearing flagged. The one miss, "you lucky bastard", is an older
benign line (benign.txt: friendly envy), kept so.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on afa9c3a0, 10 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 36 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat38_holdout_lines as held
from tests.core.scoring import gamechat38_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "lucky bastard" is an older benign line; the round leaves it so.
KNOWN_MISSES: frozenset[str] = frozenset({"you lucky bastard"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (10 of 40 on afa9c3a0)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on afa9c3a0 too)


class TestGameChat38Probe(ProbeRoundChecks):
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
