"""The olid22 probe (issue 8): tweet-like lines in the round's shapes (a person named by
name or by a person noun said to have no shame, a person or the reader called "a lying"
someone) and clean lines that look alike (no shame in a deed or a matter, the writer's
own, a pet or a thing, someone lying down, a report, a question), measured at default
settings (`Scorer()`). The lines are in olid22_probe_lines.py and
olid22_holdout_lines.py.

On base19d before the round, the studied part (32 hostile, 28 clean, 5 untargeted
swearing): 5 caught, 2 clean flagged ("he has no shame in admitting he was wrong", "she
has no shame about her body and good for her": olid4 read the lack said of a pronoun
whatever followed), 0 swearing flagged. After targeting_olid22.py: 32 caught, 0
flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 2 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid22_holdout_lines as held
from tests.core.scoring import olid22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 32 of 32 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 40  # the final count (11 at the start)
HELD_FLAGGED_CAP = 0  # the final count (2 at the start)


class TestOlid22Probe(ProbeRoundChecks):
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
