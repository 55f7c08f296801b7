"""The hatecheck65 probe (issue 8): a protected group said to be of no use or worth to
anyone in plain words ("disabled people are no use to anyone", "women are of no use",
"muslims serve no purpose", "immigrants add nothing to this country", "trans people have
nothing to offer"), the clean lines in the same words (things and people who are no
group, "it's no use" as an exclamation, positive mentions, negations, questions,
counter-speech and reports), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck65_probe_lines.py and
hatecheck65_holdout_lines.py.

On 2e34a3bf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck65.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2e34a3bf, 0 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck65_holdout_lines as held
from tests.core.scoring import hatecheck65_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Out of the shape: "let's" splits into "let" and "s", which hatecheck64's openers do
# not walk over; "outside the kitchen" is no tail of whom or where a group is of no use.
KNOWN_MISSES: frozenset[str] = frozenset({
    "let's face it, disabled people are of no use",
    "women are of no value outside the kitchen",
})  # fmt: skip
# None flagged before or after.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (0 of 40 on 2e34a3bf)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 2e34a3bf)


class TestHateCheck65Probe(ProbeRoundChecks):
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
