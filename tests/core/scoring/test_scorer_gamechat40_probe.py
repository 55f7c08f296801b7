"""The gamechat40 probe (issue 8): game chat that says a player, named by hero (everyday
words among the names: doom, storm, axe, lion, void) or by role, sucks, with chat's
tails ("doom sucks", "storm sucked so bad", "gg alche sucks badly", "their carry sucked
balls"), the clean lines in the same words (a kit, a matchup or a spell, things, the
writer's own hero, asked, negated, reported), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in gamechat40_probe_lines.py and
gamechat40_holdout_lines.py.

On ac169d9e before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 2 clean flagged, 0 swearing flagged. After targeting_gamechat40.py:
35 caught, 2 flagged (the older rules' two, below), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ac169d9e, 19 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 39 of 40 caught, 3 of 40 flagged (the same count as at the start: the older
rules' flags), 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat40_holdout_lines as held
from tests.core.scoring import gamechat40_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on ac169d9e too, by the older rules ("mid sucks" read past the gerund, and
# "sniper" read as the subject before a place).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"sniper sucks on this map", "losing mid sucks"})

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (19 of 40 on ac169d9e)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on ac169d9e)


class TestGameChat40Probe(ProbeRoundChecks):
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
