"""The precision23 probe (issue 8): a group named as the victim of a third party's wish or
attempt to wipe it out, told as history or news ("the nazis wanted to kill all the jews",
"the police want to kill all the protesters", "the regime tried to exterminate the
rohingya"), and hostile look-alikes in the same words (the writer's own wish, a call to do
it, the writer's own side, a people given the wish as its nature, the attempt cheered),
measured at default settings (`Scorer()`). The lines are in precision23_probe_lines.py
and precision23_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 30 caught, 20 clean flagged, 0 swearing flagged. After targeting_precision23.py:
30 caught, 1 flagged, 0 swearing flagged (the five missed are base30's own misses, which
control12's intent rule clears after a singular verb or which no hit reaches: this round
only lowers scores; the one flagged holds "terrorists", a hit of its own).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 35 caught, 25 flagged,
0 swearing flagged; after, 35 caught, 2 flagged, 0 swearing flagged. Only floors are
kept for it. (Before the final count, the suite ran this test once with open floors, 0
caught and 40 flagged, and the held swearing ceiling of 0: pass or fail only, no totals
printed.)
"""

from __future__ import annotations

from tests.core.scoring import precision23_holdout_lines as held
from tests.core.scoring import precision23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: base30's misses (control12 reads "isis wants to ..." after a
# singular verb as someone else's intent, or no hit reaches "glad the military ...").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "isis wants to kill all the gays and honestly good",
        "i hope the army tries to wipe out all the arabs",
        "the regime wants to exterminate all the gays, based",
        "the cops tried to kill all the blacks lol good",
        "glad the military wants to wipe out all the muslims",
    }
)
# "terrorists" is a hit of its own, said of the group the attack names.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"the terrorists wanted to kill all the christians in the church"}
)

TUNE_F1_FLOOR = 0.90  # 30 of 35 caught, 1 flagged: 0.909
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged, start and end
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (35 at the start)
HELD_FLAGGED_CAP = 2  # the final count (25 at the start)


class TestPrecision23Probe(ProbeRoundChecks):
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
