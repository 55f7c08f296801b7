"""The olid42 probe (issue 8): "lying" said before the person or group it calls a liar, an
adjective, not a verb ("the lying media", "a failed lying politician", "your lying bitter
cronies", "lying democrats at it again", "shut your lying mouth"), the clean lines in the
same words (lying down, around or somewhere, the act, the writer's own, reports,
counter-speech, denials and questions), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in olid42_probe_lines.py and olid42_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 11 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid42.py: 33
caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 11 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid42_holdout_lines as held
from tests.core.scoring import olid42_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "one" is no pointer ("one lying reporter does not make the press bad" is fair), and a
# lie's words after the mouth read the line as reported speech (an older reading).
KNOWN_MISSES: frozenset[str] = frozenset({
    "one big lying politician",
    "every word out of his lying ass mouth is fake",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (11 of 40 on a6badc62)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on a6badc62)


class TestOlid42Probe(ProbeRoundChecks):
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
