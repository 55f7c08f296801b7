"""The hatecheck51 probe (issue 8): calls to remove or confine a named group and a group
cast as possessions, in shapes the older rounds missed ("send every refugee back on the
next boat", "lock them all up, every last muslim", "immigrants everywhere, deport them
all", "wives are property", "women belong to men"), the clean lines in the same words
that must stay clean (kind mentions, other objects, counter-speech, questions, reports),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck51_probe_lines.py and hatecheck51_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck51.py:
34 caught, 0 flagged, 0 swearing flagged. The one miss: "daughters" is no group name
("my daughters are so annoying lol" would be read as one).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 8 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck51_holdout_lines as held
from tests.core.scoring import hatecheck51_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "daughters" is no group name: the possession word has no named group to be said of.
KNOWN_MISSES: frozenset[str] = frozenset({"daughters are property"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (8 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 0  # the final count (1 of 40 on 2262ef95)


class TestHateCheck51Probe(ProbeRoundChecks):
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
