"""The hatecheck33 probe (issue 8): functional hate-speech lines about named identity
groups in the round's two shapes (rarer judging words said of a group: "immigrants are
feckless", "jews are conniving", "women are gormless"; a group called a burden with a
word between: "immigrants are all a burden", "I have a disabled cousin, they are all a
burden") and clean look-alikes (the same words of no group, oneself, a thing or
non-protected people, denied, asked, reported, kind), measured at default settings
(`Scorer()`). The lines are in hatecheck33_probe_lines.py and
hatecheck33_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After the cues.txt
said_of_group lines and targeting_hatecheck33.py with its identity_attack.txt lines:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 0 flagged, 0 swearing flagged (the one left is "jews are
grasping": "grasping" was dropped from the said_of_group lines before the count, for
"muslims are grasping at straws"). Its totals were printed only at the start and the
end; the whole suite ran before the end count with this test deselected, so the held
floors were not checked mid-round. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck33_holdout_lines as held
from tests.core.scoring import hatecheck33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: none of the studied lines.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (3 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck33Probe(ProbeRoundChecks):
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
