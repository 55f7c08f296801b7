"""The olid27 probe (issue 8): OLID-style replies in the round's shapes (a person, the
reader or a camp said to be full of it: "@USER you are full of it", "Schiff is full of
lies", "Liberals are full of hot air"; or to lack a soul, a conscience, a spine or class:
"@USER you have no soul", "Democrats have no backbone") and clean tweets that look alike
(the same words of a thing, the writer, denied, asked, reported, going on, kind turns),
measured at default settings (`Scorer()`). The lines are in olid27_probe_lines.py and
olid27_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid27.py and
its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 1 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 0 flagged,
0 swearing flagged.
Only floors are kept for it.

On olid_train (bench_accuracy) the shapes are rare: precision 0.735 -> 0.734, recall
and F1 unchanged (0.333, 0.458); no control class moved.
"""

from __future__ import annotations

from tests.core.scoring import olid27_holdout_lines as held
from tests.core.scoring import olid27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (1 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid27Probe(ProbeRoundChecks):
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
