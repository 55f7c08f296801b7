"""The hatecheck69 probe (issue 8): violence called for or promised against a named
group's places, homes or gatherings, as an order or a call ("burn the mosque down",
"someone should firebomb the synagogue", "shoot up the gay bar"), a fate the place should
meet ("that synagogue should be burned to the ground") or a wish to see it ("i'd love to
see every mosque in flames"), the clean lines in the same words (history and news,
protection and grief, things and game talk, negations, questions, reports, quotes and
counter-speech), and friendly swearing, measured at default settings (`Scorer()`). The
lines are in hatecheck69_probe_lines.py and hatecheck69_holdout_lines.py.

On ff8a2800 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck69.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ff8a2800, 6 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck69_holdout_lines as held
from tests.core.scoring import hatecheck69_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on ff8a2800 already: "terrorists" read as said of the people it names, in
# counter-speech.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "people who say bomb the pride parade are terrorists",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (6 of 40 on ff8a2800)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ff8a2800)


class TestHateCheck69Probe(ProbeRoundChecks):
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
