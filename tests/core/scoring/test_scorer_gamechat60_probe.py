"""The gamechat60 probe (issue 8): a player in game chat named by hero or role and called
bad with a bare "bad" right beside it in a short line of its own ("pudge bad", "our mid
bad lol", "bad pudge", "gg bad carry"), the clean lines in the same words (a pick, an
item, a build, a matchup or a patch judged, the writer's own hero, "my bad", negations,
questions, reports, opinions, bad luck and the weather) and friendly swearing, measured
at default settings (`Scorer()`). The lines are in gamechat60_probe_lines.py and
gamechat60_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat60.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 36 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat60_holdout_lines as held
from tests.core.scoring import gamechat60_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A lane's word before a bare "bad" names the lane: gamechat21's table keeps "our mid bad"
# clean (the mid lane lost), so the round reads only a hero or a role that is no lane.
KNOWN_MISSES: frozenset[str] = frozenset({"our mid bad"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (1 of 40 on 4251e5a6)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 4251e5a6)


class TestGameChat60Probe(ProbeRoundChecks):
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
