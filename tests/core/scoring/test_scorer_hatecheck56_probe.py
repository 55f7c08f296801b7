"""The hatecheck56 probe (issue 8): a group's name or a slur respelled inside a plain
hateful statement, as the functional suites write it: letters typed twice anywhere in it
("muuslliims", "woomeeen", "jeeewwss"), written by its sound ("mozlems", "joos",
"wimmin", "blakks"), a long name's double written once and a vowel dropped
("imigrnts"), and the older spellings (swapped letters, spaces, dots, leet) for spread;
the same spellings said kindly or reported, everyday words near them ("moms", "jokes",
"gaze", "blacksmith") that must stay clean, and friendly swearing, measured at default
settings (`Scorer()`). The lines are in hatecheck56_probe_lines.py and
hatecheck56_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 17 caught, 1 clean flagged, 0 swearing flagged. After the round's spellings
(hatecheck56_words.py, read by matching.Matcher and the typo table): 35 caught, 0
flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 36 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After the round, counted once after the last change and the
passing suite: 39 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck56_holdout_lines as held
from tests.core.scoring import hatecheck56_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (36 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on d105c1c7)


class TestHateCheck56Probe(ProbeRoundChecks):
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
