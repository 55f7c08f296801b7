"""The hatecheck77 probe (issue 8): hatecheck73's split verbs of killing given as the
writer's opinion or suggestion ("i think we should wipe the jews out", "i say we gun the
refugees down") and "wipe <group> off the map" or "off the planet" ("lets wipe the
immigrants off the map"), the clean lines in the same words (news and history, games and
things, negations, questions, reports, quotes and counter-speech, kind calls), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck77_probe_lines.py and hatecheck77_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck77.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 0 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change, with the suite still
running on the final code): 40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck77_holdout_lines as held
from tests.core.scoring import hatecheck77_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# None: every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 3b136144 already: an older "wipe out" line reads the refugees as its object.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "we should wipe out hunger among the refugees",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on 3b136144)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 3b136144)


class TestHateCheck77Probe(ProbeRoundChecks):
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
