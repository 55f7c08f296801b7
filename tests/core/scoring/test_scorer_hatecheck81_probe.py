"""The hatecheck81 probe (issue 8): harm wished on a named group by neglect, the writer
letting them die ("let the refugees starve", "i hope the muslims starve", "leave the
migrants to die", "let all the immigrants starve to death"), the clean lines in the same
words (sympathy and news, denials, things, plants and game units, questions,
counter-speech and reports), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck81_probe_lines.py and hatecheck81_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck81.py:
35 caught, 2 flagged (the same two, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 2 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
40 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck81_holdout_lines as held
from tests.core.scoring import hatecheck81_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on d6691716 already: an older "left to die" line read at the group in a news
# report, and an older "drown" reading of a plea against the shape ("dont leave").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "the migrants were left to die at sea",
    "please dont leave the migrants to drown",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (2 of 40 on d6691716)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on d6691716)


class TestHateCheck81Probe(ProbeRoundChecks):
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
