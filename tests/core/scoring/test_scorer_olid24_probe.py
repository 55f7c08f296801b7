"""The olid24 probe (issue 8): tweets in the round's shape (a person, a pointed person or
a camp said to be the problem or part of it, the reader's copula misspelt "your") and
clean tweets that look alike (a thing, a habit or an idea as the problem, the writer's
side, a question, a denial, a report, "the problem is ..." going on, "problem solver"),
measured at default settings (`Scorer()`). The lines are in olid24_probe_lines.py and
olid24_holdout_lines.py.

On base23 before the round, the studied part (32 hostile, 34 clean, 5 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid24.py and
its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged,
0 swearing flagged; after, 37 caught, 1 flagged ("poverty is the problem": a bare
abstract noun the list and endings miss), 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid24_holdout_lines as held
from tests.core.scoring import olid24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 32 of 32 caught, 0 flagged: 1.000
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 37  # the final count (2 at the start)
HELD_FLAGGED_CAP = 1  # the final count (0 at the start)


class TestOlid24Probe(ProbeRoundChecks):
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
