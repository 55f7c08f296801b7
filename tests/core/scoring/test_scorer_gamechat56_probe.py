"""The gamechat56 probe (issue 8): a player pointed at by "this" or "that" and a hero's
name and called worthless outright ("this pudge is trash", "that invoker is a joke",
"this slark is so useless"), the clean lines in the same words (the hero, its kit, an
item or the game judged, the past, negations, questions, reports and the writer's own
hero), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in gamechat56_probe_lines.py and gamechat56_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat56.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 8 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
HELD_END. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat56_holdout_lines as held
from tests.core.scoring import gamechat56_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "phantom" is no hero name here: an everyday word as often ("the phantom of the opera").
KNOWN_MISSES: frozenset[str] = frozenset({"this phantom is terrible"})
# None flagged before or after.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 8  # the start count, raised to the final count at the end
HELD_FLAGGED_CAP = 1  # the start count, set to the final count at the end


class TestGameChat56Probe(ProbeRoundChecks):
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
