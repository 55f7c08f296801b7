"""The precision20 probe (issue 8): clean lines that older rounds over-read (a thing, a
state of affairs or an idea said to be the problem; blame or a problem put as someone's
question; a third person's dislike of a group reported), the hostile lines in the same
words that must stay caught, and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision20_probe_lines.py and precision20_holdout_lines.py.

On base25 before the round, the studied part of the first three shapes (26 hostile, 34
clean, 5 untargeted swearing): 23 caught, 20 clean flagged, 1 swearing flagged. The
illness shape's lines were added before its rule (3 hostile, 6 clean; with the first
guards in, 26 of 29 caught and 6 of 40 flagged). After targeting_precision20.py: 26 of
29 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as each studied part and before its rule,
counted only at the start and the end: the first three shapes' 40 hostile, 40 clean and
6 swearing before, 38 caught, 23 flagged, 0 swearing flagged; with the illness lines
(43 hostile, 46 clean) and the first guards in, 41 caught, 9 flagged; after, 41 caught,
3 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision20_holdout_lines as held
from tests.core.scoring import precision20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Misses at the start too, left to a later round (a precision round): "can't stand" said
# of one person ("i can't stand you"), the reader's copula misspelt before laughter.
KNOWN_MISSES: frozenset[str] = frozenset({
    "your the problem lol",
})  # fmt: skip
# A threat term in a description ("wiped out"), and a bare subject read as a name before
# an illness ("sickle cell is a disease"): other readings, left alone.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "a plague that wiped out half the muslims there",
    "sickle cell is a disease that affects black people more",
})  # fmt: skip

TUNE_F1_FLOOR = 0.91  # 26 of 29 caught, 2 flagged: 0.912
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 41  # the final count (41 of 43 before the illness rule)
HELD_FLAGGED_CAP = 3  # the final count (23 of 40 at the start, 9 of 46 later)


class TestPrecision20Probe(ProbeRoundChecks):
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
