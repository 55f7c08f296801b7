"""The precision18 probe (issue 8): lines in the shapes the round found over-read in the
even rows' false flags of the insult, Gab, HateXplain, toxic-spans and OLID files (a
name-call of someone the reader met, "round up" of a team, "who ever invented X i hate
you") and in its own look at friendly profanity and sayings (what a thing does to anyone,
"shut up" in the passive, good news met with "shut up", "sleep when you're dead"), with
their hostile neighbours, measured at default settings (`Scorer()`). The lines are in
precision18_probe_lines.py and precision18_holdout_lines.py; the lines of the later
shapes were added to both files with their rules in draft.

On main before the round, the studied part (43 hostile, 43 clean, 6 untargeted
swearing): 42 caught, 26 clean flagged, 0 swearing flagged. After the round: 42 caught,
0 flagged, 0 swearing flagged.

The held-back part (51 hostile, 51 clean, 6 swearing), written at the same time, counted
only at the start and the end: before, 49 caught, 27 flagged, 0 swearing flagged; after,
49 caught, 1 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision18_holdout_lines as held
from tests.core.scoring import precision18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: an Italian round-up verb with no word of hate beside the group.
KNOWN_MISSES: frozenset[str] = frozenset({"rastrelliamo gli zingari"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 42 of 43 caught, 0 flagged: 0.988
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 49  # the final count (49 at the start)
HELD_FLAGGED_CAP = 1  # the final count (27 at the start)


class TestPrecision18Probe(ProbeRoundChecks):
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
