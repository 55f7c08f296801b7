"""The hatecheck35 probe (issue 8): English stereotype claims about a named identity
group that carry no insult word, a civic or moral duty said never done ("immigrants never
pay taxes", "muslims never integrate", "black people don't work", "gypsies never wash"),
and clean lines that look alike (the same duties of people who are no identity group, of
oneself or a thing, denied, countered, asked, reported, kind or factual claims, one named
person), measured at default settings (`Scorer()`). The lines are in
hatecheck35_probe_lines.py and hatecheck35_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck35.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 1 caught, 0 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck35_holdout_lines as held
from tests.core.scoring import hatecheck35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: none of the studied part.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (1 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck35Probe(ProbeRoundChecks):
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
