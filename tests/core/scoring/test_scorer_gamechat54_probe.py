"""The gamechat54 probe (issue 8): game chat that calls a player "trash" or "garbage" as
a bare verdict ("typical trash", "lol trash", "gg trash", "lost to 5 trash", "3k trash",
"and are still trash"), the clean lines in the same words (trash talk, literal trash, a
game, a patch or the writer's own play called trash, questions, denials and reports),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
gamechat54_probe_lines.py and gamechat54_holdout_lines.py.

On ad6c72f3 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat54.py:
29 caught, 0 flagged, 0 swearing flagged. The six misses: laughter or an exclamation
alone before the verdict ("lol trash"), which older rounds keep clean as a reaction to a
thing ("Lmao trash" in test_scorer_precision.py), and "4k trash".

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ad6c72f3, 14 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
31 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat54_holdout_lines as held
from tests.core.scoring import gamechat54_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Laughter or an exclamation alone before the verdict: a thing's verdict as often
# ("Lmao trash" stays clean in test_scorer_precision.py); "4k" folds to "ak", a rifle
# ("ak trash"), which gamechat12's MMR leaves out.
KNOWN_MISSES: frozenset[str] = frozenset({
    "lol trash", "wow trash", "lmao trash", "omg trash", "haha trash", "4k trash",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.90  # 29 of 35 caught, 0 flagged: 0.906
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 31  # the final count (14 of 40 on ad6c72f3)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on ad6c72f3)


class TestGameChat54Probe(ProbeRoundChecks):
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
