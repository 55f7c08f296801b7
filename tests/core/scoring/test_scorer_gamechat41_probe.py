"""The gamechat41 probe (issue 8): game chat that puts down plural third persons, "they",
"these guys", "both of them", said to suck or to be trash with only chat's tails after
the verdict ("they suck", "these guys are trash", "they're useless af", "they play like
shit"), the clean lines in the same words (strategy about the enemy's weak spot, asked,
negated, reported, the writer's side, things), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in gamechat41_probe_lines.py and
gamechat41_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat41.py:
35 caught, 1 flagged (the older rules' one, below), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 7 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 40 of 40 caught, 1 of 40 flagged (the same count as at the start), 0 of 6
swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat41_holdout_lines as held
from tests.core.scoring import gamechat41_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 79207d7f too, by the older rules (a group put down, the question mark
# after it not read).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"those guys are useless? no they carried"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (7 of 40 on 79207d7f)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 79207d7f)


class TestGameChat41Probe(ProbeRoundChecks):
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
