"""The hatecheck80 probe (issue 8): a call to expel or wipe out a named identity group with
a verb of expulsion or extermination no older line read bare ("deport the muslims",
"expel all jews", "eradicate the immigrants", "deport the french"), the clean lines in
the same words (history and reports, things and people who are no group, negations,
questions about policy, counter-speech and quotes), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck80_probe_lines.py and
hatecheck80_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck80.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 4 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing tests:
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck80_holdout_lines as held
from tests.core.scoring import hatecheck80_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on d6691716 already: "monsters" read as said of the named group in
# counter-speech against the call.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "people who want to eradicate the jews are monsters",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out suites' share of friendly profanity flagged
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count
HELD_CAUGHT_FLOOR = 39  # the final count (4 of 40 on d6691716)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d6691716)


class TestHateCheck80Probe(ProbeRoundChecks):
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
