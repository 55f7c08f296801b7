"""The hatecheck55 probe (issue 8): calls for harm, exclusion and threats against a named
group that the older rules missed for their word order or phrasing: the group named
after the call ("wipe them all out, the jews"), suffering wished ("make the muslims wish
they were never born", "let's make the jews pay"), menace as a plan ("we are coming for
the jews", "we know where the refugees live"), exclusion under a quantifier ("every
muslim should get out") and slur subjects ("fags should all burn"); the same verbs said
of things or of hateful groups, counter-speech, questions, reported speech and negation
that must stay clean, and untargeted swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck55_probe_lines.py and
hatecheck55_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck55.py
and its lexicon lines: 35 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 10 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 39 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck55_holdout_lines as held
from tests.core.scoring import hatecheck55_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Older readings left as they were: "cockroaches" said of a third person, "go to jail"
# said outright (both flagged on d105c1c7).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "exterminate them all, the cockroaches", "nazis should all go to jail",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged, start and end
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (10 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on d105c1c7)


class TestHateCheck55Probe(ProbeRoundChecks):
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
