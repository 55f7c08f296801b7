"""The forum35 probe (issue 8): forum posts (Gab/Reddit style) that call for people named
by a contempt label to be executed, which older rounds read as a label said of no one
("those filthy traitors must hang", "lynch those pedos", "death to the traitors", "find
the guilty bastards and hang them"), the clean lines in the same words (the past told,
pests and animals, "hang out", things hung up, reports, questions, negations), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
forum35_probe_lines.py and forum35_holdout_lines.py.

On 189557ea before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 12 caught, 3 clean flagged, 0 swearing flagged. After targeting_forum35.py: 35
caught, 3 flagged, 0 swearing flagged. The three false flags were flagged before the round
and are outside its shape (a report of someone's tweet read by an older "should be shot"
line, "pedo" in "pedo hunters", "these degenerates need to get a job").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 189557ea, 8 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum35_holdout_lines as held
from tests.core.scoring import forum35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 189557ea already, outside the round's shape.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "she tweeted that the pedos should be shot and got banned",
    "we hung out with the pedo hunters team", "these degenerates need to get a job",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 3 flagged: 0.959
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # the final count (8 of 40 on 189557ea)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on 189557ea)


class TestForum35Probe(ProbeRoundChecks):
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
