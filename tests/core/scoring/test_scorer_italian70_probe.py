"""The italian70 probe (issue 8): a named group dehumanised in Italian, likened to vermin
("i cinesi sono come insetti", "gli africani sono come vampiri"), said to be insects ("i
cinesi sono insetti", "gli zingari sono mosche") or denied its humanity ("gli ebrei non
fanno parte dell'umanità", "i musulmani sono mezzi uomini", "gli immigrati sono
sub-umani", "gli immigrati non meritano di essere chiamati persone"), the clean lines in
the same words (real animals, neutral mentions, counter-speech, reports and questions),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian70_probe_lines.py and italian70_holdout_lines.py.

On 7eca2328 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian70.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7eca2328, 9 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian70_holdout_lines as held
from tests.core.scoring import italian70_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied line reads as written after the round.
KNOWN_MISSES: frozenset[str] = frozenset()
# No clean studied line was flagged before or after the round.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (9 of 40 on 7eca2328)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 7eca2328)


class TestItalian70Probe(ProbeRoundChecks):
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
