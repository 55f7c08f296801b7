"""The hatecheck67 probe (issue 8): a named identity group met with a rhetorical question
of aversion, asked as if no one could bear the group or want one of them ("how can anyone
stand muslims?", "how could anybody put up with immigrants?", "who would want to marry a
trans woman?", "who in their right mind would hire a disabled person?"), the clean lines
in the same words (people and things who are no group, a group's plight after the verb,
kind, negated, harmful and answered questions, statements, counter-speech, reports and
quotes), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in hatecheck67_probe_lines.py and hatecheck67_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck67.py:
35 caught, 0 flagged (the one flagged before, "who would want to hurt a muslim?", now
read whole as the round's question, with no group after an aversion verb), 0 swearing
flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck67_holdout_lines as held
from tests.core.scoring import hatecheck67_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on 6932ae4f)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 6932ae4f)


class TestHateCheck67Probe(ProbeRoundChecks):
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
