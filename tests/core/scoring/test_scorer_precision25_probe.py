"""The precision25 probe (issue 8): clean lines that older rounds over-read (a slur the
writer calls themselves: "i am such a retard", "i feel like a retard today", "i looked
like a faggot in that hat", "being a retard i forgot my keys again"), the hostile lines
in the same words that must stay caught, and friendly swearing, measured at default
settings (`Scorer()`). The lines are in precision25_probe_lines.py and
precision25_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 32 caught, 20 clean flagged, 0 swearing flagged. After
targeting_precision25.py: 32 caught, 0 flagged, 0 swearing flagged. The three misses
are older rounds' negation readings this guard never touches ("i am not the retard
here, you are", "i'm not a faggot like you", "unlike you i am not a retard").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on base32, 37 of 40 caught, 34 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change), 37 of 40 caught,
0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision25_holdout_lines as held
from tests.core.scoring import precision25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Older rounds' negation readings the guard does not touch (it only lowers scores).
KNOWN_MISSES: frozenset[str] = frozenset({
    "i am not the retard here, you are", "i'm not a faggot like you",
    "unlike you i am not a retard",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 37  # the final count (37 of 40 on base32 too)
HELD_FLAGGED_CAP = 0  # the final count (34 of 40 on base32)


class TestPrecision25Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
