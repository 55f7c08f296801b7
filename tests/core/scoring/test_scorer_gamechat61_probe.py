"""The gamechat61 probe (issue 8): a player in game chat named by hero or role and called
a kid right beside it in a short line of its own ("pudge kid", "our carry kid", "sf is
kid", "this pa so kid", "kid pudge", "gg kid sf"), the clean lines in the same words (the
writer's own child, a skin, childhood, negations, reports, counter-speech and questions)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
gamechat61_probe_lines.py and gamechat61_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat61.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 36 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat61_holdout_lines as held
from tests.core.scoring import gamechat61_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "bye" is no lead of gamechat60's walk before "kid" and a player ("bye kid" alone is
# gamechat55's dismissal of the reader), so the round leaves the goodbye unread.
KNOWN_MISSES: frozenset[str] = frozenset({"bye kid pudge"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (2 of 40 on 156dda74)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 156dda74)


class TestGameChat61Probe(ProbeRoundChecks):
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
