"""The italian33 probe (issue 8): Italian hate against identity groups in the two
functions of a functional suite the base missed most, chosen by scoring about three
quick lines per function on base27 (not kept): a group named, then attacked in a later
clause or sentence ("ho visto dei rom alla stazione, facevano schifo", "ho un collega
gay ed è un malato") and calls to shut a group out ("niente più stranieri nelle nostre
scuole", "nessun rom nel nostro quartiere"); with clean lines that look alike (the same
words at no one, at a thing, denied, kind, reported, asked, quoted, counter-speech) and
everyday Italian swearing, measured at default settings (`Scorer()`). The lines are in
italian33_probe_lines.py and italian33_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian33.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 16 caught, 1 flagged,
0 swearing flagged; after, 38 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian33_holdout_lines as held
from tests.core.scoring import italian33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 0 flagged: 1.000
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (16 at the start)
HELD_FLAGGED_CAP = 0  # the final count (1 at the start)


class TestItalian33Probe(ProbeRoundChecks):
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
