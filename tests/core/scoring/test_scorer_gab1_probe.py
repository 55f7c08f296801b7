"""The gab1 probe (issue 8, a precision round): swearing at a thing or a situation read
as aimed at the reader only because a "you" follows it, the reader addressed ("the new
update sucks, you guys") or generic ("life sucks when you're broke"), and "fuck" as an
exclamation before "you're" ("fuck you're lucky"); the hostile lines are the same words
aimed at the reader, a person or a group, which must stay caught. Measured at default
settings (`Scorer()`). The lines are in gab1_probe_lines.py and gab1_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 32 caught, 29 clean flagged, 0 swearing flagged. After targeting_gab1.py: 32
caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 38 of 40 caught, 36 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gab1_holdout_lines as held
from tests.core.scoring import gab1_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Read at the thing on a6badc62 already, before and after: "sucked"/"sucks" with a "when
# you" clause that is the reader's doing, not "you're" and a state.
KNOWN_MISSES: frozenset[str] = frozenset({
    "the party sucked when you showed up",
    "the game sucks when you talk",
    "it sucks when you open your mouth",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (38 of 40 on a6badc62)
HELD_FLAGGED_CAP = 1  # the final count (36 of 40 on a6badc62)


class TestGab1Probe(ProbeRoundChecks):
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
