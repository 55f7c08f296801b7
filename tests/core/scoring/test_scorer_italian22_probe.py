"""The italian22 probe (issue 8): an Italian functional hate suite at default settings in
shapes the older rounds left out (verbless exclusion slogans, "basta" a group, a group
unwanted with the place said first, a group capable only of a vice, a group's places of
worship burnt) and Italian chat abuse still missed, with clean look-alikes (counter-
speech, neutral mentions, the group suffering, no group, a thing, oneself) and friendly
swearing. The lines are in italian22_probe_lines.py and italian22_holdout_lines.py.

On main before the round, the studied part (40 hostile, 41 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian22.py,
its cues, the older modules' fixes and lexicon lines: 40 caught, 0 flagged, 0 swearing
flagged.

The held-back part (42 hostile, 42 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 2 flagged,
0 swearing flagged; after, 36 caught, 1 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian22_holdout_lines as held
from tests.core.scoring import italian22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 40 of 40 caught, none flagged: 1.0
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
HELD_CAUGHT_FLOOR = 36  # the final count (6 at the start)
HELD_FLAGGED_CAP = 1  # the final count (2 at the start)


class TestItalian22Probe(ProbeRoundChecks):
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
