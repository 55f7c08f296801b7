"""The precision24 probe (issue 8): clean lines that older rounds over-read (an insult noun
for an unknown someone not in the thread: "some idiot keyed my car", "there are still
idiots who believe the earth is flat", "the world is full of idiots"; a quality noun
exclaimed about a claim or a plan: "idiocy.", "what stupidity, a toll on a free
bridge"), the hostile lines in the same words that must stay caught, and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
precision24_probe_lines.py and precision24_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 33 caught, 23 clean flagged, 0 swearing flagged. After
targeting_precision24.py: 33 caught, 0 flagged, 0 swearing flagged. The two misses are
older rounds' readings this guard never touches ("such stupidity from you" and "the
idiocy of your post is amazing" read as about a thing).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on base31, 38 of 40 caught, 30 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change: "full of" only
after a place and only a third person's reading lowered, added when the suite showed
fixes7's "the left is full of morons"), 38 of 40 caught, 3 of 40 flagged, 0 of 6
swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision24_holdout_lines as held
from tests.core.scoring import precision24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Older rounds' readings the guards do not touch (they only lower scores).
KNOWN_MISSES: frozenset[str] = frozenset({
    "such stupidity from you", "the idiocy of your post is amazing",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 38  # the final count (38 of 40 on base31 too)
HELD_FLAGGED_CAP = 3  # the final count (30 of 40 on base31)


class TestPrecision24Probe(ProbeRoundChecks):
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
