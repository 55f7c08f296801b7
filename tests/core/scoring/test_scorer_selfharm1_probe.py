"""The selfharm1 probe (issue 8): self-harm urged at the reader as an order, advice, a
wish, a "why" or a favour ("just end it all", "you should end your life", "do us all a
favour and end it", "go starve yourself", "cut deeper next time") or the reader said
better off dead ("you'd be better off dead", "ur better off six feet under"), the clean
lines in the same words (game chat ending a match, a partner or a story ended, everyday
cutting, the writer's own distress, help, negations, questions and reports), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
selfharm1_probe_lines.py and selfharm1_holdout_lines.py.

On 2c865dec before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged (threats8's "end it already" in game chat), 0
swearing flagged. After targeting_selfharm1.py: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2c865dec, 4 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import selfharm1_holdout_lines as held
from tests.core.scoring import selfharm1_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (4 of 40 on 2c865dec)
HELD_FLAGGED_CAP = 0  # the final count (1 of 40 on 2c865dec)


class TestSelfHarm1Probe(ProbeRoundChecks):
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
