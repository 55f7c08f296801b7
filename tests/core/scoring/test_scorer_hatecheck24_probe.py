"""The hatecheck24 probe (issue 8): an English functional hate suite's threats with no
member mark (a group warned of harm to come, the writer waiting for a group armed, no
member left alive), life or worth denied to one member the older group cue does not name
in the singular, a group sent off through a pronoun, and clean lines that look alike
(news and warnings on a group's behalf, protection, the same templates against pests,
spammers and things, "send them back" of things), measured at default settings
(`Scorer()`). The lines are in hatecheck24_probe_lines.py and
hatecheck24_holdout_lines.py.

On merge18 before the round, the studied part (32 hostile, 29 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck24.py
and its threat.txt lines: 28 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 3 flagged,
0 swearing flagged; after, 34 caught, 0 flagged, 0 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck24_holdout_lines as held
from tests.core.scoring import hatecheck24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: "lives" is too common a word to read as a survival term; "I
# want them all gone" would make "gone" an index word, and a line holding it leaves the
# clean gate and is read otherwise ("how you gone ...").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "I will make sure no jew lives",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 28 of 32 caught, 0 flagged: 0.933
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 34  # the final count (6 at the start)
HELD_FLAGGED_CAP = 0  # the final count (3 at the start)


class TestHateCheck24Probe(ProbeRoundChecks):
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
