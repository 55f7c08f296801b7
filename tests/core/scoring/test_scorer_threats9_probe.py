"""The threats9 probe (issue 8): a veiled threat at the reader said with luck, the
writer's harm held back only by what stops them ("you're lucky i don't kill you", "ur
lucky im not there rn", "count yourself lucky i cant reach you", "lucky for you i dont
know where you live", "sei fortunato che non ti trovo", "ringrazia che non so dove
abiti"), the clean lines in the same words (luck as luck, games, the writer about
themselves, reports, questions and quotes), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in threats9_probe_lines.py and
threats9_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_threats9.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats9_holdout_lines as held
from tests.core.scoring import threats9_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A comma between "lucky for you" and the writer: the round's lines are whole phrases,
# and "lucky for you" alone would be a line on every message that says it.
KNOWN_MISSES: frozenset[str] = frozenset({"lucky for you, i can't reach you"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (2 of 40 on a6badc62)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on a6badc62)


class TestThreats9Probe(ProbeRoundChecks):
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
