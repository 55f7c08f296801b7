"""The hatecheck36 probe (issue 8): English stereotype claims that pin a vice or a habit
on a named identity group with "always", "constantly" or "keep" ("muslims always breed",
"black people constantly loot", "jews keep scheming", "immigrants keep breeding like
rabbits") and clean lines that look alike (the same words of no protected group, of
oneself or of a pet, kind claims, denied, countered, asked, reported, quoted), measured
at default settings (`Scorer()`). The lines are in hatecheck36_probe_lines.py and
hatecheck36_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck36.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 0 flagged,
0 swearing flagged; after, 37 caught, 0 flagged, 0 swearing flagged (the lines left
were not read, only counted). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck36_holdout_lines as held
from tests.core.scoring import hatecheck36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (6 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck36Probe(ProbeRoundChecks):
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
