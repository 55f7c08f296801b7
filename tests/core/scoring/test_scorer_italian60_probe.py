"""The italian60 probe (issue 8): a named identity group reduced to a use ("le donne sono
buone solo per fare figli", "gli immigrati sono bravi solo a rubare", "le donne sono nate
per servire"), or a child wished dead rather than one of the group ("meglio un figlio
morto che un figlio gay"), the clean lines in the same words (people who are no group,
gifts, the wish reversed, negations, questions, counter-speech and reports), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
italian60_probe_lines.py and italian60_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian60.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 7 of 40 caught, 2 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 1 of 40 flagged, 1 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian60_holdout_lines as held
from tests.core.scoring import italian60_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.17  # 1 of 6 at the final count (1 of 6 on 6932ae4f)
HELD_CAUGHT_FLOOR = 39  # the final count (7 of 40 on 6932ae4f)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on 6932ae4f)


class TestItalian60Probe(ProbeRoundChecks):
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
