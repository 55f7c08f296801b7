"""The olid33 probe (issue 8): a person called a bigot outright in a tweet reply ("he is
a racist", "she is such a fascist", "trump is a fascist"), which older rounds weighed as
an accusation said faintly of a third person, with clean lines in the same words (said
of a thing or an act, denied, asked, reported, doubted, conditional, of the writer,
history and fiction) and friendly swearing, measured at default settings (`Scorer()`).
The lines are in olid33_probe_lines.py and olid33_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 14 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid33.py:
32 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 16 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import olid33_holdout_lines as held
from tests.core.scoring import olid33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Read by older rules as reported ("mark my words") or said of a thing ("the host"); a
# call that goes on ("in congress") is left as a description.
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER mark my words, he is a racist", "@USER the host is a racist and everyone knows it",
    "@USER she is the biggest racist in congress",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (16 of 40 on 79207d7f)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 79207d7f)


class TestOlid33Probe(ProbeRoundChecks):
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
